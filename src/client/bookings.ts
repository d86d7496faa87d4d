import { Booking, envelope, listEnvelope } from './schemas.js'
import type { ActionMessage, BookingAction, CreateBookingInput, RescheduleInput } from './inputs.js'
import { idPath, includeValue, segment, type IncludeParam, type ListParams } from './params.js'
import { requestList, type ListResult } from './paging.js'
import type { RequestOptions, Transport } from './transport.js'

const BookingEnvelope = envelope(Booking)
const BookingList = listEnvelope(Booking)

/** What a create call embeds unless told otherwise: enough to show a confirmation. */
export const DEFAULT_BOOKING_INCLUDE = ['attributes', 'event', 'customers'] as const

/** Per-call options of calls that can embed related data. */
export interface IncludeOptions extends RequestOptions {
  include?: IncludeParam
}

/** `client.bookings`: create bookings and move them through their state machine. */
export interface BookingsApi {
  /** `GET /bookings` with `search`, `include`, `limit` and `page`. */
  list(params?: ListParams, options?: RequestOptions): Promise<ListResult<Booking>>
  /** `GET /bookings/:id` */
  get(id: string, options?: IncludeOptions): Promise<Booking>
  /**
   * `POST /bookings` (201). A slot taken meanwhile rejects with `SlotTakenError`,
   * invalid fields with `ValidationError` and its `fieldErrors`.
   * `include` defaults to `attributes,event,customers`.
   */
  create(input: CreateBookingInput, options?: IncludeOptions): Promise<Booking>
  /** `PUT /bookings/:id/confirm` */
  confirm(id: string, options?: IncludeOptions): Promise<Booking>
  /** `PUT /bookings/:id/decline` with an optional message to the customer. */
  decline(id: string, params?: ActionMessage, options?: IncludeOptions): Promise<Booking>
  /** `PUT /bookings/:id/cancel` with an optional message. */
  cancel(id: string, params?: ActionMessage, options?: IncludeOptions): Promise<Booking>
  /**
   * `PUT /bookings/:id/:action` for any action of the booking's graph.
   * Writes embed `attributes,event,customers` unless `include` says otherwise.
   */
  act(id: string, action: BookingAction, body?: Record<string, unknown>, options?: IncludeOptions): Promise<Booking>
  /** `POST /bookings/:id/reschedule`: same booking, new times; 409 when the new slot is taken. */
  reschedule(id: string, input: RescheduleInput, options?: IncludeOptions): Promise<Booking>
  /** `DELETE /bookings/:id`: only bookings in a final state. */
  delete(id: string, options?: RequestOptions): Promise<void>
}

export function createBookingsApi(request: Transport): BookingsApi {
  // Every call but delete answers with the booking; writes embed it as a confirmation screen shows it.
  const send = async (method: 'GET' | 'POST' | 'PUT', path: string, options: IncludeOptions | undefined, body?: unknown) => {
    const include = options?.include ?? (method === 'GET' ? undefined : DEFAULT_BOOKING_INCLUDE)
    return (await request({ method, path, query: { include: includeValue(include) }, body, schema: BookingEnvelope, options }))
      .data
  }
  const act: BookingsApi['act'] = async (id, action, body = {}, options) => {
    const target = { method: 'PUT', path: `/bookings/:id/${typeof action === 'string' ? action : ':action'}` }
    return send('PUT', `/bookings/${segment(id, target)}/${segment(action, target)}`, options, body)
  }
  const withMessage = (action: BookingAction, params: ActionMessage | undefined) =>
    params?.message === undefined ? {} : { [action]: { message: params.message } }

  return {
    list: (params, options) => requestList(request, '/bookings', BookingList, params, options),
    get: async (id, options) => send('GET', idPath('GET', '/bookings/:id', id), options),
    // `?? 'instant'` rather than a spread default: an explicit `graph: undefined`
    // (a config merge) would otherwise overwrite the default and drop the field.
    create: async (input, options) => send('POST', '/bookings', options, { ...input, graph: input.graph ?? 'instant' }),
    confirm: (id, options) => act(id, 'confirm', {}, options),
    decline: (id, params, options) => act(id, 'decline', withMessage('decline', params), options),
    cancel: (id, params, options) => act(id, 'cancel', withMessage('cancel', params), options),
    act,
    reschedule: async (id, input, options) => send('POST', idPath('POST', '/bookings/:id/reschedule', id), options, input),
    async delete(id, options) {
      await request({ method: 'DELETE', path: idPath('DELETE', '/bookings/:id', id), schema: null, options })
    },
  }
}
