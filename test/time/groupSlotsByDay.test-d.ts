import { describe, expectTypeOf, it } from 'vitest'
import { formatSlotRange, formatSlotTime, groupSlotsByDay } from '../../src/time'
import type { SlotDay, SlotFormatOptions } from '../../src/time'

describe('time layer types', () => {
  it('groupSlotsByDay keeps the caller’s slot type', () => {
    const slots = [{ start: '2026-03-03T10:00:00Z', end: '2026-03-03T10:15:00Z', resources: ['r1'] as string[], price: 40 }]
    const days = groupSlotsByDay(slots, 'UTC')
    expectTypeOf(days).toEqualTypeOf<SlotDay<(typeof slots)[number]>[]>()
    expectTypeOf(days[0]!.slots[0]!.price).toEqualTypeOf<number>()
  })

  it('needs only start to group and label, start and end for ranges', () => {
    expectTypeOf(groupSlotsByDay<{ start: string }>).toBeCallableWith([{ start: '2026-03-03T10:00:00Z' }], 'UTC')
    expectTypeOf(formatSlotTime).toBeCallableWith({ start: '2026-03-03T10:00:00Z' }, { timeZone: 'UTC' })
    // @ts-expect-error a range needs an end
    formatSlotRange({ start: '2026-03-03T10:00:00Z' }, { timeZone: 'UTC' })
    // @ts-expect-error the zone is required: labels never fall back to the host's zone
    formatSlotTime({ start: '2026-03-03T10:00:00Z' }, { locale: 'en-US' })
  })

  it('hour cycles are 12h or 24h', () => {
    expectTypeOf<SlotFormatOptions['hourCycle']>().toEqualTypeOf<'h12' | 'h23' | undefined>()
  })
})
