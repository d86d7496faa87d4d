/** `Basic base64(":" + key)`: Timekit's HTTP Basic with an empty user. UTF-8 safe. */
export function basicAuth(appKey: string): string {
  const bytes = new TextEncoder().encode(`:${appKey}`)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `Basic ${btoa(binary)}`
}
