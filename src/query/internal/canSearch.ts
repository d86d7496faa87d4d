import type { AvailabilityParams } from '../../client/index.js'

/**
 * Whether an availability search can be sent at all. With an empty
 * `resources` list and no project (the list of resources is still loading,
 * say) the API answers 422; the hooks send nothing instead of a request
 * that is bound to fail.
 */
export function canSearch(search: Pick<AvailabilityParams, 'resources' | 'project_id'>): boolean {
  return (search.resources !== undefined && search.resources.length > 0) || Boolean(search.project_id)
}
