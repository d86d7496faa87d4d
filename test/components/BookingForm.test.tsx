// BookingForm: every field format rendered with its role and name, booking-js's own example
// configs converted and rendered, client checks and the server's 422 on the right fields
// (aria-invalid, aria-describedby, focus, an announced summary), label links, and axe.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test, vi } from 'vitest'
import { ServerError, ValidationError } from '../../src/client'
import { BookingForm, fromBookingJsFields, type BookingField, type BookingFormValues } from '../../src/components'
// Inside a kit's provider, as on a page: the form takes its locale from it.
import { renderWithKit as render } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'
import { BOOKING_JS_FIELDS_EXAMPLE, BOOKING_JS_LEGACY_EXAMPLE } from './support/bookingJsExamples'

const EVERY_FORMAT: BookingField[] = [
  { key: 'name', title: 'Name', format: 'text', required: true, placeholder: 'Ada Lovelace' },
  { key: 'email', title: 'E-mail', format: 'email', required: true },
  { key: 'phone', title: 'Phone', format: 'tel', description: 'With the country code.' },
  { key: 'guests', title: 'Guests', format: 'number' },
  { key: 'comment', title: 'Comment', format: 'textarea' },
  { key: 'department', title: 'Department', format: 'select', options: ['Development', 'Design', 'Sales'], placeholder: 'Pick one' },
  { key: 'terms', title: 'I accept the terms', format: 'checkbox', required: true },
  { key: 'topics', title: 'Topics', format: 'checkbox', options: ['Pricing', 'Support'] },
  { key: 'policy', title: 'Policy', format: 'label', text: 'Read our ((privacy policy, https://example.com/privacy)) first.' },
  { key: 'campaign', title: 'Campaign', format: 'text', hidden: true, defaultValue: 'spring' },
  { key: 'office', title: 'Office', format: 'text', readonly: true, defaultValue: 'Copenhagen' },
]

const control = (name: RegExp | string) => screen.getByLabelText(name, { selector: 'input,textarea,select' })
const describedText = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent)

describe('every field format', () => {
  test('each format renders its control, named by its label; hidden fields are not shown', async () => {
    const { container } = render(<BookingForm.Root fields={EVERY_FORMAT} aria-label="Your details" />)
    const name = screen.getByRole('textbox', { name: /^Name/ })
    expect(name).toMatchObject({ type: 'text', placeholder: 'Ada Lovelace', required: true, autocomplete: 'name' })
    expect(screen.getByRole('textbox', { name: /^E-mail/ })).toMatchObject({ type: 'email', autocomplete: 'email' })
    const phone = screen.getByRole('textbox', { name: 'Phone' })
    expect(phone).toMatchObject({ type: 'tel', required: false })
    expect(describedText(phone)).toEqual(['With the country code.'])
    expect(screen.getByRole('spinbutton', { name: 'Guests' })).toMatchObject({ type: 'number', inputMode: 'decimal' })
    expect(screen.getByRole('textbox', { name: 'Comment' }).tagName).toBe('TEXTAREA')
    const department = screen.getByRole('combobox', { name: 'Department' })
    expect(within(department).getAllByRole('option').map((o) => o.textContent)).toEqual(['Pick one', 'Development', 'Design', 'Sales'])
    expect(screen.getByRole('checkbox', { name: /I accept the terms/ })).toMatchObject({ checked: false, required: true })
    const topics = screen.getByRole('group', { name: 'Topics' })
    expect(topics.tagName).toBe('FIELDSET')
    expect(within(topics).getAllByRole('checkbox').map((c) => c.parentElement?.textContent?.trim())).toEqual(['Pricing', 'Support'])
    const link = screen.getByRole('link', { name: 'privacy policy' })
    expect(link.getAttribute('href')).toBe('https://example.com/privacy')
    expect(link.closest('p')?.textContent).toBe('Read our privacy policy first.')
    expect(screen.queryByDisplayValue('spring')).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Office' })).toMatchObject({ readOnly: true, value: 'Copenhagen' })
    // Required fields carry a mark hidden from speech: the control says `required` itself.
    expect(container.querySelector('label[for="' + name.id + '"] [aria-hidden="true"]')?.textContent).toBe(' *')
    expect(container.querySelectorAll('[data-format]').length).toBeGreaterThan(0)
    await expectNoAxeViolations(container)
  })

  test('typing, choosing and ticking reach the values; the hidden value is sent as it is', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    render(<BookingForm.Root fields={EVERY_FORMAT} onSubmit={onSubmit} />)
    await user.type(control(/^Name/), 'Ada')
    await user.type(control(/^E-mail/), 'ada+booking@bücher.de')
    await user.type(control('Phone'), '+45 1234 5678')
    await user.type(control('Guests'), '3')
    await user.type(control('Comment'), 'Line one{Enter}line two')
    await user.selectOptions(control('Department'), 'Design')
    await user.click(screen.getByRole('checkbox', { name: /I accept/ }))
    await user.click(screen.getByRole('checkbox', { name: 'Support' }))
    await user.click(screen.getByRole('checkbox', { name: 'Pricing' }))
    await user.click(screen.getByRole('checkbox', { name: 'Support' }))
    await user.type(control('Office'), 'Aarhus')
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    expect(onSubmit).toHaveBeenCalledExactlyOnceWith({
      name: 'Ada',
      email: 'ada+booking@bücher.de',
      phone: '+45 1234 5678',
      guests: '3',
      comment: 'Line one\nline two',
      department: 'Design',
      terms: true,
      topics: ['Pricing'],
      campaign: 'spring',
      office: 'Copenhagen',
    })
  })
})

describe("booking-js's example configs", () => {
  test('public/fields.htm: name, prefilled e-mail and comment, department select, terms checkbox', async () => {
    const { container } = render(<BookingForm.Root fields={fromBookingJsFields(BOOKING_JS_FIELDS_EXAMPLE)} aria-label="Book" />)
    expect(screen.getByRole('textbox', { name: 'Your name please' })).toHaveProperty('value', '')
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveProperty('value', 'doc.brown@timekit.io')
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveProperty('value', 'This is a comment')
    expect(within(screen.getByRole('combobox', { name: 'Department' })).getAllByRole('option')).toHaveLength(4)
    expect(screen.getByRole('checkbox', { name: 'I accept terms & conditions' })).toHaveProperty('checked', false)
    await expectNoAxeViolations(container)
  })

  test('examples/fields.htm (legacy bookingFields): locked e-mail and voip, required phone, location placeholder', async () => {
    const user = userEvent.setup()
    const { container } = render(<BookingForm.Root fields={fromBookingJsFields(BOOKING_JS_LEGACY_EXAMPLE)} aria-label="Book" />)
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveProperty('placeholder', 'Your name please')
    const email = screen.getByRole('textbox', { name: 'E-mail' })
    expect(email).toMatchObject({ readOnly: true, value: 'doc.brown@timekit.io' })
    await user.type(email, 'x')
    expect(email).toHaveProperty('value', 'doc.brown@timekit.io')
    expect(screen.getByRole('textbox', { name: /^Phone/ })).toMatchObject({ type: 'tel', required: true })
    expect(screen.getByRole('textbox', { name: /^Voip/ })).toMatchObject({ readOnly: true, value: 'doc.brown' })
    expect(screen.getByRole('textbox', { name: 'Location' })).toHaveProperty('placeholder', 'Place of meeting')
    await expectNoAxeViolations(container)
  })

  test('split_name renders first and last name', () => {
    render(<BookingForm.Root fields={fromBookingJsFields({ name: { split_name: true, required: true }, email: { required: true } })} />)
    expect(screen.getByRole('textbox', { name: /^First name/ })).toHaveProperty('autocomplete', 'given-name')
    expect(screen.getByRole('textbox', { name: /^Last name/ })).toHaveProperty('autocomplete', 'family-name')
  })
})

describe('client checks', () => {
  test('an empty submit: errors on the fields, focus on the first, an announced summary; editing clears that error', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const { container } = render(<BookingForm.Root fields={EVERY_FORMAT} onSubmit={onSubmit} aria-label="Your details" />)
    await user.type(control('Phone'), 'call me')
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    expect(onSubmit).not.toHaveBeenCalled()
    const name = control(/^Name/)
    expect(document.activeElement).toBe(name)
    expect(screen.getByRole('alert').textContent).toBe('4 fields need attention: Name, E-mail, Phone, I accept the terms.')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(describedText(name)).toEqual(['Name is required.'])
    expect(describedText(control('Phone'))).toEqual([
      'With the country code.',
      'Phone must be a phone number: digits, optionally starting with +.',
    ])
    expect(control('Guests').hasAttribute('aria-invalid')).toBe(false)
    expect(container.querySelector('form')?.hasAttribute('data-invalid')).toBe(true)
    await expectNoAxeViolations(container)

    await user.type(name, 'Ada')
    expect(name.hasAttribute('aria-invalid')).toBe(false)
    expect(control(/^E-mail/).getAttribute('aria-invalid')).toBe('true')
  })

  test('one invalid field: singular summary and focus on that field, even when it is not first', async () => {
    const user = userEvent.setup()
    render(<BookingForm.Root fields={fromBookingJsFields({ name: { required: true }, email: { required: true } })} defaultValues={{ name: 'Ada', email: 'ada@localhost' }} />)
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    expect(screen.getByRole('alert').textContent).toBe('1 field needs attention: E-mail.')
    expect(document.activeElement).toBe(control(/^E-mail/))
  })

  test('a multi-checkbox group takes focus on its first box', async () => {
    const user = userEvent.setup()
    render(<BookingForm.Root fields={[{ key: 'topics', title: 'Topics', format: 'checkbox', options: ['A', 'B'], required: true }]} />)
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'A' }))
    expect(screen.getByRole('checkbox', { name: 'B' }).getAttribute('aria-invalid')).toBe('true')
  })
})

describe("the server's 422", () => {
  const fields = fromBookingJsFields({ name: { required: true }, email: { required: true }, location: {} })
  const filled: BookingFormValues = { name: 'Ada', email: 'ada@example.com', location: 'Café' }

  test('fieldErrors land on their fields, focus moves to the first, the rest joins the summary; input kept', async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn(async () => {
      throw new ValidationError({
        method: 'POST',
        path: '/bookings',
        status: 422,
        fieldErrors: { 'customer.email': ['The customer.email must be a valid email address.'], where: ['Unknown place.'], resource_id: ['Gone.'] },
      })
    })
    const { container } = render(<BookingForm.Root fields={fields} defaultValues={filled} onSubmit={onSubmit} aria-label="Book" />)
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''))
    expect(screen.getByRole('alert').textContent).toBe('2 fields need attention: E-mail, Location. Gone.')
    const email = control(/^E-mail/)
    expect(document.activeElement).toBe(email)
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(describedText(email)).toEqual(['The customer.email must be a valid email address.'])
    expect(describedText(control('Location'))).toEqual(['Unknown place.'])
    expect(email).toHaveProperty('value', 'ada@example.com')
    expect(control(/^Name/)).toHaveProperty('value', 'Ada')
    await expectNoAxeViolations(container)
  })

  test('any other rejection is shown in the summary; nothing is cleared; a second submit can succeed', async () => {
    const user = userEvent.setup()
    let fail = true
    const onSubmit = vi.fn(async () => {
      if (fail) throw new ServerError({ method: 'POST', path: '/bookings', status: 503, error: 'Service unavailable' })
    })
    render(<BookingForm.Root fields={fields} defaultValues={filled} onSubmit={onSubmit} />)
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('POST /bookings: 503 Service unavailable'))
    expect(control(/^Name/)).toHaveProperty('value', 'Ada')
    fail = false
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe(''))
    expect(onSubmit).toHaveBeenCalledTimes(2)
  })

  test('while sending: aria-busy, aria-disabled, "Booking…", and a second press sends nothing', async () => {
    const user = userEvent.setup()
    let finish!: () => void
    const onSubmit = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    const { container } = render(<BookingForm.Root fields={fields} defaultValues={filled} onSubmit={onSubmit} aria-label="Book" />)
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    const button = screen.getByRole('button', { name: 'Booking…' })
    expect(button.getAttribute('aria-disabled')).toBe('true')
    expect(container.querySelector('form')?.getAttribute('aria-busy')).toBe('true')
    await user.click(button)
    expect(onSubmit).toHaveBeenCalledTimes(1)
    await expectNoAxeViolations(container)
    finish()
    await screen.findByRole('button', { name: 'Book it' })
  })
})

describe('label fields', () => {
  test('only http(s) and mailto links become links; markup stays text', () => {
    render(
      <BookingForm.Root
        fields={[
          {
            key: 'info',
            title: 'Info',
            format: 'label',
            text: 'Mail ((us, mailto:hi@example.com)), not ((this, javascript:alert(1))) <img src=x onerror=alert(1)>',
          },
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'us' }).getAttribute('href')).toBe('mailto:hi@example.com')
    expect(screen.queryByRole('link', { name: 'this' })).toBeNull()
    expect(document.querySelector('img')).toBeNull()
    expect(screen.getByText(/onerror/).textContent).toContain('((this, javascript:alert(1))) <img src=x onerror=alert(1)>')
  })

  test('a label without text shows its title; links open safely', () => {
    render(<BookingForm.Root fields={fromBookingJsFields({ t: { format: 'label', title: 'See ((terms, https://example.com/t))' } })} />)
    const link = screen.getByRole('link', { name: 'terms' })
    expect(link.getAttribute('rel')).toBe('noopener noreferrer')
  })
})
