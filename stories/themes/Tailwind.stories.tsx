import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { Tailwind } from './Tailwind'
import { bookAfterTaken, bookWithKeyboard, expectBooked, play, SEARCH, ThemeKit } from './support'
// This story's own stylesheet: Tailwind utilities for Tailwind.tsx, no Preflight.
import './tailwind.css'

const meta = {
  title: 'Themes/Tailwind',
  component: Tailwind,
  args: { search: SEARCH, title: 'Book a design review' },
  parameters: {
    layout: 'fullscreen',
    backgrounds: { default: 'dark', values: [{ name: 'dark', value: '#000' }] },
    docs: {
      description: {
        component:
          "A high-contrast dark page in Tailwind CSS utilities, through the parts' className functions and asChild " +
          'on the page’s own inputs. Tailwind is a dev dependency of the stories only.',
      },
    },
  },
  decorators: [(Story) => <div style={{ background: '#000', minHeight: '100vh' }}>{Story()}</div>],
} satisfies Meta<typeof Tailwind>

export default meta
type Story = StoryObj<typeof meta>

const FIRST = { slot: /Monday,? 23 March 2026 at 09:00/ }

/** Tab to Monday 09:00, Enter, type the details, Enter: booked. */
export const Default: Story = {
  render: (args) => (
    <ThemeKit>
      <Tailwind {...args} />
    </ThemeKit>
  ),
  play: play(async (canvasElement) => {
    // Tailwind's utilities reached the page (axe then checks the dark theme's contrast, not unstyled HTML).
    await expect(getComputedStyle(canvasElement.querySelector('[data-step]')!).backgroundColor).toBe('rgb(0, 0, 0)')
    await bookWithKeyboard(canvasElement, FIRST)
    await expectBooked(canvasElement, /09:00/)
  }),
}

/** Someone else books Monday 09:00 while the form is filled: "Just taken", the nearest hours, the details kept. */
export const JustTaken: Story = {
  render: (args) => (
    <ThemeKit takenDemo>
      <Tailwind {...args} />
    </ThemeKit>
  ),
  play: play(async (canvasElement) => {
    await bookAfterTaken(canvasElement, FIRST)
    await expectBooked(canvasElement, /10:00/)
  }),
}
