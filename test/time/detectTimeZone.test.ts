import { afterEach, describe, expect, it, vi } from 'vitest'
import { detectTimeZone } from '../../src/time'

describe('detectTimeZone', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('returns the host zone the test project runs under', () => {
    expect(detectTimeZone()).toBe(process.env.TZ)
  })

  it('canonicalises what the runtime reports', () => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat('en').resolvedOptions(),
      timeZone: 'Asia/Calcutta',
    })
    expect(detectTimeZone()).toBe('Asia/Kolkata')
  })

  it.each([undefined, '', 'Not/AZone'])('falls back to UTC when the runtime reports %j', (timeZone) => {
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...new Intl.DateTimeFormat('en').resolvedOptions(),
      timeZone: timeZone as string,
    })
    expect(detectTimeZone()).toBe('UTC')
  })
})
