import type { Preview } from '@storybook/react-vite'
import { BookingFlow, BookingForm, CancelBooking, DayPicker, RescheduleFlow, SlotPicker, TimeZoneSelect } from '../src'
import * as stand from './docgenRoots'

type Documented = { __docgenInfo?: { displayName?: string } }

// Autodocs reads a component's prop table from its `__docgenInfo`; the Roots
// get the one react-docgen-typescript made for their stand-ins (docgenRoots.tsx).
function documentRoot(root: unknown, standIn: unknown, displayName: string) {
  const info = (standIn as Documented).__docgenInfo
  if (info) (root as Documented).__docgenInfo = { ...info, displayName }
}
documentRoot(SlotPicker.Root, stand.SlotPickerRoot, 'SlotPicker.Root')
documentRoot(DayPicker.Root, stand.DayPickerRoot, 'DayPicker.Root')
documentRoot(TimeZoneSelect.Root, stand.TimeZoneSelectRoot, 'TimeZoneSelect.Root')
documentRoot(BookingForm.Root, stand.BookingFormRoot, 'BookingForm.Root')
documentRoot(BookingFlow.Root, stand.BookingFlowRoot, 'BookingFlow.Root')
documentRoot(RescheduleFlow.Root, stand.RescheduleFlowRoot, 'RescheduleFlow.Root')
documentRoot(CancelBooking.Root, stand.CancelBookingRoot, 'CancelBooking.Root')

const preview: Preview = {
  parameters: {
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Migrating from booking-js', 'Themes', ['Classic', 'Compact', 'Tailwind']] },
    },
    // Every story is an accessibility test: an axe violation fails it in the
    // Vitest run (npm run test:stories), not only in the panel.
    a11y: { test: 'error' },
  },
}

export default preview
