import * as z from 'zod/mini'
import { AvailabilityParams } from '../../client/requestSchemas.js'
import type { HandlerContext } from '../context.js'
import { ErrorBag, errorMessage, json } from '../http.js'
import { DAY, HOUR, isValidZone, parseDuration } from '../time.js'
import type { MockProject, MockResource } from '../types.js'
import { readFields } from '../validation.js'
import { constraintCost, parseConstraints, type ParsedConstraint } from './constraints.js'
import { createInstantFormatter } from './createInstantFormatter.js'
import { combineByMode, MODES, type AvailabilityMode, type ModeSlot } from './modes.js'
import { answerProblem, candidatesProblem, conversionsProblem, SEARCH_LIMITS } from './searchLimits.js'
import { freeIntervals, type SlotSettings } from './slots.js'
import { parseWindow } from './window.js'

// The client's request schema, read field by field (every error answered at once). Every
// field is optional here because a project fills the gaps; `resources` also takes `{id}`
// objects and `constraints` are read by `parseConstraints`, as Timekit reads them.
const AvailabilityBody = z.extend(z.partial(AvailabilityParams), {
  resources: z.optional(z.array(z.union([z.string(), z.looseObject({ id: z.string() })]))),
  constraints: z.optional(z.unknown()),
})

interface AvailabilityQuery {
  mode: AvailabilityMode
  resources: MockResource[]
  outputZone: string
  settings: SlotSettings
}

function readDuration(
  bag: ErrorBag,
  field: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max = Infinity,
): number {
  if (raw === undefined) return fallback
  const ms = parseDuration(raw)
  if (ms === null || ms < min) {
    bag.add(field, `The ${field} must be a duration such as "30 minutes" or "1 hour".`)
    return fallback
  }
  if (ms > max) {
    bag.add(field, `The ${field} may be at most ${max / (24 * HOUR)} days.`)
    return fallback
  }
  return ms
}

/** Request ids in first-seen order: a repeated id adds no free time, only a larger answer. */
function distinctIds(raw: ReadonlyArray<string | { id: string }>): string[] {
  return [...new Set(raw.map((r) => (typeof r === 'string' ? r : r.id)))]
}

/** Reads and validates a request, filling gaps from the project; explicit fields win. */
function readQuery(ctx: HandlerContext): AvailabilityQuery {
  const bag = new ErrorBag()
  const body = readFields(AvailabilityBody, ctx.body, bag)
  let project: MockProject | undefined
  if (body.project_id !== undefined) {
    project = ctx.store.projects.get(body.project_id)
    if (!project) bag.add('project_id', 'The selected project_id is invalid.')
  }
  const mode = body.mode ?? project?.mode
  if (mode === undefined) {
    if (!bag.errors.mode) bag.add('mode', 'The mode field is required.')
  }
  else if (!(MODES as readonly string[]).includes(mode)) bag.add('mode', `The selected mode is invalid (one of ${MODES.join(', ')}).`)

  const ids = distinctIds(body.resources ?? project?.resources ?? [])
  if (ids.length === 0) bag.add('resources', 'The resources field is required.')
  if (ids.length > SEARCH_LIMITS.resources) {
    // Refused before any lookup: a list of thousands of ids would be a thousand 422 messages.
    throw errorMessage(422, `At most ${SEARCH_LIMITS.resources} distinct resources per request, got ${ids.length}.`)
  }
  const resources: MockResource[] = []
  ids.forEach((id, i) => {
    const resource = ctx.store.resources.get(id)
    if (resource) resources.push(resource)
    else bag.add(`resources.${i}`, `The selected resources.${i} is invalid.`)
  })
  if (Array.isArray(body.constraints) && body.constraints.length > SEARCH_LIMITS.constraints) {
    throw errorMessage(422, `At most ${SEARCH_LIMITS.constraints} constraints per request, got ${body.constraints.length}.`)
  }

  const outputZone = body.output_timezone ?? project?.output_timezone ?? 'UTC'
  if (!isValidZone(outputZone)) bag.add('output_timezone', 'The output_timezone must be a valid zone')
  const zoneForPhrases = isValidZone(outputZone) ? outputZone : 'UTC'

  const length = readDuration(bag, 'length', body.length ?? project?.length, HOUR, 60_000, SEARCH_LIMITS.length)
  const increment = readDuration(bag, 'timeslot_increments', body.timeslot_increments ?? project?.timeslot_increments, length, 60_000)
  const buffer = readDuration(bag, 'buffer', body.buffer ?? project?.buffer, 0, 0, SEARCH_LIMITS.length)
  const constraints = [
    parseConstraints(project?.availability_constraints, 'project.availability_constraints', bag),
    parseConstraints(body.constraints, 'constraints', bag),
  ]
  const now = ctx.now()
  const window = parseWindow(body.from, body.to, now, zoneForPhrases, bag)
  bag.throwIfAny()
  const tooBig = candidatesProblem(resources.length, window!.to - Math.max(window!.from, now), increment)
  if (tooBig) throw errorMessage(422, tooBig)
  return {
    mode: mode as AvailabilityMode,
    resources,
    outputZone,
    settings: {
      from: window!.from,
      to: window!.to,
      now,
      length,
      increment,
      buffer,
      roundToNearestHour: body.round_to_nearest_hour ?? project?.round_to_nearest_hour ?? false,
      constraints,
    },
  }
}

function computeSlots(ctx: HandlerContext, query: AvailabilityQuery): ModeSlot[] {
  const bookings = [...ctx.store.bookings.values()]
  // Stored constraints were validated on write; a throwaway bag keeps this total.
  const owned = query.resources.map((resource) => ({
    resource,
    own: parseConstraints(resource.availability_constraints, 'availability_constraints', new ErrorBag()),
  }))
  const { from, to, now, constraints } = query.settings
  const days = Math.ceil((to - Math.max(from, now)) / DAY) + 3
  const shared = constraints.flat()
  const cost = (list: readonly ParsedConstraint[]) => list.reduce((n, c) => n + constraintCost(c, days), 0)
  const tooBig = conversionsProblem(owned.reduce((n, { own }) => n + cost(own) + cost(shared), 0))
  if (tooBig) throw errorMessage(422, tooBig)
  const perResource = owned.map(({ resource, own }) => ({ resource, free: freeIntervals(resource, own, query.settings, bookings) }))
  return combineByMode(query.mode, perResource, query.settings, ctx.random)
}

/** `POST /availability` → `{data: [{start, end, resources: [{id, name}]}]}` in `output_timezone`. */
export function availability(ctx: HandlerContext): Response {
  const query = readQuery(ctx)
  const slots = computeSlots(ctx, query)
  const tooBig = answerProblem(slots.length, slots.reduce((n, slot) => n + slot.resources.length, 0))
  if (tooBig) throw errorMessage(422, tooBig)
  const format = createInstantFormatter(query.outputZone)
  // Written as text rather than built as objects for JSON.stringify: an answer of 20,000
  // slots would otherwise allocate some 80,000 objects and keep the garbage collector
  // busy for longer than the answer takes to compute. Each resource is serialised once.
  const refs = new Map(query.resources.map((r) => [r, JSON.stringify({ id: r.id, name: r.name })]))
  const data = slots.map(
    (slot) =>
      `{"start":"${format(slot.start)}","end":"${format(slot.end)}","resources":[${slot.resources.map((r) => refs.get(r)).join(',')}]}`,
  )
  return new Response(`{"data":[${data.join(',')}]}`, { status: 200, headers: { 'Content-Type': JSON_TYPE } })
}

const JSON_TYPE = 'application/json; charset=utf-8'

/**
 * `POST /availability/dates` → `{data: [{date, resources: [ids]}]}`: the days that have at
 * least one slot. A slot belongs to the day of its start in `output_timezone` (default UTC),
 * the same zone the timestamps of `POST /availability` are rendered in.
 */
export function availabilityDates(ctx: HandlerContext): Response {
  const query = readQuery(ctx)
  const days = new Map<string, Set<string>>()
  // Round robin would name one resource per slot; a month view wants every resource that
  // is free on the day, so both round robin modes list like `exclusive` here.
  const mode = query.mode === 'mutual' ? 'mutual' : 'exclusive'
  const format = createInstantFormatter(query.outputZone)
  for (const slot of computeSlots(ctx, { ...query, mode })) {
    const key = format(slot.start).slice(0, 10)
    const set = days.get(key) ?? new Set<string>()
    for (const r of slot.resources) set.add(r.id)
    days.set(key, set)
  }
  const order = query.resources.map((r) => r.id)
  const data = [...days.entries()].map(([date, ids]) => ({ date, resources: order.filter((id) => ids.has(id)) }))
  return json(200, { data })
}
