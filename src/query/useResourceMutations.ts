'use client'
import type { CreateResourceInput, Resource, UpdateResourceInput } from '../client/index.js'
import { useBookingKit } from './BookingKitContext.js'
import type { HookMutationOptions } from './internal/hookOptions.js'
import { useSingleFlightMutation, type SingleFlightMutationResult } from './internal/useSingleFlightMutation.js'
import {
  createResourceMutationOptions,
  deleteResourceMutationOptions,
  updateResourceMutationOptions,
} from './resourceQueries.js'

/** Variables of {@link useUpdateResource}: the resource's id and the fields to change. */
export type UpdateResourceVariables = UpdateResourceInput & { id: string }

/** Mutation options of {@link useCreateResource}. */
export type UseCreateResourceOptions = HookMutationOptions<Resource, CreateResourceInput>
/** Mutation options of {@link useUpdateResource}. */
export type UseUpdateResourceOptions = HookMutationOptions<Resource, UpdateResourceVariables>
/** Mutation options of {@link useDeleteResource}. */
export type UseDeleteResourceOptions = HookMutationOptions<void, string>

/** Creates a resource; resource lists and availability are invalidated afterwards. */
export function useCreateResource(options?: UseCreateResourceOptions): SingleFlightMutationResult<Resource, CreateResourceInput> {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => createResourceMutationOptions(client, queryClient), options)
}

/** Updates a resource: `mutate({ id, name })`. */
export function useUpdateResource(
  options?: UseUpdateResourceOptions,
): SingleFlightMutationResult<Resource, UpdateResourceVariables> {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => updateResourceMutationOptions(client, queryClient), options)
}

/** Deletes a resource: `mutate(id)`. */
export function useDeleteResource(options?: UseDeleteResourceOptions): SingleFlightMutationResult<void, string> {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => deleteResourceMutationOptions(client, queryClient), options)
}
