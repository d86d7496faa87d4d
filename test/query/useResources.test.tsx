// Resources: list and detail queries, create/update/delete with invalidation, and the
// client's typed errors as each hook's `error`.
import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  AuthError,
  NetworkError,
  NotFoundError,
  ResponseParseError,
  ResponseShapeError,
  ValidationError,
} from '../../src/client'
import { DEMO_IDS } from '../../src/mock'
import { useCreateResource, useDeleteResource, useResource, useResources, useUpdateResource } from '../../src/query'
import { holdRequests, renderHookWithKit } from './support/renderWithKit'

describe('useResources', () => {
  it('is pending, then gives the items and the page', async () => {
    const { result, kit } = renderHookWithKit(() => useResources({ limit: 2 }))
    expect(result.current.isPending).toBe(true)
    expect(result.current.data).toBeUndefined()
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.items.map((r) => r.id)).toEqual([DEMO_IDS.copenhagen, DEMO_IDS.newYork])
    expect(result.current.data?.page).toMatchObject({ total: 4, perPage: 2, currentPage: 1, lastPage: 2 })
    expect(kit.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /resources'])
  })

  it('fails with AuthError when the app key is wrong', async () => {
    const { result } = renderHookWithKit(() => useResources(), {
      backendOptions: { appKey: 'test_widget_key_right' },
      provider: { appKey: 'test_widget_key_wrong' },
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(AuthError)
    expect((result.current.error as AuthError).status).toBe(401)
    expect(result.current.error?.message).toMatch(/^GET \/resources: 401 /)
  })

  it('succeeds with the right app key', async () => {
    const { result } = renderHookWithKit(() => useResources(), {
      backendOptions: { appKey: 'test_widget_key_right' },
      provider: { appKey: 'test_widget_key_right' },
    })
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data?.items).toHaveLength(4)
  })

  it.each([
    [0.3, ResponseParseError],
    [0.6, ResponseShapeError],
  ] as const)('fails on a malformed payload (random %s)', async (r, ErrorClass) => {
    const { result } = renderHookWithKit(() => useResources(), {
      backendOptions: { faults: { malformed: true }, random: () => r },
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(ErrorClass)
    if (result.current.error instanceof ResponseShapeError) {
      expect(result.current.error.issues.map((i) => i.path)).toContainEqual(['data'])
    }
  })

  it('fails with NetworkError when fetch rejects', async () => {
    const { result } = renderHookWithKit(() => useResources(), {
      wrapFetch: () => () => Promise.reject(new TypeError('Failed to fetch')),
    })
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(NetworkError)
  })
})

describe('useResource', () => {
  it('is idle without an id, then loads the resource', async () => {
    const { result, rerender, kit } = renderHookWithKit((id: string | undefined) => useResource(id), {
      initialProps: undefined,
    })
    await act(async () => {})
    expect(result.current.isPending).toBe(true)
    expect(result.current.fetchStatus).toBe('idle')
    expect(kit.requests).toHaveLength(0)

    rerender(DEMO_IDS.kolkata)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toMatchObject({ id: DEMO_IDS.kolkata, name: 'Priya Sharma', timezone: 'Asia/Kolkata' })
    expect(kit.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /resources/${DEMO_IDS.kolkata}`])
  })

  it('fails with NotFoundError for an unknown id', async () => {
    const { result } = renderHookWithKit(() => useResource('no-such-resource'))
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(NotFoundError)
    expect((result.current.error as NotFoundError).model).toBe('Resource')
    expect(result.current.error?.message).toMatch(/^GET \/resources\/no-such-resource: 404 /)
  })
})

describe('resource mutations', () => {
  const useAll = () => ({
    list: useResources(),
    create: useCreateResource(),
    update: useUpdateResource(),
    remove: useDeleteResource(),
  })

  it('create: pending, then the new resource; the list refetches', async () => {
    const hold = holdRequests((method, path) => method === 'POST' && path === '/resources')
    const { result, kit } = renderHookWithKit(useAll, { wrapFetch: hold.wrapFetch })
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true))
    expect(kit.count('GET', '/resources')).toBe(1)

    let created: Promise<unknown> | undefined
    act(() => {
      created = result.current.create.mutateAsync({ name: 'Room 4', timezone: 'Europe/Copenhagen' })
    })
    await waitFor(() => expect(kit.count('POST', '/resources')).toBe(1))
    expect(result.current.create.isPending).toBe(true)
    hold.release()
    await act(async () => {
      await created
    })
    await waitFor(() => expect(result.current.create.isSuccess).toBe(true))
    expect(result.current.create.data).toMatchObject({ name: 'Room 4', timezone: 'Europe/Copenhagen' })
    await waitFor(() => expect(result.current.list.data?.items).toHaveLength(5))
    expect(kit.count('GET', '/resources')).toBe(2)
    expect(kit.backend.snapshot().resources.map((r) => r.name)).toContain('Room 4')
  })

  it('create: ValidationError with fieldErrors for an invalid timezone', async () => {
    const { result, kit } = renderHookWithKit(useAll)
    act(() => result.current.create.mutate({ name: 'Room 5', timezone: 'Mars/Olympus' }))
    await waitFor(() => expect(result.current.create.isError).toBe(true))
    expect(result.current.create.error).toBeInstanceOf(ValidationError)
    expect((result.current.create.error as ValidationError).fieldErrors).toHaveProperty('timezone')
    expect(kit.backend.snapshot().resources).toHaveLength(4)
  })

  it('update: renames the resource; an unknown id gives NotFoundError', async () => {
    const { result, kit } = renderHookWithKit(useAll)
    await act(async () => {
      await result.current.update.mutateAsync({ id: DEMO_IDS.newYork, name: 'Marcus R.' })
    })
    await waitFor(() => expect(result.current.update.isSuccess).toBe(true))
    expect(result.current.update.data).toMatchObject({ id: DEMO_IDS.newYork, name: 'Marcus R.' })
    expect(kit.backend.snapshot().resources.find((r) => r.id === DEMO_IDS.newYork)?.name).toBe('Marcus R.')
    expect(kit.requests.find((r) => r.method === 'PUT')).toEqual({
      method: 'PUT',
      path: `/resources/${DEMO_IDS.newYork}`,
      body: { name: 'Marcus R.' },
      status: 200,
    })

    act(() => result.current.update.mutate({ id: 'gone', name: 'x' }))
    await waitFor(() => expect(result.current.update.isError).toBe(true))
    expect(result.current.update.error).toBeInstanceOf(NotFoundError)
  })

  it('delete: removes the resource; an unknown id gives NotFoundError', async () => {
    const { result, kit } = renderHookWithKit(useAll)
    await act(async () => {
      await result.current.remove.mutateAsync(DEMO_IDS.kolkata)
    })
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true))
    expect(kit.backend.snapshot().resources.map((r) => r.id)).not.toContain(DEMO_IDS.kolkata)
    await waitFor(() => expect(result.current.list.data?.items.map((r) => r.id)).not.toContain(DEMO_IDS.kolkata))

    act(() => result.current.remove.mutate(DEMO_IDS.kolkata))
    await waitFor(() => expect(result.current.remove.isError).toBe(true))
    expect(result.current.remove.error).toBeInstanceOf(NotFoundError)
    expect(result.current.remove.error?.message).toMatch(new RegExp(`^DELETE /resources/${DEMO_IDS.kolkata}: 404`))
  })
})
