import { proxyError } from './proxyError.js'
import { knownText, textResponse } from './responseText.js'

/** Resources asked of Timekit per page while gathering the allowed ones. */
export const UPSTREAM_PAGE_SIZE = 100
/** Pages read at most: an app with a resource set has far fewer resources than this allows. */
export const MAX_UPSTREAM_PAGES = 20

const DEFAULT_LIMIT = 25

/** One upstream page through the proxy's forwarding (response policy applied). */
export type FetchPage = (query: URLSearchParams) => Promise<Response>

function positiveInt(raw: string | null, fallback: number): number {
  const n = raw === null ? NaN : Number(raw)
  return Number.isInteger(n) && n >= 1 ? n : fallback
}

/**
 * `GET /resources` when `policy.resources` hides some. Timekit's paging counts every
 * resource of the app, so passing its `total` on (3 with one shown) would both
 * contradict the list and reveal that hidden resources exist. Instead every upstream
 * page is read, the allowed resources gathered, and the browser's page cut from those,
 * with paging fields that describe exactly that list. `query` holds the parameters the
 * route lets through (`limit`, `page` and `search` by default).
 */
export async function listAllowedResources(
  query: URLSearchParams,
  fetchPage: FetchPage,
  onError: (error: unknown) => void,
): Promise<Response> {
  const limit = positiveInt(query.get('limit'), DEFAULT_LIMIT)
  const page = positiveInt(query.get('page'), 1)
  const search = query.get('search')
  const items: unknown[] = []
  let headers: Headers | undefined
  for (let upstreamPage = 1; ; upstreamPage++) {
    if (upstreamPage > MAX_UPSTREAM_PAGES) {
      onError(new Error(`GET /resources: more than ${MAX_UPSTREAM_PAGES * UPSTREAM_PAGE_SIZE} resources upstream; the filtered list was not answered`))
      return proxyError(502, 'Upstream unavailable')
    }
    const upstreamQuery = new URLSearchParams({ limit: String(UPSTREAM_PAGE_SIZE), page: String(upstreamPage) })
    if (search !== null) upstreamQuery.set('search', search)
    const response = await fetchPage(upstreamQuery)
    if (response.status !== 200) return response
    headers ??= response.headers
    const body = JSON.parse(knownText(response) ?? (await response.text())) as Record<string, unknown>
    if (!Array.isArray(body.data)) return response
    items.push(...body.data)
    // `data` is already filtered, so an empty page says nothing; `last_page` says when to stop.
    const lastPage = typeof body.last_page === 'number' ? body.last_page : upstreamPage
    if (upstreamPage >= lastPage) break
  }

  const start = (page - 1) * limit
  const data = items.slice(start, start + limit)
  const body = {
    data,
    total: items.length,
    per_page: limit,
    current_page: page,
    last_page: Math.max(1, Math.ceil(items.length / limit)),
    // Links would be upstream URLs; the page numbers are enough to page through the proxy.
    next_page_url: null,
    prev_page_url: null,
    from: data.length > 0 ? start + 1 : null,
    to: data.length > 0 ? start + data.length : null,
  }
  return textResponse(JSON.stringify(body), { status: 200, headers })
}
