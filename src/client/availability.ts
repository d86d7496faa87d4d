import * as z from 'zod/mini'
import { AvailableDate, envelope, Slot } from './schemas.js'
import type { AvailabilityParams } from './inputs.js'
import type { RequestOptions, Transport } from './transport.js'

const SlotList = envelope(z.array(Slot))
const DateList = envelope(z.array(AvailableDate))

/** `client.availability`: free time, as slots or as days that have any. */
export interface AvailabilityApi {
  /** `POST /availability`: the free slots in the window, in the API's order. */
  query(params: AvailabilityParams, options?: RequestOptions): Promise<Slot[]>
  /** `POST /availability/dates`: the days that have at least one free slot (for a month view). */
  dates(params: AvailabilityParams, options?: RequestOptions): Promise<AvailableDate[]>
}

export function createAvailabilityApi(request: Transport): AvailabilityApi {
  return {
    async query(params, options) {
      return (await request({ method: 'POST', path: '/availability', body: params, schema: SlotList, options }))
        .data
    },
    async dates(params, options) {
      const path = '/availability/dates'
      return (await request({ method: 'POST', path, body: params, schema: DateList, options })).data
    },
  }
}
