import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { Compact } from './Compact'
import { bookAfterTaken, bookWithKeyboard, expectBooked, play, SEARCH, ThemeKit } from './support'

const meta = {
  title: 'Themes/Compact',
  component: Compact,
  args: { search: SEARCH, title: 'Design review', subtitle: 'Astrid Nielsen · 1 hour · video call' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Mobile first, the Calendly layout: a month grid (DayPicker inside the SlotPicker drives its one-day ' +
          'window), the chosen day’s times below it (beside it from 720 px), then the form. CSS Modules through ' +
          'className functions.',
      },
    },
  },
} satisfies Meta<typeof Compact>

export default meta
type Story = StoryObj<typeof meta>

/** Tab into the month grid (on today), ArrowRight, Enter: Tuesday's times; Tab to 09:00, Enter, details, Enter. */
async function chooseTuesday(canvasElement: HTMLElement) {
  const canvas = within(canvasElement)
  const today = await canvas.findByRole('button', { name: /^Today, .*23 March 2026, selected, free times available$/ }, { timeout: 10_000 })
  for (let i = 0; i < 20 && document.activeElement !== today; i++) await userEvent.tab()
  await expect(today).toHaveFocus()
  await userEvent.keyboard('{ArrowRight}{Enter}')
  await waitFor(() => expect(canvas.getByRole('heading', { level: 3 })).toHaveTextContent(/Tuesday,? 24 March 2026/))
}

export const Default: Story = {
  render: (args) => (
    <ThemeKit>
      <Compact {...args} />
    </ThemeKit>
  ),
  play: play(async (canvasElement) => {
    await bookWithKeyboard(canvasElement, { before: chooseTuesday, slot: /Tuesday,? 24 March 2026 at 09:00/ })
    await expectBooked(canvasElement, /Tuesday,? 24 March 2026/)
  }),
}

/** The same at a phone's width (360 px): one column, calendar first. */
export const Mobile: Story = {
  ...Default,
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: { viewport: { options: { mobile1: { name: '360 px', styles: { width: '360px', height: '740px' }, type: 'mobile' } } } },
}

/** Someone else books Monday 09:00 while the form is filled: "Just taken", the nearest hours, the details kept. */
export const JustTaken: Story = {
  render: (args) => (
    <ThemeKit takenDemo>
      <Compact {...args} />
    </ThemeKit>
  ),
  play: play(async (canvasElement) => {
    await bookAfterTaken(canvasElement, { slot: /Monday,? 23 March 2026 at 09:00/ })
    await expectBooked(canvasElement, /10:00/)
  }),
}
