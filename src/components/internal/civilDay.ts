// Calendar arithmetic on `yyyy-MM-dd` day keys. A day key is a civil date with
// no zone, so it is formatted as noon UTC in UTC: the same day in every zone
// and on every host.

/** Noon UTC of a day key, as epoch ms. */
export function dayKeyToUtcNoon(dayKey: string): number {
  const [y, m, d] = dayKey.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d, 12)
}

interface WeekInfo {
  firstDay: number
  weekend: number[]
}

const weekInfoCache = new Map<string, WeekInfo>()

/**
 * The locale's first day of the week and weekend days (ISO numbers), from
 * `Intl.Locale` week info where the runtime has it (`getWeekInfo()` or the
 * older `weekInfo` getter), else Monday and Saturday–Sunday.
 */
export function localeWeekInfo(locale: string): WeekInfo {
  let info = weekInfoCache.get(locale)
  if (!info) {
    info = { firstDay: 1, weekend: [6, 7] }
    try {
      const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
        getWeekInfo?: () => WeekInfo
        weekInfo?: WeekInfo
      }
      const found = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo
      if (found) info = { firstDay: found.firstDay, weekend: [...found.weekend] }
    } catch {
      // An unknown locale keeps the ISO defaults.
    }
    weekInfoCache.set(locale, info)
  }
  return info
}

const directionCache = new Map<string, 'ltr' | 'rtl'>()

/**
 * The text direction of a locale, from `Intl.Locale` text info where available.
 * Both pickers ask on every render, so the answer is kept per locale, as week info is.
 */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  let direction = directionCache.get(locale)
  if (!direction) {
    direction = findDirection(locale)
    directionCache.set(locale, direction)
  }
  return direction
}

function findDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string }
      textInfo?: { direction?: string }
    }
    const info = intlLocale.getTextInfo?.() ?? intlLocale.textInfo
    if (info?.direction === 'rtl') return 'rtl'
    if (info?.direction === 'ltr') return 'ltr'
    // Runtimes without text info: the scripts written right to left.
    const script = intlLocale.maximize().script
    return script && ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm'].includes(script) ? 'rtl' : 'ltr'
  } catch {
    return 'ltr'
  }
}
