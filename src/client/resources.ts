import { envelope, listEnvelope, Resource } from './schemas.js'
import type { CreateResourceInput, UpdateResourceInput } from './inputs.js'
import { segment, type ListParams } from './params.js'
import { requestList, type ListResult } from './paging.js'
import type { RequestOptions, Transport } from './transport.js'

const ResourceEnvelope = envelope(Resource)
const ResourceList = listEnvelope(Resource)

/** `client.resources`: the bookable people, rooms and things. */
export interface ResourcesApi {
  /** `GET /resources` */
  list(params?: ListParams, options?: RequestOptions): Promise<ListResult<Resource>>
  /** `GET /resources/:id` */
  get(id: string, options?: RequestOptions): Promise<Resource>
  /** `POST /resources`: `name` and a valid `timezone` are required. */
  create(input: CreateResourceInput, options?: RequestOptions): Promise<Resource>
  /** `PUT /resources/:id` */
  update(id: string, input: UpdateResourceInput, options?: RequestOptions): Promise<Resource>
  /** `DELETE /resources/:id` */
  delete(id: string, options?: RequestOptions): Promise<void>
}

export function createResourcesApi(request: Transport): ResourcesApi {
  return {
    list: (params, options) => requestList(request, '/resources', ResourceList, params, options),
    async get(id, options) {
      const path = `/resources/${segment(id, { method: 'GET', path: '/resources/:id' })}`
      return (await request({ method: 'GET', path, schema: ResourceEnvelope, options })).data
    },
    async create(input, options) {
      return (await request({ method: 'POST', path: '/resources', body: input, schema: ResourceEnvelope, options }))
        .data
    },
    async update(id, input, options) {
      const path = `/resources/${segment(id, { method: 'PUT', path: '/resources/:id' })}`
      return (await request({ method: 'PUT', path, body: input, schema: ResourceEnvelope, options })).data
    },
    async delete(id, options) {
      const path = `/resources/${segment(id, { method: 'DELETE', path: '/resources/:id' })}`
      await request({ method: 'DELETE', path, schema: null, options })
    },
  }
}
