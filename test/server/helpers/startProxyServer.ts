import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createBookingProxy, toNodeHandler, type BookingProxyOptions } from '../../../src/server'

export interface ProxyServer {
  /** `http://127.0.0.1:port`: the origin the proxy listens on. */
  origin: string
  /** `origin + basePath`: what a browser client's `baseUrl` points at. */
  url: string
  port: number
  /** Errors the proxy reported to `onError` (never shown to the browser). */
  errors: unknown[]
  close(): Promise<void>
}

/** Serves `createBookingProxy(options)` through `toNodeHandler` on 127.0.0.1, as an app would. */
export async function startProxyServer(
  options: BookingProxyOptions,
  mountPath = options.basePath ?? '/api/booking',
): Promise<ProxyServer> {
  const errors: unknown[] = []
  const proxy = createBookingProxy({ onError: (error) => errors.push(error), ...options })
  const server = createServer(toNodeHandler(proxy))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: `${origin}${mountPath}`,
    port,
    errors,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
