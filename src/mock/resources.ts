import * as z from 'zod/mini'
import { CreateResourceInput } from '../client/requestSchemas.js'
import { parseConstraints } from './availability/constraints.js'
import type { HandlerContext } from './context.js'
import { ErrorBag, json, noContent, notFound } from './http.js'
import { paginate, readPageParams } from './paging.js'
import type { StoreEnv } from './store.js'
import type { MockCalendar, MockConstraint, MockResource, MockResourceSeed } from './types.js'
import { isEmail, readFields, type ReadFields } from './validation.js'

// The client's request schemas, read field by field (every error answered at once). The
// constraints are left to `parseConstraints`, which reads them as Timekit does: hours as
// numeric strings, day names in any case, wall-time periods in the resource's zone.
const CreateBody = z.extend(CreateResourceInput, { availability_constraints: z.optional(z.unknown()) })
const UpdateBody = z.partial(CreateBody)
type ResourceBody = ReadFields<typeof UpdateBody.shape>

function defaultCalendar(name: string, env: StoreEnv): MockCalendar {
  const at = new Date(env.now()).toISOString()
  return { id: env.newId(), name, description: `Default calendar of ${name}`, provider: 'timekit', created_at: at, updated_at: at }
}

/** Completes a seed entry with defaults; every resource gets a default calendar. */
export function normaliseResourceSeed(seed: MockResourceSeed, env: StoreEnv): MockResource {
  const at = new Date(env.now()).toISOString()
  return {
    id: seed.id ?? env.newId(),
    name: seed.name,
    timezone: seed.timezone,
    email: seed.email ?? null,
    first_name: seed.first_name ?? null,
    last_name: seed.last_name ?? null,
    img: seed.img ?? null,
    meta: seed.meta ?? {},
    tags: seed.tags ?? [],
    availability_constraints: seed.availability_constraints ?? [],
    calendars: seed.calendars?.length ? seed.calendars : [defaultCalendar(seed.name, env)],
    created_at: seed.created_at ?? at,
    updated_at: seed.updated_at ?? at,
  }
}

function validate(body: ResourceBody, bag: ErrorBag): void {
  if (body.name !== undefined && body.name.trim() === '') bag.add('name', 'The name field is required.')
  if (body.email && !isEmail(body.email)) bag.add('email', 'The email must be a valid email address.')
  parseConstraints(body.availability_constraints, 'availability_constraints', bag)
  bag.throwIfAny()
}

function getResource(ctx: HandlerContext): MockResource {
  const resource = ctx.store.resources.get(ctx.params.id ?? '')
  if (!resource) throw notFound('Resource')
  return resource
}

export function listResources(ctx: HandlerContext): Response {
  const all = [...ctx.store.resources.values()]
  return json(200, paginate(all, ctx.url, readPageParams(ctx.url)))
}

export function showResource(ctx: HandlerContext): Response {
  return json(200, { data: getResource(ctx) })
}

export function createResource(ctx: HandlerContext): Response {
  const bag = new ErrorBag()
  const body = readFields(CreateBody, ctx.body, bag)
  validate(body, bag)
  const env = { now: ctx.now, newId: ctx.newId }
  const resource = normaliseResourceSeed(
    {
      name: (body.name as string).trim(),
      timezone: body.timezone as string,
      email: body.email ?? null,
      first_name: body.first_name ?? null,
      last_name: body.last_name ?? null,
      img: body.img ?? null,
      meta: body.meta ?? {},
      tags: body.tags ?? [],
      availability_constraints: (body.availability_constraints as MockConstraint[] | undefined) ?? [],
    },
    env,
  )
  ctx.store.resources.set(resource.id, resource)
  ctx.store.dirty = true
  return json(201, { data: resource })
}

export function updateResource(ctx: HandlerContext): Response {
  const resource = getResource(ctx)
  const bag = new ErrorBag()
  const body = readFields(UpdateBody, ctx.body, bag)
  validate(body, bag)
  const updated: MockResource = {
    ...resource,
    ...(body.name !== undefined && { name: (body.name as string).trim() }),
    ...(body.timezone !== undefined && { timezone: body.timezone as string }),
    ...(body.email !== undefined && { email: body.email }),
    ...(body.first_name !== undefined && { first_name: body.first_name }),
    ...(body.last_name !== undefined && { last_name: body.last_name }),
    ...(body.img !== undefined && { img: body.img }),
    ...(body.meta !== undefined && { meta: body.meta }),
    ...(body.tags !== undefined && { tags: body.tags }),
    ...(body.availability_constraints !== undefined && {
      availability_constraints: body.availability_constraints as MockConstraint[],
    }),
    updated_at: new Date(ctx.now()).toISOString(),
  }
  ctx.store.resources.set(updated.id, updated)
  ctx.store.dirty = true
  return json(200, { data: updated })
}

/** 204 without a body. Bookings of the resource stay and keep naming it. */
export function deleteResource(ctx: HandlerContext): Response {
  const resource = getResource(ctx)
  ctx.store.resources.delete(resource.id)
  ctx.store.dirty = true
  return noContent()
}
