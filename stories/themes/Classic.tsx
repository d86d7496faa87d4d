import { BookingFlow, BookingForm, SlotPicker, TimeZoneSelect, useBookingKit, type AvailabilitySearch, type SlotPickerDay } from '../../src'
import './classic.css'

export interface ClassicProps {
  search: AvailabilitySearch
  /** Shown top left, as booking-js's `name`. */
  name: string
}

/** `Mon 23/3`: a column head is narrower than the day's full label. */
function ColumnHead({ day }: { day: SlotPickerDay }) {
  const { locale } = useBookingKit()
  const noon = new Date(`${day.dayKey}T12:00:00Z`)
  const weekday = noon.toLocaleDateString(locale, { weekday: 'short', timeZone: 'UTC' })
  const date = noon.toLocaleDateString(locale, { day: 'numeric', month: 'numeric', timeZone: 'UTC' })
  return (
    <SlotPicker.DayHeading>
      <span aria-hidden="true">
        {weekday} <b>{date}</b>
      </span>
      <span className="bookingjs-sr">{day.label}</span>
    </SlotPicker.DayHeading>
  )
}

/**
 * The booking-js look: a card with a week time grid of slot buttons, a booking
 * page that slides in over it, and the time zone helper in the footer. Styled
 * by plain CSS on the parts' `data-*` attributes (classic.css); the only
 * classes are the card's regions.
 */
export function Classic({ search, name }: ClassicProps) {
  return (
    <BookingFlow.Root search={search} className="bookingjs">
      <p className="bookingjs-displayname">{name}</p>
      <BookingFlow.Step when="choosing">
        <BookingFlow.Slots days={7}>
          <div className="bookingjs-toolbar">
            <BookingFlow.StepHeading />
            <SlotPicker.PreviousWindow>
              <span aria-hidden="true">‹</span>
              <span className="bookingjs-sr">Previous week</span>
            </SlotPicker.PreviousWindow>
            <SlotPicker.WindowLabel />
            <SlotPicker.NextWindow>
              <span aria-hidden="true">›</span>
              <span className="bookingjs-sr">Next week</span>
            </SlotPicker.NextWindow>
            <SlotPicker.Today />
          </div>
          <SlotPicker.OffsetChangeNotice />
          <div className="bookingjs-week">
            <SlotPicker.Days>
              {(day) => (
                <SlotPicker.Day day={day}>
                  <ColumnHead day={day} />
                  <SlotPicker.Slots />
                  <SlotPicker.Empty>–</SlotPicker.Empty>
                </SlotPicker.Day>
              )}
            </SlotPicker.Days>
          </div>
          <SlotPicker.NextAvailable />
        </BookingFlow.Slots>
      </BookingFlow.Step>

      <BookingFlow.Step when={['details', 'submitting']}>
        <section className="bookingjs-bookpage">
          <BookingFlow.Back className="bookingjs-close">
            <span aria-hidden="true">×</span>
            <span className="bookingjs-sr">Close, back to all times</span>
          </BookingFlow.Back>
          <BookingFlow.StepHeading>{(s) => s.time?.day}</BookingFlow.StepHeading>
          <BookingFlow.ChosenSlot>{(s) => [s.time?.time, s.time?.timeZoneName, ...(s.time?.resources ?? [])].join(' · ')}</BookingFlow.ChosenSlot>
          <BookingFlow.Form className="bookingjs-form">
            <div className="bookingjs-form-box">
              <BookingForm.Fields />
            </div>
            <BookingForm.Summary />
            <BookingForm.Submit>{(s) => (s.isSubmitting ? 'Booking…' : 'Book it')}</BookingForm.Submit>
          </BookingFlow.Form>
        </section>
      </BookingFlow.Step>

      <BookingFlow.Step when={['confirmed', 'pending']}>
        <section className="bookingjs-bookpage">
          <BookingFlow.StepHeading>{(s) => (s.step === 'pending' ? 'Request sent' : 'Thanks!')}</BookingFlow.StepHeading>
          <BookingFlow.Result />
          <BookingFlow.Restart />
        </section>
      </BookingFlow.Step>

      <BookingFlow.Step when="slotTaken">
        <section className="bookingjs-bookpage">
          <BookingFlow.StepHeading />
          <BookingFlow.SlotTaken />
          <BookingFlow.Alternatives />
          <BookingFlow.Back />
        </section>
      </BookingFlow.Step>

      <BookingFlow.Step when="error">
        <section className="bookingjs-bookpage">
          <BookingFlow.StepHeading />
          <BookingFlow.Error />
          <BookingFlow.Retry />
          <BookingFlow.Back />
        </section>
      </BookingFlow.Step>

      <div className="bookingjs-footer">
        <TimeZoneSelect.Root />
        <span>Powered by react-booking-kit</span>
      </div>
    </BookingFlow.Root>
  )
}
