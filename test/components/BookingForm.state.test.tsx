// BookingForm's state: URL prefill (locked when readonly), the session draft surviving a
// reload and removed after a booking, controlled values, custom parts, styling and misuse.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import {
  BookingForm,
  fromBookingJsFields,
  prefillFromSearchParams,
  type BookingField,
  type BookingFormValues,
} from '../../src/components'
// Inside a kit's provider, as on a page: the form takes its locale from it.
import { renderWithKit as render } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

const control = (name: RegExp | string) => screen.getByLabelText(name, { selector: 'input,textarea,select' })

afterEach(() => {
  sessionStorage.clear()
})

describe('prefill from the URL', () => {
  const fields = fromBookingJsFields({
    name: { required: true },
    email: { required: true, readonly: true },
    department: { title: 'Department', format: 'select', enum: ['Design', 'Sales'] },
    terms: { format: 'checkbox', readonly: true, title: 'Terms' },
  })

  test("?customer.<key>=value fills the fields; readonly ones are locked; unknown keys change nothing", async () => {
    const user = userEvent.setup()
    const onSubmit = vi.fn()
    const prefilled = prefillFromSearchParams(
      '?customer.name=Ada&customer.email=ada%40example.com&customer.department=Sales&customer.terms=true&customer.admin=1',
      fields,
    )
    const { container } = render(<BookingForm.Root fields={prefilled.fields} onSubmit={onSubmit} aria-label="Book" />)
    expect(control(/^Name/)).toHaveProperty('value', 'Ada')
    const email = control(/^E-mail/)
    expect(email).toMatchObject({ value: 'ada@example.com', readOnly: true })
    expect(email.getAttribute('data-readonly')).toBe('true')
    expect(control('Department')).toHaveProperty('value', 'Sales')
    const terms = screen.getByRole('checkbox', { name: 'Terms' })
    expect(terms).toHaveProperty('checked', true)
    await user.type(email, 'x')
    await user.click(terms)
    expect(email).toHaveProperty('value', 'ada@example.com')
    expect(terms).toHaveProperty('checked', true)
    await user.type(control(/^Name/), ' Lovelace')
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Ada Lovelace', email: 'ada@example.com', department: 'Sales', terms: true })
    expect(container.querySelector('[name="admin"]')).toBeNull()
    await expectNoAxeViolations(container)
  })
})

describe("persist: 'session'", () => {
  const fields = fromBookingJsFields({ name: { required: true }, email: { required: true }, office: { title: 'Office', readonly: true, prefilled: 'HQ' } })

  test('a reload keeps the draft; a readonly field keeps its own value; the draft is removed after a booking', async () => {
    const user = userEvent.setup()
    const first = render(<BookingForm.Root fields={fields} persist="session" />)
    await user.type(control(/^Name/), 'Ada')
    await user.type(control(/^E-mail/), 'ada@example')
    expect(JSON.parse(sessionStorage.getItem('react-booking-kit:draft')!)).toMatchObject({ name: 'Ada', email: 'ada@example' })
    first.unmount()
    // A draft edited elsewhere must not unlock a readonly field.
    sessionStorage.setItem('react-booking-kit:draft', JSON.stringify({ name: 'Ada', email: 'ada@example', office: 'Elsewhere' }))

    const onSubmit = vi.fn()
    render(<BookingForm.Root fields={fields} persist="session" onSubmit={onSubmit} />)
    expect(await screen.findByDisplayValue('Ada')).toBe(control(/^Name/))
    expect(control(/^E-mail/)).toHaveProperty('value', 'ada@example')
    expect(control('Office')).toHaveProperty('value', 'HQ')
    await user.type(control(/^E-mail/), '.com')
    await user.click(screen.getByRole('button', { name: 'Book it' }))
    await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1))
    await vi.waitFor(() => expect(sessionStorage.getItem('react-booking-kit:draft')).toBeNull())
  })

  test('two forms with their own persistKey keep their own drafts; without persist nothing is stored', async () => {
    const user = userEvent.setup()
    render(
      <>
        <BookingForm.Root fields={fields} persist="session" persistKey="a" aria-label="A" />
        <BookingForm.Root fields={fields} persist="session" persistKey="b" aria-label="B" />
        <BookingForm.Root fields={fields} aria-label="C" />
      </>,
    )
    const [a, b, c] = screen.getAllByLabelText(/^Name/, { selector: 'input' })
    await user.type(a!, 'Ann')
    await user.type(b!, 'Bob')
    await user.type(c!, 'Cid')
    expect(JSON.parse(sessionStorage.getItem('a')!).name).toBe('Ann')
    expect(JSON.parse(sessionStorage.getItem('b')!).name).toBe('Bob')
    expect(sessionStorage.getItem('react-booking-kit:draft')).toBeNull()
  })

  test('two forms persisting under one key at once get a warning that names the key; apart, none', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const apart = render(
        <>
          <BookingForm.Root fields={fields} persist="session" persistKey="a" aria-label="A" />
          <BookingForm.Root fields={fields} persist="session" persistKey="b" aria-label="B" />
        </>,
      )
      apart.unmount()
      // One after the other under the same key is fine too.
      render(<BookingForm.Root fields={fields} persist="session" persistKey="a" aria-label="A again" />).unmount()
      expect(warn).not.toHaveBeenCalled()
      render(
        <>
          <BookingForm.Root fields={fields} persist="session" aria-label="First" />
          <BookingForm.Root fields={fields} persist="session" aria-label="Second" />
        </>,
      )
      expect(warn).toHaveBeenCalledTimes(1)
      expect(warn.mock.calls[0]![0]).toContain('"react-booking-kit:draft"')
      expect(warn.mock.calls[0]![0]).toContain('persistKey')
    } finally {
      warn.mockRestore()
    }
  })

  test('a broken draft is ignored', () => {
    sessionStorage.setItem('react-booking-kit:draft', '{not json')
    render(<BookingForm.Root fields={fields} persist="session" />)
    expect(control(/^Name/)).toHaveProperty('value', '')
  })
})

describe('controlled values and parts', () => {
  const fields: BookingField[] = [
    { key: 'name', title: 'Name', format: 'text', required: true },
    { key: 'email', title: 'E-mail', format: 'email', required: true, description: 'For the confirmation.' },
  ]

  test('controlled values: every change goes through onValuesChange', async () => {
    const user = userEvent.setup()
    const seen: BookingFormValues[] = []
    function Page() {
      const [values, setValues] = useState<BookingFormValues>({ name: '', email: '' })
      return (
        <BookingForm.Root
          fields={fields}
          values={values}
          onValuesChange={(next) => {
            seen.push(next)
            setValues({ ...next, name: String(next.name).toUpperCase() })
          }}
        />
      )
    }
    render(<Page />)
    await user.type(control(/^Name/), 'ada')
    expect(control(/^Name/)).toHaveProperty('value', 'ADA')
    expect(seen.at(-1)).toEqual({ name: 'ADa', email: '' })
  })

  test('custom layout: Field with children, Label/Control/Description/Error, styling functions and data-*', async () => {
    const user = userEvent.setup()
    render(
      <BookingForm.Root fields={fields} className={(s) => (s.isSubmitting ? 'busy' : 'idle')}>
        <BookingForm.Fields>
          {(field) => (
            <BookingForm.Field className={(f) => (f.isInvalid ? 'bad' : 'ok')} data-testid={`field-${field.key}`}>
              <BookingForm.Label />
              <BookingForm.Control className="input" />
              <BookingForm.Description className="help" />
              <BookingForm.Error>{(f) => `⚠ ${f.error}`}</BookingForm.Error>
            </BookingForm.Field>
          )}
        </BookingForm.Fields>
        <BookingForm.Summary className="summary" />
        <BookingForm.Submit>{(s) => (s.isSubmitting ? 'Wait' : 'Send')}</BookingForm.Submit>
      </BookingForm.Root>,
    )
    expect(document.querySelector('form')?.className).toBe('idle')
    expect(screen.getByTestId('field-name').className).toBe('ok')
    expect(screen.getByText('For the confirmation.').className).toBe('help')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(screen.getByTestId('field-name').className).toBe('bad')
    expect(screen.getByTestId('field-name').getAttribute('data-invalid')).toBe('true')
    expect(screen.getByText('⚠ Name is required.')).toBeTruthy()
    expect(control(/^Name/).className).toBe('input')
    expect(screen.getByRole('alert').className).toBe('summary')
  })

  test('messages override the English defaults', async () => {
    const user = userEvent.setup()
    const messages = {
      submit: 'Buchen',
      required: ({ title }: { title: string }) => `${title} fehlt.`,
      summary: ({ count }: { count: number }) => `${count} Felder prüfen.`,
    }
    render(<BookingForm.Root fields={fields} messages={messages} />)
    await user.click(screen.getByRole('button', { name: 'Buchen' }))
    expect(screen.getByRole('alert').textContent).toBe('2 Felder prüfen.')
    expect(screen.getByText('Name fehlt.')).toBeTruthy()
  })

  test('parts outside their root throw a clear error', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<BookingForm.Submit />)).toThrow('<BookingForm.Submit> must be used within <BookingForm.Root>')
    expect(() => render(<BookingForm.Fields />)).toThrow('<BookingForm.Fields> must be used within <BookingForm.Root>')
    expect(() =>
      render(
        <BookingForm.Root fields={fields}>
          <BookingForm.Label />
        </BookingForm.Root>,
      ),
    ).toThrow('<BookingForm.Label> must be used within <BookingForm.Field>')
    spy.mockRestore()
  })
})
