'use client'
import { mergeProps } from '../react/mergeProps.js'
import { dataAttributes } from '../react/partProps.js'
import { useFlowAria } from './internal/useFlowAria.js'
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
  const { id, stepData, getRootProps, getSendProps, ...shared } = useFlowAria(state)
  const summaryId = `${id}-summary`
  return {
    ...shared,
    getRootProps: (props) => getRootProps(props, { action: state.action }),
    getSummaryProps: (props = {} as never) => mergeProps({ id: summaryId, ...stepData }, props),
    getConfirmProps: (props) =>
      getSendProps(
        {
          // What is being cancelled is read with the button.
          'aria-describedby': summaryId,
          ...dataAttributes({ action: state.action }),
          onClick: () => void state.confirm(),
        },
        props,
      ),
  }
}
