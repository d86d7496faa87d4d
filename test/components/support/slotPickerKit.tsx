// Shared set-up of the SlotPicker tests: a full picker (navigation, notice, days, next available)
// and helpers to find a day's group and its slots by their accessible names.
import { screen, within } from '@testing-library/react'
import type { ReactNode } from 'react'
import { SlotPicker, type SlotPickerRootProps } from '../../../src/components'
import type { MockResourceSeed } from '../../../src/mock'
import { COPENHAGEN_SEARCH, THIS_WEEK } from '../../query/support/renderWithKit'

export function FullPicker(props: Partial<SlotPickerRootProps> & { before?: ReactNode }) {
  const { before, ...rest } = props
  return (
    <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK} aria-label="Times" {...rest}>
      {before}
      <SlotPicker.PreviousWindow />
      <SlotPicker.WindowLabel />
      <SlotPicker.NextWindow />
      <SlotPicker.Today />
      <SlotPicker.OffsetChangeNotice />
      <SlotPicker.Days />
      <SlotPicker.NextAvailable />
    </SlotPicker.Root>
  )
}

/** The radiogroup (or group) of one day, named by its heading's full date. */
export function dayGroup(name: string, role: 'radiogroup' | 'group' = 'radiogroup', container?: HTMLElement) {
  return (container ? within(container) : screen).getByRole(role, { name })
}

export async function findDayGroup(name: string, role: 'radiogroup' | 'group' = 'radiogroup') {
  return screen.findByRole(role, { name })
}

/** A resource free around the clock in UTC: with 10-minute slots a week holds about 1,000 of them. */
export const ROUND_THE_CLOCK_ID = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e1ff'
export const ROUND_THE_CLOCK: MockResourceSeed = {
  id: ROUND_THE_CLOCK_ID,
  name: 'Open desk',
  timezone: 'UTC',
  availability_constraints: [],
}
export const TEN_MINUTE_SEARCH = {
  mode: 'roundrobin_random',
  resources: [ROUND_THE_CLOCK_ID],
  length: '10 minutes',
} as const
