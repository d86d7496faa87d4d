'use client'
import { createContext } from 'react'

/**
 * The provider's clock setting (see {@link NowSetting}); empty when the
 * browser's clock is used from the first render. Apart from the main context
 * so a clock-free consumer is not tied to it.
 */
export const NowContext = createContext<NowSetting>({})

/** The provider's clock setting: a fixed instant, or the instant of the server render. */
export interface NowSetting {
  /** Epoch ms floored to the minute; never ticks. */
  fixed?: number
  /** Epoch ms floored to the minute; the server render's and the hydration's "now" only. */
  initial?: number
}
