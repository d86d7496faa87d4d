// Server render + hydration with a session draft in the browser: the server cannot see the
// draft, so the form renders the fields' defaults on both sides and fills the draft in after
// hydration, with no mismatch.
import { act, screen } from '@testing-library/react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, expect, test, vi } from 'vitest'
import { BookingForm, fromBookingJsFields } from '../../src/components'
import { createKit } from '../query/support/renderWithKit'

let root: Root | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  document.body.innerHTML = ''
  sessionStorage.clear()
  vi.restoreAllMocks()
})

test('the draft fills the form after hydration, without a mismatch', async () => {
  const fields = fromBookingJsFields({ name: { required: true }, email: { required: true, prefilled: 'team@example.com' } })
  const kit = createKit()
  const page = () => (
    <kit.Provider>
      <BookingForm.Root fields={fields} persist="session" aria-label="Book" />
    </kit.Provider>
  )
  // The server has no sessionStorage: render while it is out of reach.
  const storage = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage')!
  Object.defineProperty(globalThis, 'sessionStorage', { configurable: true, get: () => undefined })
  let html: string
  try {
    html = renderToString(page())
  } finally {
    Object.defineProperty(globalThis, 'sessionStorage', storage)
  }
  expect(html).toContain('value="team@example.com"')
  sessionStorage.setItem('react-booking-kit:draft', JSON.stringify({ name: 'Ada', email: 'ada@example.com' }))

  const container = document.createElement('div')
  container.innerHTML = html
  document.body.appendChild(container)
  const consoleError = vi.spyOn(console, 'error')
  const recoverable: unknown[] = []
  await act(async () => {
    root = hydrateRoot(container, page(), { onRecoverableError: (error) => recoverable.push(error) })
  })
  expect(recoverable).toEqual([])
  expect(consoleError).not.toHaveBeenCalled()
  expect(screen.getByRole('textbox', { name: /^Name/ })).toHaveProperty('value', 'Ada')
  expect(screen.getByRole('textbox', { name: /^E-mail/ })).toHaveProperty('value', 'ada@example.com')
  // Ids from useId match between server and client: labels still point at their controls.
  expect(screen.getByLabelText(/^Name/, { selector: 'input' })).toBe(container.querySelector('input[name="name"]'))
})
