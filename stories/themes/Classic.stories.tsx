import type { Meta, StoryObj } from '@storybook/react-vite'
import { Classic } from './Classic'
import { bookAfterTaken, bookWithKeyboard, expectBooked, play, SEARCH, ThemeKit } from './support'

const meta = {
  title: 'Themes/Classic',
  component: Classic,
  args: { search: SEARCH, name: 'Astrid Nielsen' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          "booking-js's look rebuilt on the headless parts: a week time grid, a booking page that slides in, the " +
          "time zone helper in the footer. Plain CSS (classic.css) on the parts' data-* attributes.",
      },
    },
  },
} satisfies Meta<typeof Classic>

export default meta
type Story = StoryObj<typeof meta>

const FIRST = { slot: /Monday,? 23 March 2026 at 09:00/ }

/** Tab to Monday 09:00, Enter, type the details, Enter: booked. */
export const Default: Story = {
  render: (args) => (
    <ThemeKit>
      <Classic {...args} />
    </ThemeKit>
  ),
  play: play(async (canvasElement) => {
    await bookWithKeyboard(canvasElement, FIRST)
    await expectBooked(canvasElement, /09:00/)
  }),
}

/** Someone else books Monday 09:00 while the form is filled: "Just taken", the nearest hours, the details kept. */
export const JustTaken: Story = {
  render: (args) => (
    <ThemeKit takenDemo>
      <Classic {...args} />
    </ThemeKit>
  ),
  play: play(async (canvasElement) => {
    await bookAfterTaken(canvasElement, FIRST)
    await expectBooked(canvasElement, /10:00/)
  }),
}
