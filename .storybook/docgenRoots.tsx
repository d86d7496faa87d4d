import type {
  BookingFlowRootProps,
  BookingFormRootProps,
  CancelBookingRootProps,
  DayPickerRootProps,
  RescheduleFlowRootProps,
  SlotPickerRootProps,
  TimeZoneSelectRootProps,
} from '../src'

// Docs-only stand-ins. The Roots are reachable only as members of exported
// objects (`SlotPicker.Root`), which react-docgen-typescript does not
// document, so it gives the object an empty table. These named functions
// with the same props type let it read every prop's TSDoc and `@default`;
// preview.ts copies their docgen onto the real Roots. Never rendered.
export function SlotPickerRoot(_props: SlotPickerRootProps) {
  return null
}
export function DayPickerRoot(_props: DayPickerRootProps) {
  return null
}
export function TimeZoneSelectRoot(_props: TimeZoneSelectRootProps) {
  return null
}
export function BookingFormRoot(_props: BookingFormRootProps) {
  return null
}
export function BookingFlowRoot(_props: BookingFlowRootProps) {
  return null
}
export function RescheduleFlowRoot(_props: RescheduleFlowRootProps) {
  return null
}
export function CancelBookingRoot(_props: CancelBookingRootProps) {
  return null
}
