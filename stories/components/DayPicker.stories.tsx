import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { DayPicker, SlotPicker, type AvailabilitySearch, type DayPickerRootProps } from '../../src'
import { createDemoSeed, createMockBackend, DEMO_IDS } from '../../src/mock'
import { MockKit } from '../support/MockKit'

// Monday 23 March 2026, 08:00 in Copenhagen: Astrid works 9–17 on weekdays.
const NOW = '2026-03-23T07:00:00Z'
const COPENHAGEN: AvailabilitySearch = { mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '1 hour' }

/** The day button (or whatever has focus) by its `data-day`, for asserting where focus went. */
const focusedDay = () => (document.activeElement as HTMLElement | null)?.dataset.day

function ChosenDayDemo(props: Partial<DayPickerRootProps>) {
  const [day, setDay] = useState<string | null>(null)
  return (
    <>
      <DayPicker.Root search={COPENHAGEN} {...props} onValueChange={setDay} />
      <p>
        Chosen: <output aria-label="Chosen day">{day ?? 'none'}</output>
      </p>
    </>
  )
}

/**
 * The demo backend, with Astrid's hours blocked from 1 March to 1 May 2026:
 * the shown month, and the days of April the grid shows around it, have no free time.
 */
function blockedSpringBackend() {
  const seed = createDemoSeed(NOW)
  const resources = seed.resources.map((resource) =>
    resource.id === DEMO_IDS.copenhagen
      ? {
          ...resource,
          availability_constraints: [
            ...(resource.availability_constraints ?? []),
            { block_period: { start: '2026-03-01T00:00:00+01:00', end: '2026-05-01T00:00:00+02:00' } },
          ],
        }
      : resource,
  )
  return createMockBackend({ ...seed, resources, now: NOW })
}

function EmptyMonthDemo(props: Partial<DayPickerRootProps>) {
  const [backend] = useState(blockedSpringBackend)
  return (
    <MockKit backend={backend} now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <ChosenDayDemo {...props} />
    </MockKit>
  )
}

const meta = {
  title: 'Components/DayPicker',
  component: DayPicker.Root,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The headless month calendar of the days with free times (APG date grid), unstyled, over the in-page ' +
          'mock backend. Fixed now: Monday 23 March 2026, 08:00 in Copenhagen; locale en-GB (weeks start on Monday).',
      },
    },
  },
} satisfies Meta<typeof DayPicker.Root>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Tab enters the grid on today; arrows move by a day or a week, Home/End to
 * the week's ends (crossing into April); Enter chooses. Weekend days are
 * focusable but `aria-disabled` (Astrid does not work then).
 */
export const Default: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <ChosenDayDemo {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: /24 March 2026, free times available$/ })
    await expect(canvas.getByRole('grid', { name: 'March 2026' })).toBeVisible()
    await expect(canvas.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    await userEvent.tab() // Previous month: aria-disabled at today's month, still focusable
    await expect(canvas.getByRole('button', { name: 'Previous month' })).toHaveFocus()
    await userEvent.tab()
    await userEvent.tab()
    await expect(focusedDay()).toBe('2026-03-23')
    await expect(document.activeElement).toHaveAccessibleName(/^Today, .*23 March 2026, free times available$/)
    await userEvent.keyboard('{ArrowRight}')
    await expect(focusedDay()).toBe('2026-03-24')
    await expect(canvas.getByRole('status', { name: 'Chosen day' })).toHaveTextContent('none')
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByRole('status', { name: 'Chosen day' })).toHaveTextContent('2026-03-24')
    await expect(canvas.getByRole('gridcell', { selected: true })).toHaveTextContent('24')
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}')
    await expect(focusedDay()).toBe('2026-03-28')
    await expect(document.activeElement).toHaveAttribute('aria-disabled', 'true')
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByRole('status', { name: 'Chosen day' })).toHaveTextContent('2026-03-24')
    await userEvent.keyboard('{ArrowDown}{Home}')
    await expect(focusedDay()).toBe('2026-03-30')
    await userEvent.keyboard('{End}')
    await expect(focusedDay()).toBe('2026-04-05')
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2 })).toHaveTextContent('April 2026'))
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft} ')
    await expect(canvas.getByRole('status', { name: 'Chosen day' })).toHaveTextContent('2026-04-02')
  },
}

/**
 * The month buttons and PageUp/PageDown: previous is disabled (still
 * focusable) at today's month; the heading is a polite live region.
 */
export const MonthNavigation: Story = {
  render: (args) => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <ChosenDayDemo {...args} />
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: /24 March 2026, free times available$/ })
    const previous = canvas.getByRole('button', { name: 'Previous month' })
    const next = canvas.getByRole('button', { name: 'Next month' })
    await userEvent.tab()
    await expect(previous).toHaveFocus()
    await expect(previous).toHaveAttribute('aria-disabled', 'true')
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByRole('grid', { name: 'March 2026' })).toBeVisible()
    await userEvent.tab()
    await expect(next).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await expect(await canvas.findByRole('grid', { name: 'April 2026' })).toBeVisible()
    await canvas.findByRole('button', { name: /\b1 April 2026, free times available$/ })
    await expect(previous).not.toHaveAttribute('aria-disabled')
    await userEvent.keyboard(' ')
    await expect(await canvas.findByRole('grid', { name: 'May 2026' })).toBeVisible()
    // Into the grid, then PageUp goes back a month on the same day of the month.
    await userEvent.tab()
    const day = focusedDay()!
    await userEvent.keyboard('{PageUp}')
    await expect(await canvas.findByRole('grid', { name: 'April 2026' })).toBeVisible()
    await expect(focusedDay()).toBe(`2026-04-${day.slice(8)}`)
    await userEvent.keyboard('{PageUp}')
    await expect(await canvas.findByRole('grid', { name: 'March 2026' })).toBeVisible()
    await expect(previous).toHaveAttribute('aria-disabled', 'true')
  },
}

/**
 * Inside `<SlotPicker.Root>` the calendar needs no props: it searches what the
 * slot picker searches, and choosing a day moves the slot picker's window there.
 */
export const InsideSlotPicker: Story = {
  render: () => (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale="en-GB">
      <SlotPicker.Root search={COPENHAGEN} days={3}>
        <DayPicker.Root />
        <SlotPicker.WindowLabel />
        <SlotPicker.Days />
      </SlotPicker.Root>
    </MockKit>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: /26 March 2026, free times available$/ })
    await canvas.findByRole('radiogroup', { name: /^Monday,? 23 March 2026$/ })
    await userEvent.tab()
    await userEvent.tab()
    await userEvent.tab()
    await expect(focusedDay()).toBe('2026-03-23')
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{Enter}')
    await expect(await canvas.findByRole('radiogroup', { name: /^Thursday,? 26 March 2026$/ })).toBeVisible()
    await expect(canvas.queryByRole('radiogroup', { name: /^Monday,? 23 March 2026$/ })).toBeNull()
    await expect(canvas.getByRole('gridcell', { selected: true })).toHaveTextContent('26')
  },
}

/**
 * A month without a free day (Astrid's calendar blocks all of March): every
 * day button stays focusable but `aria-disabled`, and the polite status says
 * the month has no free times, so a screen reader hears why nothing can be chosen.
 */
export const EmptyMonth: Story = {
  render: (args) => <EmptyMonthDemo {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const grid = await canvas.findByRole('grid', { name: 'March 2026' })
    const status = canvas.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite' && !el.hasAttribute('aria-label'))!
    await waitFor(() => expect(status).toHaveTextContent('No free times in March 2026.'))
    const days = within(grid).getAllByRole('button')
    await expect(days.length).toBeGreaterThanOrEqual(28)
    for (const day of days) await expect(day).toHaveAttribute('aria-disabled', 'true')
    await expect(within(grid).queryAllByRole('button', { name: /free times available$/ })).toEqual([])
    await expect(canvas.getByRole('button', { name: /^Today, .*23 March 2026, no free times$/ })).toHaveAttribute('aria-disabled', 'true')
    await userEvent.tab()
    await userEvent.tab()
    await userEvent.tab()
    await expect(focusedDay()).toBe('2026-03-23')
    await userEvent.keyboard('{Enter}')
    await expect(canvas.getByRole('status', { name: 'Chosen day' })).toHaveTextContent('none')
  },
}
