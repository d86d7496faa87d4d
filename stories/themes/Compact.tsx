import { BookingFlow, BookingForm, DayPicker, SlotPicker, TimeZoneSelect, type AvailabilitySearch } from '../../src'
import styles from './Compact.module.css'

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ')

export interface CompactProps {
  search: AvailabilitySearch
  /** The meeting's name, shown above the calendar. */
  title: string
  /** Who it is with and how long, under the title. */
  subtitle: string
}

function MonthCalendar() {
  return (
    <DayPicker.Root className={styles.calendar}>
      <DayPicker.Header className={styles.monthBar}>
        <DayPicker.MonthHeading className={styles.month} />
        <DayPicker.PreviousMonth className={({ isDisabled }) => cx(styles.monthButton, isDisabled && styles.off)}>
          <span aria-hidden="true">‹</span>
          <span className={styles.sr}>Previous month</span>
        </DayPicker.PreviousMonth>
        <DayPicker.NextMonth className={({ isDisabled }) => cx(styles.monthButton, isDisabled && styles.off)}>
          <span aria-hidden="true">›</span>
          <span className={styles.sr}>Next month</span>
        </DayPicker.NextMonth>
      </DayPicker.Header>
      <DayPicker.Grid className={styles.grid}>
        <DayPicker.GridHeader>
          {(weekday) => <DayPicker.HeaderCell weekday={weekday} className={styles.weekday} />}
        </DayPicker.GridHeader>
        <DayPicker.GridBody>
          {(week) => (
            <DayPicker.Week week={week}>
              {(day) => (
                <DayPicker.Day day={day} className={styles.cell}>
                  {day.isOutsideMonth ? null : (
                    <DayPicker.DayButton
                      className={(d) =>
                        cx(
                          styles.day,
                          !d.isUnavailable && styles.free,
                          d.isSelected && styles.chosen,
                          d.isToday && styles.today,
                          d.isFocusVisible && styles.ring,
                        )
                      }
                    />
                  )}
                </DayPicker.Day>
              )}
            </DayPicker.Week>
          )}
        </DayPicker.GridBody>
      </DayPicker.Grid>
    </DayPicker.Root>
  )
}

/**
 * Mobile first, the Calendly layout: a month of days with free times, the
 * chosen day's times below it (beside it from 720 px), then the form. Styled
 * with CSS Modules through the parts' `className` (functions of their state).
 */
export function Compact({ search, title, subtitle }: CompactProps) {
  return (
    <BookingFlow.Root search={search} className={styles.root}>
      <header className={styles.intro}>
        <p className={styles.title}>{title}</p>
        <p className={styles.subtitle}>{subtitle}</p>
      </header>
      <BookingFlow.Step when="choosing">
        <BookingFlow.StepHeading className={styles.stepHeading} />
        <BookingFlow.Slots days={1} className={styles.picker}>
          <MonthCalendar />
          <div className={styles.times}>
            <SlotPicker.Days>
              {(day) => (
                <SlotPicker.Day day={day} className={styles.dayTimes}>
                  <SlotPicker.DayHeading className={styles.dayHeading} />
                  <SlotPicker.Slots className={styles.slots}>
                    {(slot) => (
                      <SlotPicker.Slot slot={slot} className={(s) => cx(styles.slot, s.isFocusVisible && styles.ring)} />
                    )}
                  </SlotPicker.Slots>
                  <SlotPicker.Empty className={styles.empty} />
                </SlotPicker.Day>
              )}
            </SlotPicker.Days>
            <SlotPicker.NextAvailable className={styles.secondary} />
            <TimeZoneSelect.Root className={styles.zone}>
              <TimeZoneSelect.Label className={styles.zoneLabel} />
              <TimeZoneSelect.Input className={styles.zoneInput} />
              <TimeZoneSelect.Listbox className={styles.zoneList}>
                {(zone) => <TimeZoneSelect.Option zone={zone} className={(o) => cx(styles.zoneOption, o.isActive && styles.zoneActive)} />}
              </TimeZoneSelect.Listbox>
            </TimeZoneSelect.Root>
          </div>
        </BookingFlow.Slots>
      </BookingFlow.Step>

      <BookingFlow.Step when={['details', 'submitting']}>
        <div className={styles.details}>
          <BookingFlow.Back className={styles.back} />
          <BookingFlow.StepHeading className={styles.stepHeading} />
          <BookingFlow.ChosenSlot className={styles.when} />
          <BookingFlow.Form className={styles.form}>
            <BookingForm.Fields>
              {(field) => (
                <BookingForm.Field field={field} className={styles.field}>
                  <BookingForm.Label className={styles.label} />
                  <BookingForm.Control className={(f) => cx(styles.input, f.isInvalid && styles.invalid)} />
                  <BookingForm.Error className={styles.error} />
                </BookingForm.Field>
              )}
            </BookingForm.Fields>
            <BookingForm.Summary className={styles.error} />
            <BookingForm.Submit className={(s) => cx(styles.primary, s.isSubmitting && styles.busy)}>
              {(s) => (s.isSubmitting ? 'Scheduling…' : 'Schedule event')}
            </BookingForm.Submit>
          </BookingFlow.Form>
        </div>
      </BookingFlow.Step>

      <BookingFlow.Step when={['confirmed', 'pending', 'slotTaken', 'error']}>
        <div className={styles.details}>
          <BookingFlow.StepHeading className={styles.stepHeading} />
          <BookingFlow.Step when={['confirmed', 'pending']}>
            <BookingFlow.Result className={styles.result} />
            <BookingFlow.Restart className={styles.secondary} />
          </BookingFlow.Step>
          <BookingFlow.Step when="slotTaken">
            <BookingFlow.SlotTaken className={styles.alert} />
            {/* Its buttons take no className: AlternativeState has neither the visible time nor a command to choose. */}
            <BookingFlow.Alternatives className={styles.alternatives} />
            <BookingFlow.Back className={styles.secondary} />
          </BookingFlow.Step>
          <BookingFlow.Step when="error">
            <BookingFlow.Error className={styles.alert} />
            <BookingFlow.Retry className={styles.primary} />
            <BookingFlow.Back className={styles.secondary} />
          </BookingFlow.Step>
        </div>
      </BookingFlow.Step>
    </BookingFlow.Root>
  )
}
