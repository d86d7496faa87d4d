'use client'
import { createContext } from 'react'
import { createPartContext } from '../react/createPartContext.js'
import type { DayPickerAria } from './useDayPicker.js'
import type { DayPickerDay, DayPickerState } from './useDayPickerState.js'

export interface DayPickerContextValue {
  state: DayPickerState
  aria: DayPickerAria
}

export const [DayPickerContext, useDayPickerContext] = createPartContext<DayPickerContextValue>('DayPicker.Root')
export const WeekContext = createContext<DayPickerDay[] | null>(null)
export const DayCellContext = createContext<DayPickerDay | null>(null)
