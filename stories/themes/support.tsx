// What the three theme stories share: the fixed clock and search, the mock
// backend, a demo control that takes the chosen time behind the customer's
// back, and the keyboard-only booking the play functions drive.
import { useState, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { AvailabilitySearch } from '../../src'
import { createDemoSeed, createMockBackend, DEMO_IDS, type MockBackend } from '../../src/mock'
import { MockKit } from '../support/MockKit'

/** Monday 23 March 2026, 08:00 in Copenhagen: screenshots are the same on every run. */
export const NOW = '2026-03-23T07:00:00Z'
export const SEARCH: AvailabilitySearch = { mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '1 hour' }
/** Astrid's first free hour: Monday 23 March, 09:00–10:00 in Copenhagen (CET). */
const FIRST_SLOT = { start: '2026-03-23T08:00:00Z', end: '2026-03-23T09:00:00Z' }

export function ThemeKit({ locale = 'en-GB', takenDemo = false, children }: { locale?: string; takenDemo?: boolean; children: ReactNode }) {
  const [backend] = useState<MockBackend>(() => createMockBackend({ ...createDemoSeed(NOW), now: NOW, latency: takenDemo ? 150 : 0 }))
  const [taken, setTaken] = useState(false)
  const take = async () => {
    await backend.fetch('https://mock.local/v2/bookings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ resource_id: DEMO_IDS.copenhagen, ...FIRST_SLOT, customer: { name: 'Someone else', email: 'else@example.com' } }),
    })
    setTaken(true)
  }
  return (
    <>
      {takenDemo && (
        <aside aria-label="Demo controls" style={{ borderBottom: '1px dashed', marginBottom: 12, paddingBottom: 8 }}>
          <button type="button" onClick={take} disabled={taken}>
            Another customer books Monday 09:00
          </button>
        </aside>
      )}
      <MockKit backend={backend} now={NOW} defaultTimeZone="Europe/Copenhagen" locale={locale}>
        {children}
      </MockKit>
    </>
  )
}

/**
 * A play function that stands aside when scripts/screenshots.mjs opens the
 * story (it sets this flag before the page loads): the PNGs show the page
 * as a customer first sees it, and the script books by itself for the last one.
 */
export function play(run: (canvasElement: HTMLElement) => Promise<void>) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    if ((globalThis as { __RBK_SCREENSHOT__?: boolean }).__RBK_SCREENSHOT__) return
    await run(canvasElement)
  }
}

async function tabTo(target: () => Element | null, what: string) {
  // Bounded: a page whose tab order never reaches the target fails, it does not hang.
  for (let i = 0; i < 80 && document.activeElement !== target(); i++) await userEvent.tab()
  if (document.activeElement !== target()) throw new Error(`Tab never reached ${what}`)
}

export interface KeyboardBooking {
  /** The first slot's accessible name. */
  slot: RegExp
  /** Steps before the slots (the Compact theme chooses a day in its calendar). */
  before?: (canvasElement: HTMLElement) => Promise<void>
  /** Runs after the form is filled, before Enter sends it. */
  beforeSend?: (canvasElement: HTMLElement) => Promise<void>
}

/** Books with the keyboard alone: Tab to the slot, Enter, type the details, Enter. */
export async function bookWithKeyboard(canvasElement: HTMLElement, { slot, before, beforeSend }: KeyboardBooking) {
  const canvas = within(canvasElement)
  await before?.(canvasElement)
  const button = await canvas.findByRole('button', { name: slot }, { timeout: 10_000 })
  await tabTo(() => button, 'the first slot')
  await userEvent.keyboard('{Enter}')
  await waitFor(() => expect(canvas.getByRole('heading', { name: /Your details|Monday/ })).toHaveFocus())
  await tabTo(() => canvas.getByRole('textbox', { name: /Name/ }), 'the name field')
  await userEvent.keyboard('Ada Lovelace')
  await userEvent.tab()
  await expect(canvas.getByRole('textbox', { name: /mail/i })).toHaveFocus()
  await userEvent.keyboard('ada@example.com')
  await beforeSend?.(canvasElement)
  await userEvent.keyboard('{Enter}')
}

export async function expectBooked(canvasElement: HTMLElement, time: RegExp) {
  const result = await within(canvasElement).findByText(/^You're booked for/, undefined, { timeout: 10_000 })
  await expect(result).toHaveTextContent(time)
  await expect(result).toHaveTextContent(/ada@example\.com/)
}

/**
 * The chosen hour is taken while the customer types: the theme shows "Just
 * taken" with the nearest free hours; choosing one returns to the form with
 * the details kept, and Enter books it.
 */
export async function bookAfterTaken(canvasElement: HTMLElement, booking: KeyboardBooking) {
  const canvas = within(canvasElement)
  const email = () => canvas.getByRole('textbox', { name: /mail/i })
  await bookWithKeyboard(canvasElement, {
    ...booking,
    beforeSend: async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Another customer books Monday 09:00' }))
      email().focus()
    },
  })
  await waitFor(() => expect(canvas.getByRole('heading', { name: 'Just taken' })).toHaveFocus(), { timeout: 10_000 })
  await expect(canvas.getByRole('alert')).toHaveTextContent(/Someone booked/)
  const alternative = await canvas.findByRole('button', { name: /10:00/ }, { timeout: 10_000 })
  await tabTo(() => alternative, 'the first alternative')
  await userEvent.keyboard('{Enter}')
  await waitFor(() => expect(canvas.getByRole('textbox', { name: /Name/ })).toHaveValue('Ada Lovelace'))
  await tabTo(email, 'the email field')
  await userEvent.keyboard('{Enter}')
}
