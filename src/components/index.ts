// The component layer: headless state hooks, ARIA hooks with prop getters, compound parts.
export { SlotPicker } from './SlotPicker.js'
export type {
  SlotPickerRootProps,
  SlotPickerDaysProps,
  SlotPickerDayProps,
  SlotPickerDayHeadingProps,
  SlotPickerSlotsProps,
  SlotPickerSlotProps,
  SlotPickerEmptyProps,
} from './SlotPicker.js'
export type { WindowButtonState, NextAvailableState, LoadErrorState } from './SlotPickerNavigation.js'
export {
  useSlotPickerState,
  type SlotActivation,
  type SlotPickerDay,
  type SlotPickerState,
  type UseSlotPickerStateOptions,
} from './useSlotPickerState.js'
export { useSlotPicker, type SlotPickerAria, type SlotRenderState, type UseSlotPickerOptions } from './useSlotPicker.js'
export { defaultSlotPickerMessages, type SlotPickerMessages } from './slotPickerMessages.js'
export { slotKey, type SlotSelection } from './internal/slotKey.js'
export { TimeZoneSelect } from './TimeZoneSelect.js'
export type {
  TimeZoneSelectRootProps,
  TimeZoneSelectLabelProps,
  TimeZoneSelectInputProps,
  TimeZoneSelectTriggerProps,
  TimeZoneSelectListboxProps,
  TimeZoneSelectOptionProps,
  TimeZoneSelectEmptyProps,
  TimeZoneSelectValueProps,
} from './TimeZoneSelect.js'
export {
  useTimeZoneSelectState,
  type TimeZoneSelectActiveSource,
  type TimeZoneSelectOpenFocus,
  type TimeZoneSelectState,
  type UseTimeZoneSelectStateOptions,
} from './useTimeZoneSelectState.js'
export { useTimeZoneSelect, type TimeZoneOptionState, type TimeZoneSelectAria } from './useTimeZoneSelect.js'
export { defaultTimeZoneSelectMessages, type TimeZoneSelectMessages } from './timeZoneSelectMessages.js'
export { DayPicker } from './DayPicker.js'
export type {
  DayPickerRootProps,
  DayPickerGridHeaderProps,
  DayPickerHeaderCellProps,
  DayPickerGridBodyProps,
  DayPickerWeekProps,
  DayPickerDayProps,
  DayPickerDayButtonProps,
} from './DayPicker.js'
export {
  useDayPickerState,
  type DayPickerDay,
  type DayPickerState,
  type DayPickerWeekday,
  type UseDayPickerStateOptions,
} from './useDayPickerState.js'
export { useDayPicker, type DayPickerAria, type DayRenderState, type MonthButtonState, type UseDayPickerOptions } from './useDayPicker.js'
export { defaultDayPickerMessages, type DayAvailability, type DayPickerMessages } from './dayPickerMessages.js'
export type { IsoWeekday } from './internal/monthGrid.js'
export { BookingForm, type BookingFormRootProps, type BookingFormFieldProps } from './BookingForm.js'
export {
  useBookingFormState,
  type BookingFormField,
  type BookingFormState,
  type UseBookingFormStateOptions,
} from './useBookingFormState.js'
export { useBookingForm, type BookingFormAria } from './useBookingForm.js'
export { defaultBookingFormMessages, parseLabelText, type BookingFormMessages, type LabelSegment } from './bookingFormMessages.js'
export {
  fromBookingJsFields,
  prefillFromSearchParams,
  buildBookingPayload,
  bookingFormSchema,
  validateBookingValues,
  mapServerFieldErrors,
  initialValues,
  DEFAULT_BOOKING_FIELDS,
  type BookingField,
  type BookingFieldFormat,
  type BookingFieldValue,
  type BookingFormValues,
  type BookingFieldErrors,
  type BookingJsField,
  type BookingJsFields,
  type BookingPayloadOptions,
  type FieldCheckMessages,
} from './bookingFields.js'
export { BookingFlow, type BookingFlowRootProps, type AlternativeState } from './BookingFlow.js'
export {
  useBookingFlowState,
  type BookingFlowState,
  type BookingFlowTime,
  type BookingFlowBookingOptions,
  type UseBookingFlowStateOptions,
} from './useBookingFlowState.js'
export {
  bookingFlowReducer,
  getBookingTimes,
  type BookingFlowStep,
  type BookingFlowEvent,
  type BookingFlowMachineState,
} from './bookingFlowMachine.js'
export { defaultBookingFlowMessages, type BookingFlowMessages } from './bookingFlowMessages.js'
export { RescheduleFlow, type RescheduleFlowRootProps, type RescheduleFlowAlternativesProps } from './RescheduleFlow.js'
export {
  useRescheduleFlowState,
  type RescheduleFlowState,
  type UseRescheduleFlowStateOptions,
} from './useRescheduleFlowState.js'
export { useRescheduleFlow, type RescheduleFlowAria, type RescheduleAlternativeState } from './useRescheduleFlow.js'
export {
  rescheduleFlowReducer,
  canReschedule,
  RESCHEDULE_ACTIONS,
  type RescheduleFlowStep,
  type RescheduleFlowEvent,
  type RescheduleFlowMachineState,
} from './rescheduleFlowMachine.js'
export { defaultRescheduleFlowMessages, type RescheduleFlowMessages, type TimeMessageArgs } from './rescheduleFlowMessages.js'
export { defaultBookingStateName } from './bookingStateMessages.js'
export type { BookingTimeText } from './internal/bookingTimeText.js'
export { CancelBooking, type CancelBookingRootProps } from './CancelBooking.js'
export { useCancelBookingState, type CancelBookingState, type UseCancelBookingStateOptions } from './useCancelBookingState.js'
export { useCancelBooking, type CancelBookingAria } from './useCancelBooking.js'
export {
  cancelBookingReducer,
  cancelActionFor,
  type CancelAction,
  type CancelBookingStep,
  type CancelBookingEvent,
  type CancelBookingMachineState,
} from './cancelBookingMachine.js'
export { defaultCancelBookingMessages, type CancelBookingMessages } from './cancelBookingMessages.js'
export type { FlowChildren, FlowPartProps } from './internal/flowParts.js'
export { readBookingLink, type BookingLink } from './bookingLink.js'
