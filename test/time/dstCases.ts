// The DST changes the table tests cover. Each fact here is also checked against Intl
// (read from Intl) in offsetChanges.test.ts, so a tzdata update that moves a date
// fails loudly instead of silently testing nothing.

export interface DstCase {
  name: string
  timeZone: string
  /** The wall-clock day that is 23 h (gap) or 25 h (overlap) long. */
  dayKey: string
  kind: 'gap' | 'overlap'
  /** First instant with the new offset. */
  at: string
  offsetBefore: string
  offsetAfter: string
  /** Length of `dayKey` in hours. */
  dayHours: number
  /** A wall time (on `wallDayKey`) that is skipped or repeated, and what each disambiguation gives. */
  wallDayKey: string
  wallTime: string
  earlier: string
  later: string
}

export const DST_CASES: DstCase[] = [
  {
    name: 'New York spring forward',
    timeZone: 'America/New_York', dayKey: '2026-03-08', kind: 'gap', at: '2026-03-08T07:00:00.000Z',
    offsetBefore: '-05:00', offsetAfter: '-04:00', dayHours: 23,
    wallDayKey: '2026-03-08', wallTime: '02:30', earlier: '2026-03-08T06:30:00.000Z', later: '2026-03-08T07:30:00.000Z',
  },
  {
    name: 'New York fall back',
    timeZone: 'America/New_York', dayKey: '2026-11-01', kind: 'overlap', at: '2026-11-01T06:00:00.000Z',
    offsetBefore: '-04:00', offsetAfter: '-05:00', dayHours: 25,
    wallDayKey: '2026-11-01', wallTime: '01:30', earlier: '2026-11-01T05:30:00.000Z', later: '2026-11-01T06:30:00.000Z',
  },
  {
    name: 'Copenhagen spring forward',
    timeZone: 'Europe/Copenhagen', dayKey: '2026-03-29', kind: 'gap', at: '2026-03-29T01:00:00.000Z',
    offsetBefore: '+01:00', offsetAfter: '+02:00', dayHours: 23,
    wallDayKey: '2026-03-29', wallTime: '02:30', earlier: '2026-03-29T00:30:00.000Z', later: '2026-03-29T01:30:00.000Z',
  },
  {
    name: 'Copenhagen fall back',
    timeZone: 'Europe/Copenhagen', dayKey: '2026-10-25', kind: 'overlap', at: '2026-10-25T01:00:00.000Z',
    offsetBefore: '+02:00', offsetAfter: '+01:00', dayHours: 25,
    wallDayKey: '2026-10-25', wallTime: '02:30', earlier: '2026-10-25T00:30:00.000Z', later: '2026-10-25T01:30:00.000Z',
  },
  {
    name: 'Sydney fall back (southern autumn)',
    timeZone: 'Australia/Sydney', dayKey: '2026-04-05', kind: 'overlap', at: '2026-04-04T16:00:00.000Z',
    offsetBefore: '+11:00', offsetAfter: '+10:00', dayHours: 25,
    wallDayKey: '2026-04-05', wallTime: '02:30', earlier: '2026-04-04T15:30:00.000Z', later: '2026-04-04T16:30:00.000Z',
  },
  {
    name: 'Sydney spring forward (southern spring)',
    timeZone: 'Australia/Sydney', dayKey: '2026-10-04', kind: 'gap', at: '2026-10-03T16:00:00.000Z',
    offsetBefore: '+10:00', offsetAfter: '+11:00', dayHours: 23,
    wallDayKey: '2026-10-04', wallTime: '02:30', earlier: '2026-10-03T15:30:00.000Z', later: '2026-10-03T16:30:00.000Z',
  },
  {
    // Clocks go from 24:00 back to 23:00: the repeated hour is the end of 4 April.
    name: 'Santiago fall back at midnight',
    timeZone: 'America/Santiago', dayKey: '2026-04-04', kind: 'overlap', at: '2026-04-05T03:00:00.000Z',
    offsetBefore: '-03:00', offsetAfter: '-04:00', dayHours: 25,
    wallDayKey: '2026-04-04', wallTime: '23:30', earlier: '2026-04-05T02:30:00.000Z', later: '2026-04-05T03:30:00.000Z',
  },
  {
    // Midnight does not exist: 6 September starts at 01:00.
    name: 'Santiago spring forward at midnight',
    timeZone: 'America/Santiago', dayKey: '2026-09-06', kind: 'gap', at: '2026-09-06T04:00:00.000Z',
    offsetBefore: '-04:00', offsetAfter: '-03:00', dayHours: 23,
    wallDayKey: '2026-09-06', wallTime: '00:30', earlier: '2026-09-06T03:30:00.000Z', later: '2026-09-06T04:30:00.000Z',
  },
  {
    // Paraguay moved to permanent -03 in October 2024 (tzdata 2024b), so Node 20's data
    // has no DST in Asunción in 2025 or 2026; 2024 is the last year with midnight changes.
    name: 'Asunción fall back at midnight (2024)',
    timeZone: 'America/Asuncion', dayKey: '2024-03-23', kind: 'overlap', at: '2024-03-24T03:00:00.000Z',
    offsetBefore: '-03:00', offsetAfter: '-04:00', dayHours: 25,
    wallDayKey: '2024-03-23', wallTime: '23:30', earlier: '2024-03-24T02:30:00.000Z', later: '2024-03-24T03:30:00.000Z',
  },
  {
    name: 'Asunción spring forward at midnight (2024)',
    timeZone: 'America/Asuncion', dayKey: '2024-10-06', kind: 'gap', at: '2024-10-06T04:00:00.000Z',
    offsetBefore: '-04:00', offsetAfter: '-03:00', dayHours: 23,
    wallDayKey: '2024-10-06', wallTime: '00:30', earlier: '2024-10-06T03:30:00.000Z', later: '2024-10-06T04:30:00.000Z',
  },
  {
    // Lord Howe Island moves its clocks by 30 minutes.
    name: 'Lord Howe fall back by 30 minutes',
    timeZone: 'Australia/Lord_Howe', dayKey: '2026-04-05', kind: 'overlap', at: '2026-04-04T15:00:00.000Z',
    offsetBefore: '+11:00', offsetAfter: '+10:30', dayHours: 24.5,
    wallDayKey: '2026-04-05', wallTime: '01:45', earlier: '2026-04-04T14:45:00.000Z', later: '2026-04-04T15:15:00.000Z',
  },
  {
    name: 'Lord Howe spring forward by 30 minutes',
    timeZone: 'Australia/Lord_Howe', dayKey: '2026-10-04', kind: 'gap', at: '2026-10-03T15:30:00.000Z',
    offsetBefore: '+10:30', offsetAfter: '+11:00', dayHours: 23.5,
    wallDayKey: '2026-10-04', wallTime: '02:15', earlier: '2026-10-03T15:15:00.000Z', later: '2026-10-03T15:45:00.000Z',
  },
]
