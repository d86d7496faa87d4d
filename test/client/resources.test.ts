// client.resources against a real HTTP server: request line, query, body and parsed result.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { BookingKitError, createBookingClient, ResponseParseError, type BookingClient } from '../../src/client'
import { OTHER_RESOURCE_ID, PAGING, RESOURCE_ID, resourcePayload } from './support/fixtures'
import { json, raw, startTestServer, type TestServer } from './support/testServer'

let server: TestServer
let client: BookingClient

beforeAll(async () => {
  server = await startTestServer()
  client = createBookingClient({ baseUrl: server.baseUrl, appKey: 'test_widget_key_r' })
})
afterAll(async () => {
  await server.close()
})
beforeEach(() => {
  server.reset()
})

describe('resources.list', () => {
  it('GETs /resources and returns the items with the paging fields', async () => {
    server.reply(json(200, { data: [resourcePayload(), resourcePayload({ id: OTHER_RESOURCE_ID })], ...PAGING }))
    const result = await client.resources.list()
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'GET', path: '/v2/resources', query: {}, body: '' })
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from(':test_widget_key_r').toString('base64')}`)
    expect(result.items.map((r) => r.id)).toEqual([RESOURCE_ID, OTHER_RESOURCE_ID])
    expect(result.items[0]).toEqual(resourcePayload())
    expect(result.page).toEqual({
      total: 31,
      perPage: 15,
      currentPage: 2,
      lastPage: 3,
      nextPageUrl: 'https://api.timekit.io/v2/bookings?page=3',
      prevPageUrl: 'https://api.timekit.io/v2/bookings?page=1',
      from: 16,
      to: 30,
    })
  })

  it('gives page: null when the response has no paging fields', async () => {
    server.reply(json(200, { data: [resourcePayload()] }))
    const result = await client.resources.list()
    expect(result.page).toBeNull()
    expect(result.items).toHaveLength(1)
  })

  it('fills missing paging fields with null and reads a string per_page (Laravel sends one)', async () => {
    server.reply(json(200, { data: [], total: 0, per_page: '25' }))
    const result = await client.resources.list()
    expect(result).toEqual({
      items: [],
      page: {
        total: 0,
        perPage: 25,
        currentPage: null,
        lastPage: null,
        nextPageUrl: null,
        prevPageUrl: null,
        from: null,
        to: null,
      },
    })
  })

  it('sends limit, page, include and search', async () => {
    server.reply(json(200, { data: [] }))
    await client.resources.list({ limit: 5, page: 2, include: ['calendars', 'tags'], search: { timezone: 'Europe/Oslo' } })
    expect(server.onlyRequest().query).toEqual({
      limit: '5',
      page: '2',
      include: 'calendars,tags',
      search: 'timezone:Europe/Oslo',
    })
  })

  it('keeps unknown fields of a resource', async () => {
    server.reply(json(200, { data: [resourcePayload({ priority: 3, settings: { color: 'teal' } })] }))
    const [resource] = (await client.resources.list()).items
    expect(resource).toMatchObject({ priority: 3, settings: { color: 'teal' } })
  })
})

describe('resources.get', () => {
  it('GETs /resources/:id', async () => {
    server.reply(json(200, { data: resourcePayload() }))
    await expect(client.resources.get(RESOURCE_ID)).resolves.toEqual(resourcePayload())
    expect(server.onlyRequest()).toMatchObject({ method: 'GET', path: `/v2/resources/${RESOURCE_ID}` })
  })

  it.each([
    ['a slash', 'a/b', '/v2/resources/a%2Fb'],
    ['a space and a question mark', 'a b?c', '/v2/resources/a%20b%3Fc'],
    ['a hash', 'x#1', '/v2/resources/x%231'],
    ['non-ASCII', 'ø', '/v2/resources/%C3%B8'],
  ])('URL-encodes an id with %s', async (_label, id, path) => {
    server.reply(json(200, { data: resourcePayload({ id }) }))
    const resource = await client.resources.get(id)
    expect(server.onlyRequest().path).toBe(path)
    expect(resource.id).toBe(id)
  })

  it.each([[''], ['.'], ['..']])('refuses the id %j before any request', async (id) => {
    const error = await client.resources.get(id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BookingKitError)
    expect((error as BookingKitError).message).toMatch(/^GET \/resources\/:id: the id (must be a non-empty string|cannot be)/)
    expect(server.requests).toHaveLength(0)
  })

  it('accepts a resource with only the required fields', async () => {
    server.reply(json(200, { data: { id: RESOURCE_ID, name: 'Room 1' } }))
    await expect(client.resources.get(RESOURCE_ID)).resolves.toEqual({ id: RESOURCE_ID, name: 'Room 1' })
  })
})

describe('resources.create', () => {
  it('POSTs the input as JSON and reads the 201', async () => {
    server.reply(json(201, { data: resourcePayload() }))
    const input = {
      name: 'Dr. Ana Lima',
      timezone: 'Europe/Copenhagen',
      tags: ['dentist'],
      availability_constraints: [{ allow_hours: { start: 9, end: 17 } }],
    }
    const created = await client.resources.create(input)
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'POST', path: '/v2/resources', query: {} })
    expect(request.headers['content-type']).toBe('application/json')
    expect(request.json).toEqual(input)
    expect(created.id).toBe(RESOURCE_ID)
  })
})

describe('resources.update', () => {
  it('PUTs the changed fields to /resources/:id', async () => {
    server.reply(json(200, { data: resourcePayload({ name: 'Dr. A. Lima' }) }))
    const updated = await client.resources.update(RESOURCE_ID, { name: 'Dr. A. Lima' })
    const request = server.onlyRequest()
    expect(request).toMatchObject({ method: 'PUT', path: `/v2/resources/${RESOURCE_ID}` })
    expect(request.json).toEqual({ name: 'Dr. A. Lima' })
    expect(updated.name).toBe('Dr. A. Lima')
  })
})

describe('resources.delete', () => {
  it('DELETEs /resources/:id and resolves to undefined on a 204', async () => {
    server.reply({ status: 204 })
    await expect(client.resources.delete('r/1')).resolves.toBeUndefined()
    expect(server.onlyRequest()).toMatchObject({ method: 'DELETE', path: '/v2/resources/r%2F1', body: '' })
  })

  it('ignores the JSON body a 200 carries', async () => {
    server.reply(json(200, { data: { id: RESOURCE_ID } }))
    await expect(client.resources.delete(RESOURCE_ID)).resolves.toBeUndefined()
  })

  it('does not take an HTML 200 (an app page, not the API) for a successful delete', async () => {
    server.reply(raw(200, '<!doctype html><html><body><div id="root"></div></body></html>', 'text/html'))
    const error = await client.resources.delete(RESOURCE_ID).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ResponseParseError)
    expect((error as ResponseParseError).snippet).toContain('<!doctype html>')
    expect((error as ResponseParseError).message).toContain('DELETE /resources/')
  })
})
