// Constructing an Intl.DateTimeFormat costs tens of microseconds (more than formatting with
// it), so every formatter the layer uses is built once per locale, zone and options.
const cache = new Map<string, Intl.DateTimeFormat>()

export function getDateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let key = locale ?? ''
  for (const name in options) key += `|${name}=${String(options[name as keyof Intl.DateTimeFormatOptions])}`
  let format = cache.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    cache.set(key, format)
  }
  return format
}
