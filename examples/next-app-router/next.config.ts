import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // create-next-app's current default: static shells, dynamic data inside <Suspense>.
  cacheComponents: true,
  partialPrefetching: true,
  // The example lives inside the kit's repository: its own folder is the root.
  turbopack: { root: import.meta.dirname },
}

export default nextConfig
