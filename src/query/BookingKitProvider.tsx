'use client'
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import {
  useContext,
  useEffect,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import { createBookingClient, type BookingClient, type BookingClientConfig } from '../client/index.js'
import { detectTimeZone } from '../time/detectTimeZone.js'
import { InvalidTimeZoneError } from '../time/errors.js'
import { isValidTimeZone } from '../time/isValidTimeZone.js'
import { subscribeNever } from '../react/subscribeNever.js'
import { useControllableState } from '../react/useControllableState.js'
import { BookingKitContext, type BookingKitContextValue } from './BookingKitContext.js'
import { epochMs, floorToMinute } from './internal/clockStore.js'
import { NowContext } from './internal/NowContext.js'
import { cookieValue, TIME_ZONE_COOKIE, timeZoneCookie } from './serverHints.js'

/** Props of {@link BookingKitProvider}: a client, or the client's config. */
export interface BookingKitProviderProps extends Partial<BookingClientConfig> {
  /** A ready client. When omitted, one is made from `baseUrl`, `appKey`, `headers`, `fetch`, `timeoutMs`. */
  client?: BookingClient
  /**
   * The customer's zone, controlled. Give a fixed zone when rendering on the
   * server so server and browser render the same labels.
   */
  timeZone?: string
  /**
   * The customer's starting zone, uncontrolled.
   * @default the browser's zone (`detectTimeZone()`), read after hydration; `UTC` on the server
   */
  defaultTimeZone?: string
  /** Called when the customer picks another zone. */
  onTimeZoneChange?: (timeZone: string) => void
  /**
   * A fixed "now" for every hook of the kit (`useNow`, `useToday`, the
   * default window, the search for alternatives): an ISO instant, epoch ms or
   * a `Date`, used floored to the minute, and it never ticks. Give it in
   * tests and stories, and from a Server Component (which may read the clock)
   * so server and browser render the same first window.
   * @default the browser's clock, read outside render and re-read each
   * minute; unknown (`undefined`) while hydrating a server render
   */
  now?: string | number | Date
  /**
   * The instant of a server render (a Server Component reads the clock and
   * passes it down): the server render and the hydration use it, so both
   * show the same first window, and the browser's clock takes over right
   * after hydration and ticks each minute. Ignored when `now` is given.
   */
  initialNow?: string | number | Date
  /**
   * Keep the customer's zone in the `rbk-tz` cookie once the browser knows
   * it, for `timeZoneFromRequest` in the next server render.
   * @default true
   */
  timeZoneCookie?: boolean
  /**
   * BCP 47 locale of labels.
   * @default the browser's locale, read after hydration; `en-US` on the server
   */
  locale?: string
  /**
   * The QueryClient to use. @default the app's (from a surrounding
   * `QueryClientProvider`), or one the provider creates when there is none
   */
  queryClient?: QueryClient
  children?: ReactNode
}

const browserLocale = () => Intl.DateTimeFormat().resolvedOptions().locale
// The server snapshot is what the first client render uses while hydrating:
// fixed values make server and browser render the same first frame, and
// React re-renders with the browser's own values right after.
const serverTimeZone = () => 'UTC'
const serverLocale = () => 'en-US'
const isClient = () => true
const isServer = () => false

/** `now` / `initialNow` floored to the minute, `undefined` when not given. */
function toMinute(now: string | number | Date | undefined): number | undefined {
  if (now === undefined) return undefined
  const ms = epochMs(now)
  if (!Number.isFinite(ms)) {
    throw new Error(
      process.env.NODE_ENV !== 'production'
        ? `<BookingKitProvider>: \`now\` must be an ISO instant, epoch ms or a valid Date; got ${String(now)}`
        : '<BookingKitProvider>: invalid now',
    )
  }
  return floorToMinute(ms)
}

/**
 * Gives the booking hooks and components their client, the customer's zone
 * and locale, and a QueryClient.
 *
 * @example
 * <BookingKitProvider baseUrl="/api/booking">
 *   <MyBookingPage />
 * </BookingKitProvider>
 */
export function BookingKitProvider(props: BookingKitProviderProps) {
  const { client: givenClient, baseUrl, appKey, headers, fetch, timeoutMs } = props
  // `headers={() => …}` and `fetch={…}` are usually inline, a new value every
  // render: a client rebuilt for each would change the context value (every
  // kit consumer re-renders) and fire every effect keyed on the client. The
  // client reads the latest of both at request time instead.
  const latest = useRef({ headers, fetch })
  useInsertionEffect(() => {
    latest.current = { headers, fetch }
  })
  const client = useMemo(() => {
    if (givenClient) return givenClient
    if (!baseUrl) {
      throw new Error(
        process.env.NODE_ENV !== 'production'
          ? '<BookingKitProvider>: pass a `client` or a `baseUrl` (see README, "Quick start")'
          : '<BookingKitProvider>: no client or baseUrl',
      )
    }
    // The closures read `latest` when a request is sent, never during render.
    // eslint-disable-next-line react-hooks/refs
    return createBookingClient({
      baseUrl,
      appKey,
      headers: () => {
        const current = latest.current.headers
        return typeof current === 'function' ? current() : (current ?? {})
      },
      fetch: (input, init) => (latest.current.fetch ?? globalThis.fetch)(input, init),
      timeoutMs,
    })
  }, [givenClient, baseUrl, appKey, timeoutMs])

  const detectedZone = useSyncExternalStore(subscribeNever, detectTimeZone, serverTimeZone)
  const detectedLocale = useSyncExternalStore(subscribeNever, browserLocale, serverLocale)
  const isHydrated = useSyncExternalStore(subscribeNever, isClient, isServer)
  const [chosenZone, setChosenZone] = useControllableState<string | undefined>({
    prop: props.timeZone,
    defaultProp: props.defaultTimeZone,
    onChange: props.onTimeZoneChange as ((zone: string | undefined) => void) | undefined,
    caller: 'BookingKitProvider (timeZone)',
  })
  const timeZone = chosenZone ?? detectedZone
  if (!isValidTimeZone(timeZone)) throw new InvalidTimeZoneError(timeZone)
  const locale = props.locale ?? detectedLocale
  const fixedNow = toMinute(props.now)
  const initialNow = toMinute(props.initialNow)
  const nowSetting = useMemo(() => ({ fixed: fixedNow, initial: initialNow }), [fixedNow, initialNow])

  // The zone is known once chosen, or once detected in the browser: the
  // hydration frame's `UTC` placeholder must not overwrite a good cookie.
  const zoneIsKnown = chosenZone !== undefined || isHydrated
  const writeCookie = props.timeZoneCookie !== false
  useEffect(() => {
    if (!writeCookie || !zoneIsKnown) return
    if (cookieValue(document.cookie, TIME_ZONE_COOKIE) === timeZone) return
    document.cookie = timeZoneCookie(timeZone)
  }, [writeCookie, zoneIsKnown, timeZone])

  const value = useMemo<BookingKitContextValue>(
    () => ({
      client,
      timeZone,
      locale,
      setTimeZone: (next) => {
        if (!isValidTimeZone(next)) throw new InvalidTimeZoneError(next)
        setChosenZone(next)
      },
    }),
    [client, timeZone, locale, setChosenZone],
  )

  const appQueryClient = useContext(QueryClientContext)
  const [ownQueryClient] = useState(() => (props.queryClient || appQueryClient ? null : new QueryClient()))
  const queryClient = props.queryClient ?? appQueryClient ?? ownQueryClient
  const content = (
    <BookingKitContext.Provider value={value}>
      <NowContext.Provider value={nowSetting}>{props.children}</NowContext.Provider>
    </BookingKitContext.Provider>
  )
  if (queryClient && queryClient !== appQueryClient) {
    return <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
  }
  return content
}
