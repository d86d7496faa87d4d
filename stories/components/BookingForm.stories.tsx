import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import {
  BookingForm,
  buildBookingPayload,
  fromBookingJsFields,
  prefillFromSearchParams,
  type BookingField,
  type BookingFormRootProps,
  type BookingFormValues,
  type Slot,
} from '../../src'
import { DEMO_IDS } from '../../src/mock'
import { MockKit } from '../support/MockKit'

const NOW = '2026-03-23T07:00:00Z'

/** Every format booking-js's `customer_fields` knows, label with a link included. */
const EVERY_FORMAT = fromBookingJsFields({
  name: { required: true },
  email: { required: true },
  phone: { placeholder: '+45 12 34 56 78' },
  guests: { title: 'Guests', format: 'number' },
  comment: { title: 'Comment', format: 'textarea' },
  department: { title: 'Department', format: 'select', enum: ['Development', 'Design', 'Sales'], placeholder: 'Choose one' },
  terms: { title: 'I accept the terms', format: 'checkbox', required: true },
  topics: { title: 'Topics', format: 'checkbox', enum: ['Pricing', 'Support'] },
  privacy: { title: 'Read our ((privacy policy, https://example.com/privacy)) before booking.', format: 'label' },
})

/** Sent JSON has no spaces to break at: without this one line widens a 360 px page. */
const WRAP_ANYWHERE = { overflowWrap: 'anywhere' } as const

/** A form whose submit shows what it would send, as JSON. */
function FormDemo({ fields, ...props }: Partial<BookingFormRootProps> & { fields: readonly BookingField[] }) {
  const [sent, setSent] = useState<BookingFormValues>()
  return (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US">
      <BookingForm.Root fields={fields} onSubmit={setSent} {...props} />
      <p style={WRAP_ANYWHERE}>
        Sent: <output aria-label="Sent values">{sent ? JSON.stringify(sent) : 'nothing yet'}</output>
      </p>
    </MockKit>
  )
}

const meta = {
  title: 'Components/BookingForm',
  component: BookingForm.Root,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The headless booking form, unstyled: booking-js’s `customer_fields` through `fromBookingJsFields`, ' +
          'client checks on submit, the server’s field errors, and an alert summary. The form carries ' +
          '`data-pending` and `data-invalid`; every field, label, control and error `data-field`, `data-format`, ' +
          '`data-invalid`, `data-required`, `data-readonly` and `data-disabled`; the summary `data-empty`.',
      },
    },
  },
  args: { fields: EVERY_FORMAT },
} satisfies Meta<typeof BookingForm.Root>

export default meta
type Story = StoryObj<typeof meta>

const sent = (canvasElement: HTMLElement) => within(canvasElement).getByRole('status', { name: 'Sent values' })

/**
 * text, email, tel, number, textarea, select, checkbox, a group of checkboxes
 * (a fieldset) and a label whose `((text, url))` is a link; filled and sent.
 */
export const EveryFieldFormat: Story = {
  render: (args) => <FormDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const name = canvas.getByRole('textbox', { name: 'Name' })
    await expect(name).toHaveAttribute('type', 'text')
    await expect(name).toBeRequired()
    await expect(name).toHaveAttribute('data-required', 'true')
    await expect(canvas.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute('type', 'email')
    await expect(canvas.getByRole('textbox', { name: 'Phone' })).toHaveAttribute('type', 'tel')
    await expect(canvas.getByRole('spinbutton', { name: 'Guests' })).toHaveAttribute('data-format', 'number')
    await expect(canvas.getByRole('textbox', { name: 'Comment' }).tagName).toBe('TEXTAREA')
    const department = canvas.getByRole('combobox', { name: 'Department' })
    await expect(within(department).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose one', 'Development', 'Design', 'Sales'])
    const topics = canvas.getByRole('group', { name: 'Topics' })
    await expect(topics.tagName).toBe('FIELDSET')
    await expect(within(topics).getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(['Pricing', 'Support'])
    const link = canvas.getByRole('link', { name: 'privacy policy' })
    await expect(link).toHaveAttribute('href', 'https://example.com/privacy')
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await expect(link.closest('p')).toHaveTextContent('Read our privacy policy before booking.')
    await expect(link.closest('p')).toHaveAttribute('data-format', 'label')

    await userEvent.type(name, 'Ada Lovelace')
    await userEvent.type(canvas.getByRole('textbox', { name: 'E-mail' }), 'ada+booking@bücher.de')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone' }), '+45 12 34 56 78')
    await userEvent.type(canvas.getByRole('spinbutton', { name: 'Guests' }), '3')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Comment' }), 'Window seat, please')
    await userEvent.selectOptions(department, 'Design')
    await userEvent.click(canvas.getByRole('checkbox', { name: 'I accept the terms' }))
    await userEvent.click(within(topics).getByRole('checkbox', { name: 'Support' }))
    await expect(within(topics).getByRole('checkbox', { name: 'Support' })).toHaveAttribute('data-selected', 'true')
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await waitFor(() => expect(sent(canvasElement)).not.toHaveTextContent('nothing yet'))
    await expect(JSON.parse(sent(canvasElement).textContent!)).toEqual({
      name: 'Ada Lovelace',
      email: 'ada+booking@bücher.de',
      phone: '+45 12 34 56 78',
      guests: '3',
      comment: 'Window seat, please',
      department: 'Design',
      terms: true,
      topics: ['Support'],
    })
  },
}

// booking-js's link: `?customer.name=…&customer.email=…`; the e-mail is locked.
const LOCKED_FIELDS = fromBookingJsFields({
  name: { required: true },
  email: { required: true, readonly: true },
  department: { title: 'Department', format: 'select', enum: ['Development', 'Design', 'Sales'] },
})
const FROM_URL = prefillFromSearchParams(
  '?customer.name=Ada%20Lovelace&customer.email=ada%40example.com&customer.department=Marketing&customer.unknown=x',
  LOCKED_FIELDS,
)

/**
 * `prefillFromSearchParams`: the URL fills name and e-mail; the e-mail field is
 * `readonly` (locked, `data-readonly`) while the name stays editable; an
 * option the select does not have and an unknown key are ignored.
 */
export const PrefillFromUrlLocked: Story = {
  args: { fields: FROM_URL.fields },
  render: (args) => <FormDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(FROM_URL.values).toEqual({ name: 'Ada Lovelace', email: 'ada@example.com' })
    const email = canvas.getByRole('textbox', { name: 'E-mail' })
    const name = canvas.getByRole('textbox', { name: 'Name' })
    await expect(email).toHaveValue('ada@example.com')
    await expect(email).toHaveAttribute('readonly')
    await expect(email).toHaveAttribute('data-readonly', 'true')
    await expect(name).toHaveValue('Ada Lovelace')
    await expect(name).not.toHaveAttribute('readonly')
    await expect(canvas.getByRole('combobox', { name: 'Department' })).toHaveValue('')
    await userEvent.type(email, 'x')
    await expect(email).toHaveValue('ada@example.com')
    await userEvent.clear(name)
    await userEvent.type(name, 'Ada King')
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await waitFor(() => expect(JSON.parse(sent(canvasElement).textContent!)).toEqual({ name: 'Ada King', email: 'ada@example.com', department: '' }))
  },
}

const SPLIT = fromBookingJsFields({ name: { split_name: true, required: true }, email: { required: true } })
const SLOT: Slot = {
  start: '2026-03-24T08:00:00Z',
  end: '2026-03-24T09:00:00Z',
  resources: [{ id: DEMO_IDS.copenhagen, name: 'Astrid Nielsen' }],
} as Slot

function SplitNameDemo(props: Partial<BookingFormRootProps>) {
  const [payload, setPayload] = useState<string>()
  return (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-US">
      <BookingForm.Root
        {...props}
        fields={SPLIT}
        onSubmit={(values) => setPayload(JSON.stringify(buildBookingPayload(SPLIT, values, { slot: SLOT, timeZone: 'Europe/Copenhagen' }).customer))}
      />
      <p style={WRAP_ANYWHERE}>
        Customer sent: <output aria-label="Customer sent">{payload ?? 'nothing yet'}</output>
      </p>
    </MockKit>
  )
}

/** `split_name`: first and last name, both required; the booking's `customer.name` joins them. */
export const SplitName: Story = {
  args: { fields: SPLIT },
  render: (args) => <SplitNameDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.queryByRole('textbox', { name: 'Name' })).toBeNull()
    const first = canvas.getByRole('textbox', { name: 'First name' })
    const last = canvas.getByRole('textbox', { name: 'Last name' })
    await expect(first).toBeRequired()
    await expect(last).toBeRequired()
    await userEvent.type(first, 'Ada')
    await userEvent.type(canvas.getByRole('textbox', { name: 'E-mail' }), 'ada@example.com')
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await expect(canvas.getByRole('alert')).toHaveTextContent('1 field needs attention: Last name.')
    await expect(last).toHaveFocus()
    await userEvent.type(last, 'Lovelace')
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    const customer = canvas.getByRole('status', { name: 'Customer sent' })
    await waitFor(() => expect(customer).not.toHaveTextContent('nothing yet'))
    await expect(JSON.parse(customer.textContent!)).toMatchObject({ name: 'Ada Lovelace', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' })
  },
}

/**
 * The checks on submit: an alert summary naming the fields, focus on the
 * first, each error tied to its control (`aria-invalid`, `aria-describedby`,
 * `data-invalid`); editing a field clears its error only; nothing is sent.
 */
export const ClientErrors: Story = {
  render: (args) => <FormDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const summary = canvas.getByRole('alert')
    await expect(summary).toHaveAttribute('data-empty', 'true')
    await userEvent.type(canvas.getByRole('textbox', { name: 'E-mail' }), 'ada@localhost')
    await userEvent.type(canvas.getByRole('textbox', { name: 'Phone' }), 'call me')
    await userEvent.click(canvas.getByRole('button', { name: 'Book it' }))
    await expect(summary).toHaveTextContent('4 fields need attention: Name, E-mail, Phone, I accept the terms.')
    await expect(summary).not.toHaveAttribute('data-empty')
    const name = canvas.getByRole('textbox', { name: 'Name' })
    await expect(name).toHaveFocus()
    await expect(name).toHaveAttribute('aria-invalid', 'true')
    await expect(name).toHaveAccessibleDescription('Name is required.')
    await expect(canvas.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription('E-mail must be an e-mail address, like name@example.com.')
    await expect(canvas.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription('Phone must be a phone number: digits, optionally starting with +.')
    await expect(canvas.getByRole('checkbox', { name: 'I accept the terms' })).toHaveAccessibleDescription('I accept the terms is required.')
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-invalid', 'true')
    await userEvent.type(name, 'Ada')
    await expect(name).not.toHaveAttribute('aria-invalid')
    await expect(canvas.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute('aria-invalid', 'true')
    await expect(sent(canvasElement)).toHaveTextContent('nothing yet')
  },
}
