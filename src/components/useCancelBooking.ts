'use client'
import { useId, type ChangeEvent } from 'react'
import { mergeProps } from '../react/mergeProps.js'
import { dataAttributes } from '../react/partProps.js'
import { useStepHeadingFocus } from './internal/useStepHeadingFocus.js'
import type { CancelBookingState } from './useCancelBookingState.js'

type Props = Record<string, unknown>

/** What {@link useCancelBooking} returns: prop getters that merge the caller's props (the caller's last). */
export interface CancelBookingAria {
  getRootProps<P extends Props>(props?: P): Props
  /** The step's heading: takes focus when its step opens. */
  getHeadingProps<P extends Props>(props?: P): Props
  /** A polite status while the booking loads. */
  getLoadingProps<P extends Props>(props?: P): Props
  /** The booking's time and who it is with. */
  getSummaryProps<P extends Props>(props?: P): Props
  getMessageLabelProps<P extends Props>(props?: P): Props
  /** The `<textarea>` of the optional message. */
  getMessageProps<P extends Props>(props?: P): Props
  getMessageHintProps<P extends Props>(props?: P): Props
  /** The button that cancels (`aria-disabled` while sending). */
  getConfirmProps<P extends Props>(props?: P): Props
  getRetryProps<P extends Props>(props?: P): Props
  /** The result: a polite status. */
  getResultProps<P extends Props>(props?: P): Props
  /** A refusal or a failure: an alert. */
  getErrorProps<P extends Props>(props?: P): Props
}

/**
 * The ARIA half of a cancellation: a focusable heading per step that takes
 * focus when the step opens, the summary described into the confirm button,
 * a labelled message, a polite status for the result and alerts for failures.
 */
export function useCancelBooking(state: CancelBookingState): CancelBookingAria {
  const id = useId()
  const messageId = `${id}-message`
  const summaryId = `${id}-summary`
  const headingRef = useStepHeadingFocus(state.step, ['submitting'])
  const isSubmitting = state.step === 'submitting'
  const stepData = dataAttributes({ step: state.step })
  return {
    getRootProps: (props = {} as never) =>
      mergeProps(
        {
          // Not while loading: a busy ancestor silences the loading status inside it.
          'aria-busy': isSubmitting || undefined,
          ...dataAttributes({ step: state.step, pending: isSubmitting, loading: state.step === 'loading', action: state.action }),
        },
        props,
      ),
    getHeadingProps: (props = {} as never) => mergeProps({ ref: headingRef, tabIndex: -1, id: `${id}-heading`, ...stepData }, props),
    getLoadingProps: (props = {} as never) => mergeProps({ role: 'status', ...stepData }, props),
    getSummaryProps: (props = {} as never) => mergeProps({ id: summaryId, ...stepData }, props),
    getMessageLabelProps: (props = {} as never) => mergeProps({ id: `${messageId}-label`, htmlFor: messageId }, props),
    getMessageProps: (props = {} as never) =>
      mergeProps(
        {
          id: messageId,
          name: 'message',
          value: state.message,
          'aria-describedby': `${messageId}-hint`,
          // Read-only, not disabled, while sending: it keeps its focus and its text is still read.
          readOnly: isSubmitting || undefined,
          ...dataAttributes({ pending: isSubmitting }),
          onChange: (event: ChangeEvent<HTMLTextAreaElement>) => state.setMessage(event.currentTarget.value),
        },
        props,
      ),
    getMessageHintProps: (props = {} as never) => mergeProps({ id: `${messageId}-hint` }, props),
    getConfirmProps: (props = {} as never) =>
      mergeProps(
        {
          type: 'button',
          // What is being cancelled is read with the button.
          'aria-describedby': summaryId,
          // Stays focusable and in place while sending; a second press sends nothing.
          'aria-disabled': isSubmitting || undefined,
          ...dataAttributes({ pending: isSubmitting, action: state.action }),
          onClick: () => void state.confirm(),
        },
        props,
      ),
    getRetryProps: (props = {} as never) => mergeProps({ type: 'button', ...stepData, onClick: () => state.retry() }, props),
    getResultProps: (props = {} as never) => mergeProps({ role: 'status', ...stepData }, props),
    getErrorProps: (props = {} as never) => mergeProps({ role: 'alert', ...stepData }, props),
  }
}
