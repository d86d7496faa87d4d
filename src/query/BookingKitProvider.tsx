import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query'
import { useContext, useInsertionEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react'
import { createBookingClient, type BookingClient, type BookingClientConfig } from '../client/index.js'
import { detectTimeZone } from '../time/detectTimeZone.js'
import { InvalidTimeZoneError } from '../time/errors.js'
import { isValidTimeZone } from '../time/isValidTimeZone.js'
import { BookingKitContext, type BookingKitContextValue } from './BookingKitContext.js'
import { useControllableState } from './internal/useControllableState.js'

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

const subscribeNever = () => () => {}
const browserLocale = () => Intl.DateTimeFormat().resolvedOptions().locale
// The server snapshot is what the first client render uses while hydrating:
// fixed values make server and browser render the same first frame, and
// React re-renders with the browser's own values right after.
const serverTimeZone = () => 'UTC'
const serverLocale = () => 'en-US'

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
      throw new Error('<BookingKitProvider>: pass a `client` or a `baseUrl` (see README, "Quick start")')
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
  const [chosenZone, setChosenZone] = useControllableState<string | undefined>(
    props.timeZone,
    props.defaultTimeZone,
    props.onTimeZoneChange as ((zone: string | undefined) => void) | undefined,
  )
  const timeZone = chosenZone ?? detectedZone
  if (!isValidTimeZone(timeZone)) throw new InvalidTimeZoneError(timeZone)
  const locale = props.locale ?? detectedLocale

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
  const content = <BookingKitContext.Provider value={value}>{props.children}</BookingKitContext.Provider>
  if (queryClient && queryClient !== appQueryClient) {
    return <QueryClientProvider client={queryClient}>{content}</QueryClientProvider>
  }
  return content
}
