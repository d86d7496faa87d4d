// StrictMode mounts effects twice: the session draft must survive that (Next's dev server
// renders in StrictMode by default).
import { screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, expect, test } from 'vitest'
import { BookingForm, DEFAULT_BOOKING_FIELDS } from '../../src/components'
// Inside a kit's provider, as on a page: the form takes its locale from it.
import { renderWithKit as render } from '../query/support/renderWithKit'

afterEach(() => {
  sessionStorage.clear()
})

test('a reload in StrictMode restores the draft', async () => {
  sessionStorage.setItem('react-booking-kit:draft', JSON.stringify({ name: 'Ada', email: 'ada@example.com' }))
  render(
    <StrictMode>
      <BookingForm.Root fields={DEFAULT_BOOKING_FIELDS} persist="session" />
    </StrictMode>,
  )
  expect(await screen.findByDisplayValue('Ada')).toBe(screen.getByRole('textbox', { name: /^Name/ }))
  expect(screen.getByRole('textbox', { name: /^E-mail/ })).toHaveProperty('value', 'ada@example.com')
  expect(JSON.parse(sessionStorage.getItem('react-booking-kit:draft')!)).toEqual({ name: 'Ada', email: 'ada@example.com' })
})
