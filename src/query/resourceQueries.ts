import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query'
import type { BookingClient, CreateResourceInput, ListParams, UpdateResourceInput } from '../client/index.js'
import { bookingKeys } from './keys.js'

/** `GET /resources` as query options, for `useQuery`, `prefetchQuery` or loaders. */
export function resourcesQueryOptions(client: BookingClient, params: ListParams = {}) {
  return queryOptions({
    queryKey: bookingKeys.resourceList(client, params),
    queryFn: ({ signal }) => client.resources.list(params, { signal }),
  })
}

/** `GET /resources/:id` as query options. */
export function resourceQueryOptions(client: BookingClient, id: string) {
  return queryOptions({
    queryKey: bookingKeys.resource(client, id),
    queryFn: ({ signal }) => client.resources.get(id, { signal }),
  })
}

// Resource writes change who is bookable and when, so availability goes stale too.
const invalidateResources = (client: BookingClient, queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: bookingKeys.resources(client) }),
    queryClient.invalidateQueries({ queryKey: bookingKeys.availability(client) }),
  ])

/** `POST /resources` as mutation options. */
export function createResourceMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: bookingKeys.createResource(client),
    mutationFn: (input: CreateResourceInput) => client.resources.create(input),
    onSettled: () => invalidateResources(client, queryClient),
  })
}

/** `PUT /resources/:id` as mutation options. */
export function updateResourceMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: bookingKeys.updateResource(client),
    mutationFn: ({ id, ...input }: UpdateResourceInput & { id: string }) => client.resources.update(id, input),
    onSettled: () => invalidateResources(client, queryClient),
  })
}

/** `DELETE /resources/:id` as mutation options. */
export function deleteResourceMutationOptions(client: BookingClient, queryClient: QueryClient) {
  return mutationOptions({
    mutationKey: bookingKeys.deleteResource(client),
    mutationFn: (id: string) => client.resources.delete(id),
    onSettled: () => invalidateResources(client, queryClient),
  })
}
