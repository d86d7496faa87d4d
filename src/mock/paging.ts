import { fieldError } from './http.js'

export interface PageParams {
  limit: number
  page: number
}

export const DEFAULT_LIMIT = 25
export const MAX_LIMIT = 1000

function positiveInt(raw: string | null, field: string, fallback: number, max: number): number {
  if (raw === null || raw === '') return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw fieldError(field, `The ${field} must be a positive integer.`)
  if (n > max) throw fieldError(field, `The ${field} may not be greater than ${max}.`)
  return n
}

export function readPageParams(url: URL): PageParams {
  return {
    limit: positiveInt(url.searchParams.get('limit'), 'limit', DEFAULT_LIMIT, MAX_LIMIT),
    page: positiveInt(url.searchParams.get('page'), 'page', 1, Number.MAX_SAFE_INTEGER),
  }
}

function pageUrl(url: URL, page: number): string {
  const next = new URL(url.href)
  next.searchParams.set('page', String(page))
  return next.href
}

/** Laravel-style paging envelope: `{data, total, per_page, current_page, last_page, next_page_url, prev_page_url, from, to}`. */
export function paginate<T>(items: readonly T[], url: URL, { limit, page }: PageParams) {
  const total = items.length
  const lastPage = Math.max(1, Math.ceil(total / limit))
  const start = (page - 1) * limit
  const data = items.slice(start, start + limit)
  return {
    data,
    total,
    per_page: limit,
    current_page: page,
    last_page: lastPage,
    next_page_url: page < lastPage ? pageUrl(url, page + 1) : null,
    prev_page_url: page > 1 ? pageUrl(url, Math.min(page - 1, lastPage)) : null,
    from: data.length > 0 ? start + 1 : null,
    to: data.length > 0 ? start + data.length : null,
  }
}
