import type { ReactNode } from 'react'
import { BookingFlow, BookingForm, SlotPicker, TimeZoneSelect, type AvailabilitySearch } from '../../src'

export interface TailwindProps {
  search: AvailabilitySearch
  title: string
}

const ring = 'outline-none focus-visible:ring-4 focus-visible:ring-yellow-300 focus-visible:ring-offset-2 focus-visible:ring-offset-black'
const button = `rounded-md border-2 px-4 py-2 font-bold ${ring}`
const primary = `${button} border-yellow-300 bg-yellow-300 text-black hover:bg-yellow-200`
const secondary = `${button} border-white bg-black text-white hover:bg-neutral-800`
const heading = 'm-0 text-2xl font-extrabold tracking-tight outline-none'
const navButton = ({ isDisabled }: { isDisabled: boolean }) =>
  `${button} bg-black ${isDisabled ? 'border-neutral-600 text-neutral-400 cursor-not-allowed' : 'border-white text-white hover:border-yellow-300'}`

function Panel({ children }: { children: ReactNode }) {
  return <div className="flex flex-col gap-4 rounded-xl border-2 border-neutral-600 bg-neutral-950 p-6">{children}</div>
}

/**
 * A high-contrast dark page in Tailwind utilities: every class goes through
 * the parts' `className` (a function of the part's state where it changes),
 * and the submit button is the page's own `<button>` through `asChild`.
 */
export function Tailwind({ search, title }: TailwindProps) {
  return (
    <BookingFlow.Root search={search} className="mx-auto flex max-w-4xl flex-col gap-6 bg-black p-4 font-sans text-base text-white sm:p-8">
      <div className="flex flex-wrap items-end justify-between gap-4 border-b-2 border-yellow-300 pb-4">
        <p className="m-0 text-3xl font-black text-yellow-300">{title}</p>
        <TimeZoneSelect.Root className="relative flex flex-col gap-1">
          <TimeZoneSelect.Label className="text-sm font-bold" />
          <TimeZoneSelect.Input
            className={({ isOpen }) => `w-72 max-w-full rounded-md border-2 bg-black px-3 py-2 text-base text-white ${isOpen ? 'border-yellow-300' : 'border-white'} ${ring}`}
          />
          <TimeZoneSelect.Listbox className="absolute top-full right-0 z-10 mt-1 max-h-64 w-80 overflow-auto rounded-md border-2 border-white bg-black">
            {(zone) => (
              <TimeZoneSelect.Option
                zone={zone}
                className={({ isActive, isSelected }) => `cursor-pointer px-3 py-2 ${isActive ? 'bg-yellow-300 text-black' : ''} ${isSelected ? 'font-bold' : ''}`}
              />
            )}
          </TimeZoneSelect.Listbox>
        </TimeZoneSelect.Root>
      </div>

      <BookingFlow.Step when="choosing">
        <BookingFlow.Slots days={7} className={({ availability }) => `flex flex-col gap-4 ${availability.isPlaceholderData ? 'opacity-60' : ''}`}>
          <div className="flex flex-wrap items-center gap-2">
            <BookingFlow.StepHeading className={`${heading} w-full sm:mr-auto sm:w-auto`} />
            <SlotPicker.PreviousWindow className={navButton}>←</SlotPicker.PreviousWindow>
            <SlotPicker.WindowLabel className="m-0 min-w-36 text-center font-bold" />
            <SlotPicker.NextWindow className={navButton}>→</SlotPicker.NextWindow>
            <SlotPicker.Today className={navButton} />
          </div>
          <SlotPicker.OffsetChangeNotice className="m-0 rounded-md border-2 border-yellow-300 p-3" />
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            <SlotPicker.Days>
              {(day) => (
                <SlotPicker.Day
                  day={day}
                  className={({ isEmpty, isToday }) => (isEmpty ? 'hidden' : `rounded-xl border-2 p-4 ${isToday ? 'border-yellow-300' : 'border-neutral-600'}`)}
                >
                  <SlotPicker.DayHeading className="mt-0 mb-3 text-lg font-bold" />
                  <SlotPicker.Slots className="grid grid-cols-3 gap-2">
                    {(slot) => (
                      <SlotPicker.Slot
                        slot={slot}
                        className={({ isDisabled }) =>
                          `${button} py-3 ${isDisabled ? 'border-neutral-600 text-neutral-400' : 'border-white bg-black text-white hover:bg-yellow-300 hover:text-black'}`
                        }
                      />
                    )}
                  </SlotPicker.Slots>
                </SlotPicker.Day>
              )}
            </SlotPicker.Days>
          </div>
          <SlotPicker.NextAvailable className={primary} />
        </BookingFlow.Slots>
      </BookingFlow.Step>

      <BookingFlow.Step when={['details', 'submitting']}>
        <Panel>
          <BookingFlow.StepHeading className={heading} />
          <BookingFlow.ChosenSlot className="m-0 text-lg text-yellow-300" />
          <BookingFlow.Form className="flex max-w-md flex-col gap-4">
            <BookingForm.Fields>
              {(field) => (
                <BookingForm.Field field={field} className="flex flex-col gap-1">
                  <BookingForm.Label className="font-bold" />
                  {/* Not `asChild` with an <input>: a self-closing part renders nothing with asChild (see the report). */}
                  <BookingForm.Control
                    className={({ isInvalid }) => `rounded-md border-2 bg-black px-3 py-3 text-base text-white ${isInvalid ? 'border-red-400' : 'border-white'} ${ring}`}
                  />
                  <BookingForm.Error className="m-0 font-bold text-red-300" />
                </BookingForm.Field>
              )}
            </BookingForm.Fields>
            <BookingForm.Summary className="font-bold text-red-300 empty:hidden" />
            <div className="flex flex-wrap gap-3">
              <BookingForm.Submit asChild>
                <button className={`${primary} data-pending:opacity-70`}>Book it</button>
              </BookingForm.Submit>
              <BookingFlow.Back className={secondary} />
            </div>
          </BookingFlow.Form>
        </Panel>
      </BookingFlow.Step>

      <BookingFlow.Step when={['confirmed', 'pending']}>
        <Panel>
          <BookingFlow.StepHeading className={`${heading} text-green-300`} />
          <BookingFlow.Result className="m-0 text-lg" />
          <BookingFlow.Restart className={`${secondary} self-start`} />
        </Panel>
      </BookingFlow.Step>

      <BookingFlow.Step when="slotTaken">
        <Panel>
          <BookingFlow.StepHeading className={`${heading} text-red-300`} />
          <BookingFlow.SlotTaken className="m-0 text-lg" />
          <BookingFlow.Alternatives className="m-0 flex list-none flex-wrap gap-2 p-0 [&_button]:bg-black [&_button]:text-white [&_button]:rounded-md [&_button]:border-2 [&_button]:border-white [&_button]:px-4 [&_button]:py-2 [&_button]:font-bold [&_button:focus-visible]:ring-4 [&_button:focus-visible]:ring-yellow-300 [&_button:hover]:bg-yellow-300 [&_button:hover]:text-black" />
          <BookingFlow.Back className={`${secondary} self-start`} />
        </Panel>
      </BookingFlow.Step>

      <BookingFlow.Step when="error">
        <Panel>
          <BookingFlow.StepHeading className={`${heading} text-red-300`} />
          <BookingFlow.Error className="m-0 text-lg" />
          <div className="flex gap-3">
            <BookingFlow.Retry className={primary} />
            <BookingFlow.Back className={secondary} />
          </div>
        </Panel>
      </BookingFlow.Step>
    </BookingFlow.Root>
  )
}
