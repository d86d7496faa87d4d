'use client'
import { createContext } from 'react'

/**
 * The provider's fixed instant (epoch ms, floored to the minute), or
 * `undefined` when it was given none and the browser's clock is used. Apart
 * from the main context so a clock-free consumer is not tied to it.
 */
export const NowContext = createContext<number | undefined>(undefined)
