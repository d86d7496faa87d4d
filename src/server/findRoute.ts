import { matchSegments, type CompiledRoute, type RouteParams } from './routes.js'

/** The route a request asked for, with its params. */
export interface RouteMatch {
  compiled: CompiledRoute
  params: RouteParams
}

/** Why no allowed route matched: outside the mount point (404), or not allowed (403). */
export type RouteMiss = 'outside-mount' | 'not-allowed'

/**
 * Finds the allowed route for `method` and the request's path segments.
 *
 * With `baseSegments` (from `basePath`) the path must start with them and the
 * rest must match a route exactly. Without, the mount point is inferred: the
 * route whose pattern matches the longest tail of the path wins (ties go to
 * the pattern with more literal segments). Inference is safe because the
 * upstream path is rebuilt from the winning pattern, never from the request:
 * the most a confusing prefix can do is select a route the app has allowed.
 */
export function findRoute(
  routes: readonly CompiledRoute[],
  method: string,
  segments: readonly string[],
  baseSegments: readonly string[] | null,
): RouteMatch | RouteMiss {
  if (baseSegments) {
    const isUnderBase = baseSegments.every((segment, index) => segments[index] === segment)
    if (!isUnderBase || segments.length < baseSegments.length) return 'outside-mount'
    const rest = segments.slice(baseSegments.length)
    for (const compiled of routes) {
      if (compiled.route.method !== method) continue
      const params = matchSegments(compiled, rest)
      if (params) return { compiled, params }
    }
    return 'not-allowed'
  }

  let best: RouteMatch | null = null
  let bestScore = -1
  for (const compiled of routes) {
    if (compiled.route.method !== method) continue
    const length = compiled.segments.length
    if (length > segments.length) continue
    const params = matchSegments(compiled, segments.slice(segments.length - length))
    if (!params) continue
    const literals = compiled.segments.filter((segment) => !segment.startsWith(':')).length
    const score = length * 1000 + literals
    if (score > bestScore) {
      best = { compiled, params }
      bestScore = score
    }
  }
  return best ?? 'not-allowed'
}
