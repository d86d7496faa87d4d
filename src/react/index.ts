// Shared React helpers of the component layer (and the query layer's provider).
export { useControllableState, type SetStateAction, type UseControllableStateOptions } from './useControllableState.js'
export { composeEventHandlers } from './composeEventHandlers.js'
export { mergeProps } from './mergeProps.js'
export { dataAttributes, resolveStyling, type PartProps, type StateProp } from './partProps.js'
export { createPartContext } from './createPartContext.js'
export { isFocusVisibleEvent, useFocusVisible } from './useFocusVisible.js'
export { visuallyHidden } from './visuallyHidden.js'
export { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect.js'
