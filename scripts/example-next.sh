#!/usr/bin/env bash
# The Next.js App Router example, as a user meets it: the kit packed to a
# tarball and installed from it, `next build` (cacheComponents on, no secret in
# the environment), then `next start` against the mock server, driven in Chromium.
# Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f react-booking-kit-*.tgz react-booking-kit.tgz
tarball=$(npm pack --silent 2>/dev/null | tail -1)
mv "$tarball" react-booking-kit.tgz
cd examples/next-app-router
# No lockfile: the tarball's checksum changes with every build.
npm install --no-audit --no-fund --no-package-lock
# A fresh copy of the tarball's contents, even when the version did not change.
npm install --no-audit --no-fund --no-package-lock --force ../../react-booking-kit.tgz --no-save >/dev/null
export NEXT_TELEMETRY_DISABLED=1
start=$(date +%s)
env -u TIMEKIT_API_KEY npx next build
echo "next build: $(( $(date +%s) - start )) s, with no TIMEKIT_API_KEY in the environment"
node e2e/check.mjs
