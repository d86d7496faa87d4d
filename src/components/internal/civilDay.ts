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

/** `find` remembered per locale: the pickers ask on every render, and each answer builds an `Intl.Locale`. */
function perLocale<T>(find: (locale: string) => T): (locale: string) => T {
  const cache = new Map<string, T>()
  return (locale) => {
    if (!cache.has(locale)) cache.set(locale, find(locale))
    return cache.get(locale)!
  }
}

/**
 * The locale's first day of the week and weekend days (ISO numbers), from
 * `Intl.Locale` week info where the runtime has it (`getWeekInfo()` or the
 * older `weekInfo` getter), else Monday and Saturday–Sunday.
 */
export const localeWeekInfo = /* @__PURE__ */ perLocale((locale): WeekInfo => {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo
      weekInfo?: WeekInfo
    }
    const found = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo
    if (found) return { firstDay: found.firstDay, weekend: [...found.weekend] }
  } catch {
    // An unknown locale keeps the ISO defaults.
  }
  return { firstDay: 1, weekend: [6, 7] }
})

/** The text direction of a locale, from `Intl.Locale` text info where available. */
export const localeDirection = /* @__PURE__ */ perLocale((locale): 'ltr' | 'rtl' => {
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
})

/**
 * The step of a horizontal arrow key in a widget read in `dir`: 1 for the
 * next item (Right, or Left in RTL), -1 for the previous one, else 0.
 */
export function arrowStep(key: string, dir: 'ltr' | 'rtl'): number {
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0
  return dir === 'rtl' ? -step : step
}
