// A window that fails to load says so and can be loaded again; the booking flow shows it too.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BookingFlow, SlotPicker } from '../../src'
import { COPENHAGEN_SEARCH, renderWithKit, THIS_WEEK } from '../query/support/renderWithKit'
import { expectNoAxeViolations } from './support/axe'

/** Availability answers 503 (an HTML page) until `heal()`. */
function failingAvailability() {
  let failing = true
  const wrapFetch = (next: typeof fetch): typeof fetch => async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (failing && url.endsWith('/availability')) {
      return new Response('<!DOCTYPE html><title>Bad gateway</title>', { status: 503, headers: { 'Content-Type': 'text/html' } })
    }
    return next(input, init)
  }
  return { wrapFetch, heal: () => (failing = false) }
}

describe('SlotPicker.LoadError', () => {
  it('is an alert with a retry when the window fails, nothing once it loads', async () => {
    const user = userEvent.setup()
    const backend = failingAvailability()
    const { container } = renderWithKit(
      <SlotPicker.Root search={COPENHAGEN_SEARCH} defaultWindow={THIS_WEEK}>
        <SlotPicker.LoadError />
        <SlotPicker.Days />
      </SlotPicker.Root>,
      { wrapFetch: backend.wrapFetch },
    )
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toMatch(/could not be loaded/)
    expect(container.querySelector('[data-error]')).not.toBeNull()
    await expectNoAxeViolations(container)
    backend.heal()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(screen.getAllByRole('radio').length).toBeGreaterThan(0))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows in the booking flow\'s slot step', async () => {
    const backend = failingAvailability()
    renderWithKit(<BookingFlow.Root search={COPENHAGEN_SEARCH} />, { wrapFetch: backend.wrapFetch })
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be loaded/)
  })
})
