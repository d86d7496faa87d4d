'use client'
import { useBookingKit } from './BookingKitContext.js'
import { useSingleFlightMutation } from './internal/useSingleFlightMutation.js'
import {
  createResourceMutationOptions,
  deleteResourceMutationOptions,
  updateResourceMutationOptions,
} from './resourceQueries.js'

/** Creates a resource; resource lists and availability are invalidated afterwards. */
export function useCreateResource() {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => createResourceMutationOptions(client, queryClient))
}

/** Updates a resource: `mutate({ id, name })`. */
export function useUpdateResource() {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => updateResourceMutationOptions(client, queryClient))
}

/** Deletes a resource: `mutate(id)`. */
export function useDeleteResource() {
  const { client } = useBookingKit()
  return useSingleFlightMutation((queryClient) => deleteResourceMutationOptions(client, queryClient))
}
