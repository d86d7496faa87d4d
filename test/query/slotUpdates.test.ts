import { describe, expect, it } from 'vitest'
import type { Slot } from '../../src/client'
import { nearestSlots, withoutTakenSlot } from '../../src/query/slotUpdates'

const slot = (start: string, end: string, ...ids: string[]): Slot => ({
  start,
  end,
  resources: ids.map((id) => ({ id })),
})
const taken = { start: '2026-03-23T10:00:00Z', end: '2026-03-23T10:30:00Z', resource_id: 'a' }

describe('withoutTakenSlot', () => {
  const slots = [
    slot('2026-03-23T09:30:00Z', '2026-03-23T10:00:00Z', 'a', 'b'), // touches, does not overlap
    slot('2026-03-23T10:00:00Z', '2026-03-23T10:30:00Z', 'a', 'b'),
    slot('2026-03-23T10:15:00Z', '2026-03-23T10:45:00Z', 'a'),
    slot('2026-03-23T10:30:00Z', '2026-03-23T11:00:00Z', 'a'),
  ]

  it('takes the booked resource out of overlapping slots and drops slots left empty', () => {
    expect(withoutTakenSlot(slots, taken)).toEqual([
      slots[0],
      slot('2026-03-23T10:00:00Z', '2026-03-23T10:30:00Z', 'b'),
      slots[3],
    ])
  })

  it('drops every overlapping slot in mutual mode, where all resources must be free', () => {
    expect(withoutTakenSlot(slots, taken, { removeWholeSlot: true })).toEqual([slots[0], slots[3]])
  })

  it('drops an overlapping slot that names no resources', () => {
    expect(withoutTakenSlot([slot(taken.start, taken.end)], taken)).toEqual([])
  })
})

describe('nearestSlots', () => {
  it('offers free slots of the same length, nearest first, same resource preferred', () => {
    const candidates = [
      slot('2026-03-23T13:00:00Z', '2026-03-23T13:30:00Z', 'a'),
      slot('2026-03-23T10:30:00Z', '2026-03-23T11:00:00Z', 'b'),
      slot('2026-03-23T09:00:00Z', '2026-03-23T09:30:00Z', 'a'),
      slot('2026-03-23T11:00:00Z', '2026-03-23T12:00:00Z', 'a'), // an hour: other length
      slot('2026-03-23T10:00:00Z', '2026-03-23T10:30:00Z', 'a'), // the taken one itself
    ]
    expect(nearestSlots(candidates, taken).map((s) => s.start)).toEqual([
      '2026-03-23T09:00:00Z',
      '2026-03-23T13:00:00Z',
    ])
  })
})
