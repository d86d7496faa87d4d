'use client'
import { useId, type ChangeEvent } from 'react'
import { mergeProps } from '../../react/mergeProps.js'
import { dataAttributes } from '../../react/partProps.js'
import { useStepHeadingFocus } from './useStepHeadingFocus.js'

type Props = Record<string, unknown>

/**
 * The prop getters a booking-link flow (reschedule, cancel) shares: root,
 * step heading, loading status, the message to the host, retry, result and
 * error, and the send button's own props (merged with its flow's).
 */
export function useFlowAria(state: {
  step: string
  message: string
  setMessage: (message: string) => void
  retry(): void
}) {
  const id = useId()
  const messageId = `${id}-message`
  const headingRef = useStepHeadingFocus(state.step, ['submitting'])
  const isSubmitting = state.step === 'submitting'
  const stepData = dataAttributes({ step: state.step })
  return {
    id,
    stepData,
    getRootProps: (props: Props = {}, data: Record<string, string | undefined> = {}) =>
      mergeProps(
        {
          // Not while loading: a busy ancestor silences the loading status inside it.
          'aria-busy': isSubmitting || undefined,
          ...dataAttributes({ step: state.step, pending: isSubmitting, loading: state.step === 'loading', ...data }),
        },
        props,
      ),
    getHeadingProps: (props: Props = {}) => mergeProps({ ref: headingRef, tabIndex: -1, id: `${id}-heading`, ...stepData }, props),
    getLoadingProps: (props: Props = {}) => mergeProps({ role: 'status', ...stepData }, props),
    getMessageLabelProps: (props: Props = {}) => mergeProps({ id: `${messageId}-label`, htmlFor: messageId }, props),
    getMessageProps: (props: Props = {}) =>
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
    getMessageHintProps: (props: Props = {}) => mergeProps({ id: `${messageId}-hint` }, props),
    /** The button that sends: `own` is the flow's (its click, its data), `props` the caller's. */
    getSendProps: (own: Props, props: Props = {}) =>
      mergeProps(
        {
          type: 'button',
          // Stays focusable and in place while sending; a second press sends nothing.
          'aria-disabled': isSubmitting || undefined,
          ...dataAttributes({ pending: isSubmitting }),
          ...own,
        },
        props,
      ),
    getRetryProps: (props: Props = {}) => mergeProps({ type: 'button', ...stepData, onClick: () => state.retry() }, props),
    getResultProps: (props: Props = {}) => mergeProps({ role: 'status', ...stepData }, props),
    getErrorProps: (props: Props = {}) => mergeProps({ role: 'alert', ...stepData }, props),
  }
}
