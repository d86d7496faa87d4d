import { envelope, listEnvelope, Resource } from './schemas.js'
import type { CreateResourceInput, UpdateResourceInput } from './inputs.js'
import { idPath, type ListParams } from './params.js'
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
  const send = async (method: 'GET' | 'POST' | 'PUT', path: string, options: RequestOptions | undefined, body?: unknown) =>
    (await request({ method, path, body, schema: ResourceEnvelope, options })).data

  return {
    list: (params, options) => requestList(request, '/resources', ResourceList, params, options),
    get: async (id, options) => send('GET', idPath('GET', '/resources/:id', id), options),
    create: (input, options) => send('POST', '/resources', options, input),
    update: async (id, input, options) => send('PUT', idPath('PUT', '/resources/:id', id), options, input),
    async delete(id, options) {
      await request({ method: 'DELETE', path: idPath('DELETE', '/resources/:id', id), schema: null, options })
    },
  }
}
