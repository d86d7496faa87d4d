import { mergeProps } from './mergeProps.js'
import { requireArg } from './requireArg.js'

type Props = Record<string, unknown>

/**
 * The prop getters of a hook's repeated items (`getDayProps({ day, ...props })`)
 * from one builder instead of a hand-written twin each: a getter fails at once
 * without its item ({@link requireArg}), else merges the caller's props over
 * the kit's props for that item.
 */
export function itemPropGetter<TItem>(hook: string, getter: string, key: string, kit: (item: TItem) => Props) {
  return ({ [key]: item, ...props }: Props): Props => {
    requireArg(hook, getter, key, item)
    return mergeProps(kit(item as TItem), props)
  }
}
