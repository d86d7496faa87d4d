// Shared set-up of the BookingFlow tests: the fields a customer fills (every kind of control),
// what they type, and helpers to pick a slot, fill the form and read it back.
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { expect } from 'vitest'
import { fromBookingJsFields } from '../../../src/components'

export const TUESDAY = 'Tuesday, March 24, 2026'

/** Name, e-mail, phone, a comment, a select, a checkbox and a multi-checkbox. */
export const FLOW_FIELDS = fromBookingJsFields({
  name: { required: true },
  email: { required: true },
  phone: {},
  comment: {},
  department: { title: 'Department', format: 'select', enum: ['Development', 'Design', 'Sales'] },
  terms: { title: 'I accept the terms', format: 'checkbox', required: true },
  topics: { title: 'Topics', format: 'checkbox', enum: ['Pricing', 'Support'] },
})

/** What the customer types in FLOW_FIELDS. */
export const TYPED = {
  name: 'Ada Lovelace',
  email: 'ada+booking@bücher.de',
  phone: '+45 12 34 56 78',
  comment: 'Window seat, please',
  department: 'Design',
  terms: true,
  topics: ['Support'],
}

export const control = (name: RegExp | string) => screen.getByLabelText(name, { selector: 'input,textarea,select' })

/** Clicks the nth free slot of a day on the slot step. */
export async function pickSlot(user: UserEvent, day = TUESDAY, index = 0) {
  const group = await screen.findByRole('group', { name: day })
  const button = within(group).getAllByRole('button')[index]!
  const label = button.getAttribute('aria-label')
  await user.click(button)
  await screen.findByRole('heading', { name: 'Your details' })
  return label
}

export async function fillDetails(user: UserEvent) {
  await user.type(control(/^Name/), TYPED.name)
  await user.type(control(/^E-mail/), TYPED.email)
  await user.type(control('Phone'), TYPED.phone)
  await user.type(control('Comment'), TYPED.comment)
  await user.selectOptions(control('Department'), TYPED.department)
  await user.click(screen.getByRole('checkbox', { name: /I accept the terms/ }))
  await user.click(screen.getByRole('checkbox', { name: 'Support' }))
}

/** The form on screen holds exactly what was typed. */
export function expectTyped() {
  expect(control(/^Name/)).toHaveProperty('value', TYPED.name)
  expect(control(/^E-mail/)).toHaveProperty('value', TYPED.email)
  expect(control('Phone')).toHaveProperty('value', TYPED.phone)
  expect(control('Comment')).toHaveProperty('value', TYPED.comment)
  expect(control('Department')).toHaveProperty('value', TYPED.department)
  expect(screen.getByRole('checkbox', { name: /I accept the terms/ })).toHaveProperty('checked', true)
  expect(screen.getByRole('checkbox', { name: 'Support' })).toHaveProperty('checked', true)
  expect(screen.getByRole('checkbox', { name: 'Pricing' })).toHaveProperty('checked', false)
}

export const submit = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Book it' }))

/** The flow's root (it carries `data-step`). */
export const flowRoot = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-step]')!

/** Text with Intl's narrow and thin spaces (`9:00 AM – 10:00 AM`) as plain spaces. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ')
