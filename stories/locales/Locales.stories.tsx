import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { SlotPicker, type AvailabilitySearch } from '../../src'
import { DEMO_IDS } from '../../src/mock'
import { MockKit } from '../support/MockKit'

// Monday 23 March 2026, 08:00 in Copenhagen: Astrid works 9–17 on weekdays.
const NOW = '2026-03-23T07:00:00Z'
const COPENHAGEN: AvailabilitySearch = { mode: 'roundrobin_random', resources: [DEMO_IDS.copenhagen], length: '1 hour' }

function LocalePicker({ locale }: { locale: string }) {
  return (
    <MockKit now={NOW} timeZone="Europe/Copenhagen" locale={locale}>
      <SlotPicker.Root search={COPENHAGEN} days={2}>
        <SlotPicker.PreviousWindow /> <SlotPicker.WindowLabel /> <SlotPicker.NextWindow />
        <SlotPicker.Days />
      </SlotPicker.Root>
    </MockKit>
  )
}

const meta = {
  title: 'Locales',
  component: SlotPicker.Root,
  parameters: {
    docs: {
      description: {
        component:
          'The same slots of Astrid in Copenhagen (Monday 23 March 2026, 09:00–17:00) in six locales: the ' +
          'locale chooses the digits, the hour cycle, the day names and the direction (`dir` on the root). ' +
          'The kit’s own strings stay in English unless `messages` are given.',
      },
    },
  },
  args: { search: COPENHAGEN },
} satisfies Meta<typeof SlotPicker.Root>

export default meta
type Story = StoryObj<typeof meta>

/** Intl's narrow and thin spaces, and the bidi marks, as nothing special. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/[\u200e\u200f\u061c]/g, '')

/** The picker's root (it carries `dir`), Monday's group and its times as shown. */
async function monday(canvasElement: HTMLElement, name: string | RegExp) {
  const group = await within(canvasElement).findByRole('radiogroup', { name }, { timeout: 5000 })
  const radios = within(group).getAllByRole('radio')
  return { group, radios, times: radios.map((r) => plain(r.textContent)), root: canvasElement.querySelector<HTMLElement>('[dir]')! }
}

/** en-US: 12-hour clock with AM/PM, month-first day names, left to right. */
export const EnUs12h: Story = {
  render: () => <LocalePicker locale="en-US" />,
  play: async ({ canvasElement }) => {
    const { times, root } = await monday(canvasElement, 'Monday, March 23, 2026')
    await expect(times).toEqual(['9:00 AM', '10:00 AM', '11:00 AM', '12:00 PM', '1:00 PM', '2:00 PM', '3:00 PM', '4:00 PM'])
    await expect(root).toHaveAttribute('dir', 'ltr')
  },
}

/** en-GB: 24-hour clock with a leading zero, day-first names. */
export const EnGb24h: Story = {
  render: () => <LocalePicker locale="en-GB" />,
  play: async ({ canvasElement }) => {
    const { times, root } = await monday(canvasElement, /^Monday,? 23 March 2026$/)
    await expect(times).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    await expect(root).toHaveAttribute('dir', 'ltr')
  },
}

/** de-DE: 24-hour clock, German day and month names. */
export const DeDe: Story = {
  render: () => <LocalePicker locale="de-DE" />,
  play: async ({ canvasElement }) => {
    const { times, radios, root } = await monday(canvasElement, 'Montag, 23. März 2026')
    await expect(times).toEqual(['09:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    await expect(radios[0]).toHaveAccessibleName(/^09:00, Montag, 23\. März 2026 .*Mitteleuropäische Normalzeit/)
    await expect(root).toHaveAttribute('dir', 'ltr')
  },
}

/** ja-JP: 24-hour clock without a leading zero, the year-month-day order with 年月日. */
export const JaJp: Story = {
  render: () => <LocalePicker locale="ja-JP" />,
  play: async ({ canvasElement }) => {
    const { times, root } = await monday(canvasElement, '2026年3月23日月曜日')
    await expect(times).toEqual(['9:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    await expect(root).toHaveAttribute('dir', 'ltr')
  },
}

/** ar-EG: Arabic-Indic digits, ص/م for AM/PM, right to left; arrows follow the reading direction. */
export const ArEgRtl: Story = {
  render: () => <LocalePicker locale="ar-EG" />,
  play: async ({ canvasElement }) => {
    const { times, radios, root } = await monday(canvasElement, /^الاثنين، ٢٣ مارس ٢٠٢٦$/)
    await expect(root).toHaveAttribute('dir', 'rtl')
    await expect(times[0]).toBe('٩:٠٠ ص')
    await expect(times[4]).toBe('١:٠٠ م')
    // Arabic-Indic digits only: no Latin digit anywhere in a time.
    for (const time of times) await expect(time).toMatch(/^[٠-٩]{1,2}:[٠-٩]{2} [صم]$/)
    // Left is forward in right-to-left text, Right is back.
    radios[0]!.focus()
    await userEvent.keyboard('{ArrowLeft}')
    await expect(radios[1]).toHaveAttribute('aria-checked', 'true')
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowRight}')
    await expect(radios[2]).toHaveFocus()
    await expect(radios[2]).toHaveAttribute('aria-checked', 'true')
  },
}

/** he-IL: right to left with Latin digits and a 24-hour clock. */
export const HeIlRtl: Story = {
  render: () => <LocalePicker locale="he-IL" />,
  play: async ({ canvasElement }) => {
    const { times, root } = await monday(canvasElement, /^יום שני, 23 במרץ 2026$/)
    await expect(root).toHaveAttribute('dir', 'rtl')
    await expect(times).toEqual(['9:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00'])
    const radios = within(canvasElement).getAllByRole('radio')
    radios[0]!.focus()
    await userEvent.keyboard('{ArrowLeft}')
    await expect(radios[1]).toHaveAttribute('aria-checked', 'true')
  },
}
