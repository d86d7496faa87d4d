import { Booking, envelope, listEnvelope } from './schemas.js'
import type { ActionMessage, BookingAction, CreateBookingInput, RescheduleInput } from './inputs.js'
import { includeValue, segment, type IncludeParam, type ListParams } from './params.js'
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
  // Every write answers with the booking as a confirmation screen shows it.
  const writeQuery = (options: IncludeOptions | undefined) => ({
    include: includeValue(options?.include ?? DEFAULT_BOOKING_INCLUDE),
  })
  const act: BookingsApi['act'] = async (id, action, body = {}, options) => {
    const template = { method: 'PUT', path: `/bookings/:id/${typeof action === 'string' ? action : ':action'}` }
    const path = `/bookings/${segment(id, template)}/${segment(action, template)}`
    const query = writeQuery(options)
    return (await request({ method: 'PUT', path, query, body, schema: BookingEnvelope, options })).data
  }
  const withMessage = (action: BookingAction, params: ActionMessage | undefined) =>
    params?.message === undefined ? {} : { [action]: { message: params.message } }

  return {
    list: (params, options) => requestList(request, '/bookings', BookingList, params, options),
    async get(id, options) {
      const path = `/bookings/${segment(id, { method: 'GET', path: '/bookings/:id' })}`
      const query = { include: includeValue(options?.include) }
      return (await request({ method: 'GET', path, query, schema: BookingEnvelope, options })).data
    },
    async create(input, options) {
      const query = writeQuery(options)
      // `?? 'instant'` rather than a spread default: an explicit `graph: undefined`
      // (a config merge) would otherwise overwrite the default and drop the field.
      const body = { ...input, graph: input.graph ?? 'instant' }
      return (await request({ method: 'POST', path: '/bookings', query, body, schema: BookingEnvelope, options }))
        .data
    },
    confirm: (id, options) => act(id, 'confirm', {}, options),
    decline: (id, params, options) => act(id, 'decline', withMessage('decline', params), options),
    cancel: (id, params, options) => act(id, 'cancel', withMessage('cancel', params), options),
    act,
    async reschedule(id, input, options) {
      const path = `/bookings/${segment(id, { method: 'POST', path: '/bookings/:id/reschedule' })}/reschedule`
      const query = writeQuery(options)
      return (await request({ method: 'POST', path, query, body: input, schema: BookingEnvelope, options })).data
    },
    async delete(id, options) {
      const path = `/bookings/${segment(id, { method: 'DELETE', path: '/bookings/:id' })}`
      await request({ method: 'DELETE', path, schema: null, options })
    },
  }
}
