/** Builds upstream URLs that can only ever point below the configured base. */
export type UpstreamUrlBuilder = (path: string, query: URLSearchParams) => URL

/**
 * Checks `upstream` once and returns the URL builder.
 *
 * The path is joined to the base by string (after `sanitizePath` has allowed
 * only `[A-Za-z0-9_-]` segments), and the result is then checked again:
 * same origin, path under the base's path. This is the last line: should a
 * future change let a `//host` or `..` through, the request fails instead of
 * carrying the key somewhere else.
 */
export function createUpstreamUrl(upstream: string): UpstreamUrlBuilder {
  let base: URL
  try {
    base = new URL(upstream)
  } catch {
    throw new TypeError('createBookingProxy: `upstream` must be an absolute URL, e.g. https://api.timekit.io/v2')
  }
  if (!/^https?:$/.test(base.protocol) || base.username || base.password || base.search || base.hash) {
    throw new TypeError('createBookingProxy: `upstream` must be an http(s) URL without credentials, query or hash')
  }
  const prefix = base.pathname.replace(/\/+$/, '')

  return (path, query) => {
    const url = new URL(`${base.origin}${prefix}/${path.replace(/^\/+/, '')}`)
    if (url.origin !== base.origin || !url.pathname.startsWith(`${prefix}/`) || url.username || url.password) {
      throw new Error('createBookingProxy: refused to build an upstream URL outside the upstream base')
    }
    url.search = query.toString()
    return url
  }
}
