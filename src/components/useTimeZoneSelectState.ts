'use client'
import { useContext, useMemo, useState, useSyncExternalStore } from 'react'
import { useBookingKit } from '../query/BookingKitContext.js'
import { useNow } from '../query/useNow.js'
import { subscribeNever } from '../react/subscribeNever.js'
import { useControllableState } from '../react/useControllableState.js'
import { canonicalTimeZone } from '../time/canonicalTimeZone.js'
import { dayRange } from '../time/dayRange.js'
import { parseInstant } from '../time/internal/parseInstant.js'
import { cityOf, listTimeZones, type TimeZoneInfo } from '../time/listTimeZones.js'
import { searchTimeZones } from '../time/searchTimeZones.js'
import { PickerContext } from './slotPickerContext.js'
import { defaultTimeZoneSelectMessages, type TimeZoneSelectMessages } from './timeZoneSelectMessages.js'

/** Options of {@link useTimeZoneSelectState}. */
export interface UseTimeZoneSelectStateOptions {
  /**
   * The chosen zone, controlled. Choosing then calls only `onValueChange`: the provider's
   * zone is left alone (a form that picks a zone for something else than the display).
   */
  value?: string
  /**
   * The first zone shown, uncontrolled, when it should differ from the provider's; choosing
   * still sets the provider's zone.
   * @default the provider's zone (`useBookingKit().timeZone`), followed as it changes
   */
  defaultValue?: string
  /** Called with the chosen zone's current IANA name, controlled or not. */
  onValueChange?: (timeZone: string) => void
  /**
   * Offer only these zones (aliases accepted); the list keeps its order by offset.
   * @default every zone the browser knows
   */
  timeZones?: readonly string[]
  /**
   * The instant whose offsets and names the options show (RFC 3339).
   * @default the first shown day's start inside a `SlotPicker.Root`, else now (to the quarter hour)
   */
  at?: string
  /** Zones to show but refuse (`aria-disabled`). */
  isZoneDisabled?: (zone: TimeZoneInfo) => boolean
  /** The whole control is disabled. @default false */
  disabled?: boolean
  /** At most this many options are rendered; the announcement counts every match. @default 500 */
  limit?: number
  /** Strings to replace, English by default. */
  messages?: Partial<TimeZoneSelectMessages>
}

/** Where the active option (visual focus) came from: `data-focus-visible` only for the keyboard. */
export type TimeZoneSelectActiveSource = 'keyboard' | 'pointer' | 'typing'

/** Which option becomes active when the list opens. */
export type TimeZoneSelectOpenFocus = 'selected' | 'first' | 'last' | 'none'

/** What {@link useTimeZoneSelectState} returns: read-only state and commands, no DOM. */
export interface TimeZoneSelectState {
  /** The chosen zone's current IANA name (aliases canonicalised). */
  value: string
  /** The chosen zone's label (`Copenhagen`), from its id only, so server and browser agree. */
  valueLabel: string
  /** The chosen zone with its offset at `at`, once the list is built in the browser. */
  selectedZone: TimeZoneInfo | undefined
  locale: string
  /** The instant the offsets are shown at; undefined while hydrating without a clock. */
  at: string | undefined
  /** False on the server and in the hydration render. */
  isMounted: boolean
  /** The list is built: in the browser, from the first focus or opening on. */
  isListReady: boolean
  /** Every zone offered, at `at`; empty until the list is built. */
  zones: readonly TimeZoneInfo[]
  /** The zones matching the typed text, at most `limit`. */
  options: readonly TimeZoneInfo[]
  /** How many zones match the typed text (options may be capped). */
  matchCount: number
  /** The text typed since the last choice, or null (the input shows `valueLabel`). */
  query: string | null
  /** The input's text. */
  inputValue: string
  isOpen: boolean
  isDisabled: boolean
  /** Open, built, and nothing matches. */
  isEmpty: boolean
  /** The option with visual focus (`aria-activedescendant`), or null. */
  activeId: string | null
  activeSource: TimeZoneSelectActiveSource
  /** The polite announcement of the moment (`12 zones found`), or ''. */
  announcement: string
  messages: TimeZoneSelectMessages
  isZoneDisabled(zone: TimeZoneInfo): boolean
  isSelected(zone: TimeZoneInfo): boolean
  /** Build the list now (the input calls it on focus, so typing finds it ready). */
  prepare(): void
  /**
   * Open the list with this option active (`'selected'`: the chosen zone, else the
   * `fallback` end). Ignored when disabled.
   */
  open(focus?: TimeZoneSelectOpenFocus, fallback?: 'first' | 'last', source?: TimeZoneSelectActiveSource): void
  /** Close the list; the typed text stays. */
  close(): void
  /** Open (on the chosen zone) or close; `source` is who asked (a trigger click: `'pointer'`). */
  toggle(source?: TimeZoneSelectActiveSource): void
  /** The customer typed: filter, open, and make the best match active. */
  setInputValue(text: string): void
  /** Forget the typed text: the input shows the chosen zone's label again. */
  clearInput(): void
  /** Move the active option by one enabled option, wrapping; opens the list first if closed. */
  moveActive(step: 1 | -1, source?: TimeZoneSelectActiveSource): void
  setActive(id: string | null, source: TimeZoneSelectActiveSource): void
  /** Choose a zone (any alias): closes the list, sets the provider's zone unless controlled. Sends no request. */
  select(timeZone: string): void
  /** Choose the active option; false when there is none. */
  selectActive(): boolean
}

const EMPTY: readonly TimeZoneInfo[] = []
const QUARTER_HOUR = 15 * 60_000

interface Active {
  id: string | null
  intent: TimeZoneSelectOpenFocus
  /** Where `'selected'` lands when the chosen zone is not in the list. */
  fallback: 'first' | 'last'
  source: TimeZoneSelectActiveSource
}
/** An active option set by id (or none), not by what opening the list lands on. */
const activeById = (id: string | null, source: TimeZoneSelectActiveSource): Active => ({ id, intent: 'none', fallback: 'first', source })
const NO_ACTIVE = activeById(null, 'keyboard')

/**
 * The state of a time zone select with no DOM: the chosen zone, the typed text, the
 * matching zones with their offsets at the shown instant, the active option and the
 * commands. The list is built only in the browser after mount (and first focus), so a
 * server whose tz data differs from the browser's renders nothing that could mismatch.
 */
export function useTimeZoneSelectState(options: UseTimeZoneSelectStateOptions = {}): TimeZoneSelectState {
  const { timeZone: kitZone, setTimeZone, locale } = useBookingKit()
  const picker = useContext(PickerContext)
  const now = useNow()
  const messages = useMemo(() => ({ ...defaultTimeZoneSelectMessages, ...options.messages }), [options.messages])
  const isDisabled = options.disabled ?? false
  const limit = options.limit ?? 500

  const isControlled = options.value !== undefined
  const [own, setOwn] = useControllableState<string | null>({
    prop: options.value,
    defaultProp: options.defaultValue ?? null,
    caller: 'TimeZoneSelect',
  })
  const rawValue = own ?? kitZone
  const value = useMemo(() => canonicalTimeZone(rawValue), [rawValue])

  const allowedKey = options.timeZones?.join('\n')
  const allowed = useMemo(
    () => (allowedKey === undefined ? undefined : new Set(allowedKey === '' ? [] : allowedKey.split('\n').map(canonicalTimeZone))),
    [allowedKey],
  )

  if (options.at !== undefined) parseInstant(options.at)
  const firstDay = picker?.state.days[0]?.dayKey
  const pickerZone = picker?.state.timeZone
  const pickerAt = picker
    ? firstDay && pickerZone
      ? dayRange(firstDay, pickerZone).start
      : picker.state.availability.window?.from
    : undefined
  // Offsets change only at transitions, so the list is rebuilt every quarter hour rather
  // than with every minute tick of the clock (a rebuild formats ~420 zones).
  const nowAt = now === undefined ? undefined : new Date(Math.floor(now / QUARTER_HOUR) * QUARTER_HOUR).toISOString()
  const at = options.at ?? pickerAt ?? nowAt

  // False on the server and while hydrating: only then may tz data reach the markup.
  const isMounted = useSyncExternalStore(subscribeNever, () => true, () => false)
  const [isPrepared, setPrepared] = useState(false)
  const isListReady = isMounted && isPrepared && at !== undefined
  const everyZone = useMemo(() => (isListReady ? listTimeZones({ at, locale }) : EMPTY), [isListReady, at, locale])
  const zones = useMemo(() => (allowed ? everyZone.filter((zone) => allowed.has(zone.id)) : everyZone), [everyZone, allowed])

  const [query, setQuery] = useState<string | null>(null)
  const [isOpenState, setOpen] = useState(false)
  const [active, setActiveState] = useState<Active>(NO_ACTIVE)
  const isOpen = isOpenState && !isDisabled

  const matches = useMemo(() => searchTimeZones(query ?? '', { zones }), [zones, query])
  const shown = useMemo(() => (matches.length > limit ? matches.slice(0, limit) : matches), [matches, limit])

  const isZoneDisabled = (zone: TimeZoneInfo) => options.isZoneDisabled?.(zone) ?? false
  const enabled = shown.filter((zone) => !isZoneDisabled(zone))
  const resolveActive = (): string | null => {
    if (!isOpen) return null
    if (active.id !== null && enabled.some((zone) => zone.id === active.id)) return active.id
    const fallback = active.intent === 'last' || (active.intent === 'selected' && active.fallback === 'last') ? enabled.at(-1) : enabled[0]
    if (active.intent === 'selected') return (enabled.find((zone) => zone.id === value) ?? fallback)?.id ?? null
    if (active.intent === 'first' || active.intent === 'last') return fallback?.id ?? null
    return null
  }
  const activeId = resolveActive()

  const isEmpty = isOpen && isListReady && shown.length === 0
  const announcement = isOpen && isListReady ? messages.results({ count: matches.length }) : ''

  const open = (
    focus: TimeZoneSelectOpenFocus = 'selected',
    fallback: 'first' | 'last' = 'first',
    source: TimeZoneSelectActiveSource = 'keyboard',
  ) => {
    if (isDisabled) return
    setPrepared(true)
    setOpen(true)
    setActiveState({ id: null, intent: focus, fallback, source })
  }
  const close = () => {
    setOpen(false)
    setActiveState(NO_ACTIVE)
  }
  const moveActive = (step: 1 | -1, source: TimeZoneSelectActiveSource = 'keyboard') => {
    if (isDisabled) return
    if (!isOpen) {
      // APG: Down opens on the chosen option or the first, Up on the chosen or the last.
      open('selected', step === 1 ? 'first' : 'last')
      return
    }
    if (enabled.length === 0) return
    const index = activeId === null ? -1 : enabled.findIndex((zone) => zone.id === activeId)
    const next = index === -1 ? (step === 1 ? 0 : enabled.length - 1) : (index + step + enabled.length) % enabled.length
    setActiveState(activeById(enabled[next]!.id, source))
  }
  const select = (timeZone: string) => {
    if (isDisabled) return
    const next = canonicalTimeZone(timeZone)
    setOpen(false)
    setQuery(null)
    setActiveState(NO_ACTIVE)
    if (next === value) return
    if (!isControlled) {
      // The provider's zone is a render concern: labels re-render, nothing is refetched.
      setTimeZone(next)
      if (own !== null) setOwn(next)
    }
    options.onValueChange?.(next)
  }

  const valueLabel = messages.valueLabel({ id: value, city: cityOf(value) })

  return {
    value,
    valueLabel,
    // From every zone: a chosen zone outside `timeZones` still has an offset to show.
    selectedZone: everyZone.find((zone) => zone.id === value),
    locale,
    at,
    isMounted,
    isListReady,
    zones,
    options: shown,
    matchCount: matches.length,
    query,
    inputValue: query ?? valueLabel,
    isOpen,
    isDisabled,
    isEmpty,
    activeId,
    activeSource: active.source,
    announcement,
    messages,
    isZoneDisabled,
    isSelected: (zone) => zone.id === value,
    prepare: () => setPrepared(true),
    open,
    close,
    toggle: (source = 'keyboard') => (isOpen ? close() : open('selected', 'first', source)),
    setInputValue: (text) => {
      if (isDisabled) return
      setPrepared(true)
      setQuery(text)
      setOpen(true)
      // List autocomplete with automatic selection: the best match is active, so Enter takes it.
      setActiveState({ id: null, intent: text.trim() === '' ? 'none' : 'first', fallback: 'first', source: 'typing' })
    },
    clearInput: () => setQuery(null),
    moveActive,
    setActive: (id, source) => setActiveState(activeById(id, source)),
    select,
    selectActive: () => {
      if (activeId === null) return false
      select(activeId)
      return true
    },
  }
}
