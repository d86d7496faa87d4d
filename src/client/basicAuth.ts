// HTTP Basic for Timekit's key, in one place for the client, the proxy and the mock: an
// empty user and the key as password. `btoa`/`atob` work on Latin-1 "binary strings", so
// the credentials go through UTF-8 bytes both ways; a key with any character round-trips.

/** `Basic base64(user + ":" + password)`, UTF-8 safe. Timekit's form is `basicAuth(key)`: an empty user. */
export function basicAuth(password: string, user = ''): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}

/** The credentials of an `Authorization: Basic …` header, or `null` when it is not one (or not UTF-8). */
export function readBasicAuth(header: string | null | undefined): { user: string; password: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})$/i.exec(header?.trim() ?? '')
  if (!match) return null
  let text: string
  try {
    const binary = atob(match[1]!)
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
  const colon = text.indexOf(':')
  if (colon === -1) return null
  return { user: text.slice(0, colon), password: text.slice(colon + 1) }
}
