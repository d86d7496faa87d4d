'use client'
import type { Slot } from '../client/index.js'
import { mergeProps } from '../react/mergeProps.js'
import { dataAttributes } from '../react/partProps.js'
import { formatSlotLabel } from '../time/formatSlotLabel.js'
import { formatSlotTime } from '../time/formatSlotTime.js'
import { useFlowAria } from './internal/useFlowAria.js'
import type { RescheduleFlowState } from './useRescheduleFlowState.js'

type Props = Record<string, unknown>

/** What an alternative's prop getter knows of it. */
export interface RescheduleAlternativeState {
  slot: Slot
  /** The visible time (`10:00 AM`). */
  time: string
  /** The full spoken name, starting with the visible time. */
  label: string
}

/** What {@link useRescheduleFlow} returns: prop getters that merge the caller's props (the caller's last). */
export interface RescheduleFlowAria {
  getRootProps<P extends Props>(props?: P): Props
  /** The step's heading: takes focus when its step opens. */
  getHeadingProps<P extends Props>(props?: P): Props
  /** A polite status while the booking loads. */
  getLoadingProps<P extends Props>(props?: P): Props
  getOldTimeProps<P extends Props>(props?: P): Props
  getNewTimeProps<P extends Props>(props?: P): Props
  getMessageLabelProps<P extends Props>(props?: P): Props
  /** The `<textarea>` of the message to the host. */
  getMessageProps<P extends Props>(props?: P): Props
  getMessageHintProps<P extends Props>(props?: P): Props
  getSubmitProps<P extends Props>(props?: P): Props
  getBackProps<P extends Props>(props?: P): Props
  getRetryProps<P extends Props>(props?: P): Props
  /** The result: a polite status. */
  getResultProps<P extends Props>(props?: P): Props
  /** A 409, a refusal or a failure: an alert. */
  getErrorProps<P extends Props>(props?: P): Props
  /** The list of alternatives after a 409. */
  getAlternativesProps<P extends Props>(props?: P): Props
  /** One alternative: a button that chooses it. */
  getAlternativeProps<P extends Props>(props: P & { slot: Slot }): Props
  getAlternativeState(slot: Slot): RescheduleAlternativeState
}

/**
 * The ARIA half of the reschedule flow: a focusable heading per step that
 * takes focus when the step opens, a labelled message field described by its
 * hint, a submit button that stays focusable (`aria-disabled`) while sending,
 * a polite status for the result and alerts for failures.
 */
export function useRescheduleFlow(state: RescheduleFlowState): RescheduleFlowAria {
  const { stepData, getRootProps, getSendProps, ...shared } = useFlowAria(state)

  const getAlternativeState = (slot: Slot): RescheduleAlternativeState => {
    const options = { timeZone: state.timeZone, locale: state.locale, ...(state.hourCycle && { hourCycle: state.hourCycle }) }
    const time = formatSlotTime(slot, options)
    return { slot, time, label: `${time}, ${formatSlotLabel(slot, options)}` }
  }

  return {
    ...shared,
    getRootProps: (props) => getRootProps(props),
    getOldTimeProps: (props = {} as never) => mergeProps({ ...stepData }, props),
    getNewTimeProps: (props = {} as never) => mergeProps({ ...stepData }, props),
    getSubmitProps: (props) => getSendProps({ onClick: () => void state.submit() }, props),
    getBackProps: (props = {} as never) => mergeProps({ type: 'button', ...stepData, onClick: () => state.back() }, props),
    getAlternativesProps: (props = {} as never) =>
      mergeProps({ 'aria-label': state.messages.alternatives, ...dataAttributes({ empty: state.alternatives.length === 0 }) }, props),
    getAlternativeProps: ({ slot, ...props }) => {
      if (!slot) throw new Error('useRescheduleFlow: pass `slot` to getAlternativeProps({ slot, ...props }).')
      const { label } = getAlternativeState(slot)
      return mergeProps({ type: 'button', 'aria-label': label, onClick: () => state.chooseSlot(slot) }, props)
    },
    getAlternativeState,
  }
}
