import type * as z from 'zod/mini'
import { listQuery, type ListParams } from './params.js'
import type { listEnvelope, PagingFields } from './schemas.js'
import type { RequestOptions, Transport } from './transport.js'

/** Paging of a list response, from the API's Laravel-style fields. */
export interface Page {
  total: number | null
  perPage: number | null
  currentPage: number | null
  lastPage: number | null
  nextPageUrl: string | null
  prevPageUrl: string | null
  from: number | null
  to: number | null
}

/** A page of a list endpoint: the items and, when the server paged, the paging fields. */
export interface ListResult<TItem> {
  items: TItem[]
  /** `null` when the response carried no paging fields. */
  page: Page | null
}

export function toListResult<TItem>(
  body: z.output<typeof PagingFields> & { data: TItem[] },
): ListResult<TItem> {
  const hasPaging = ['total', 'per_page', 'current_page', 'last_page'].some(
    (key) => body[key as keyof typeof body] !== undefined,
  )
  return {
    items: body.data,
    page: hasPaging
      ? {
          total: body.total ?? null,
          perPage: body.per_page ?? null,
          currentPage: body.current_page ?? null,
          lastPage: body.last_page ?? null,
          nextPageUrl: body.next_page_url ?? null,
          prevPageUrl: body.prev_page_url ?? null,
          from: body.from ?? null,
          to: body.to ?? null,
        }
      : null,
  }
}

/** `GET path` of a list endpoint: paging and filter params in, `{ items, page }` out. */
export async function requestList<TItem extends z.ZodMiniType>(
  request: Transport,
  path: string,
  list: ReturnType<typeof listEnvelope<TItem>>,
  params: ListParams | undefined,
  options: RequestOptions | undefined,
): Promise<ListResult<z.output<TItem>>> {
  const body = await request({ method: 'GET', path, query: listQuery(params), schema: list, options })
  return toListResult(body)
}
