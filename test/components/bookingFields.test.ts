// The field layer with no DOM: booking-js's `customer_fields` converted, the URL prefill
// convention, the zod/mini checks, the server's 422 paths on fields, and the create-booking
// body compared with what booking-js sends.
import { describe, expect, test } from 'vitest'
import type { Slot } from '../../src/client'
import {
  buildBookingPayload,
  DEFAULT_BOOKING_FIELDS,
  defaultBookingFormMessages,
  fromBookingJsFields,
  initialValues,
  mapServerFieldErrors,
  prefillFromSearchParams,
  validateBookingValues,
  type BookingField,
} from '../../src/components'
import { BOOKING_JS_FIELDS_EXAMPLE, BOOKING_JS_LEGACY_EXAMPLE } from './support/bookingJsExamples'

const SLOT: Slot = {
  start: '2026-03-24T08:00:00Z',
  end: '2026-03-24T09:00:00Z',
  resources: [{ id: 'r-1', name: 'Astrid Nielsen' }],
} as Slot

const m = defaultBookingFormMessages

describe('fromBookingJsFields', () => {
  test("booking-js's fields example: titles, formats, prefilled values and options, in order", () => {
    expect(fromBookingJsFields(BOOKING_JS_FIELDS_EXAMPLE)).toEqual([
      { key: 'name', title: 'Your name please', format: 'text' },
      { key: 'email', title: 'E-mail', format: 'email', defaultValue: 'doc.brown@timekit.io' },
      { key: 'comment', title: 'Comment', format: 'textarea', defaultValue: 'This is a comment' },
      { key: 'department', title: 'Department', format: 'select', options: ['Development', 'Design', 'Sales'] },
      { key: 'terms', title: 'I accept terms & conditions', format: 'checkbox' },
    ])
  })

  test("booking-js's legacy example: default titles, tel for phone, readonly and required kept", () => {
    expect(fromBookingJsFields(BOOKING_JS_LEGACY_EXAMPLE)).toEqual([
      { key: 'name', title: 'Name', format: 'text', placeholder: 'Your name please' },
      { key: 'email', title: 'E-mail', format: 'email', readonly: true, defaultValue: 'doc.brown@timekit.io' },
      { key: 'comment', title: 'Comment', format: 'textarea', defaultValue: 'This is a comment' },
      { key: 'phone', title: 'Phone', format: 'tel', required: true },
      { key: 'voip', title: 'Voip', format: 'text', required: true, readonly: true, defaultValue: 'doc.brown' },
      { key: 'location', title: 'Location', format: 'text', placeholder: 'Place of meeting' },
    ])
  })

  test('no config (group bookings, callbacks examples) gives name and e-mail, both required', () => {
    expect(fromBookingJsFields(undefined)).toEqual(DEFAULT_BOOKING_FIELDS)
    expect(fromBookingJsFields({})).toEqual(DEFAULT_BOOKING_FIELDS)
    expect(DEFAULT_BOOKING_FIELDS.every((f) => f.required)).toBe(true)
  })

  test('split_name gives first and last name with the name field’s settings', () => {
    expect(fromBookingJsFields({ name: { split_name: true, required: true, placeholder: 'x' }, email: {} })).toEqual([
      { key: 'first_name', title: 'First name', format: 'text', required: true, placeholder: 'x' },
      { key: 'last_name', title: 'Last name', format: 'text', required: true, placeholder: 'x' },
      { key: 'email', title: 'E-mail', format: 'email' },
    ])
  })

  test.each([
    [{ format: 'text' }, 'text'],
    [{ format: 'string' }, 'text'],
    [{}, 'text'],
    [{ format: 'email' }, 'email'],
    [{ format: 'tel' }, 'tel'],
    [{ format: 'number' }, 'number'],
    [{ format: 'textarea' }, 'textarea'],
    [{ format: 'select', enum: ['a'] }, 'select'],
    [{ format: 'checkbox' }, 'checkbox'],
    [{ format: 'checkbox', enum: ['a', 'b'] }, 'checkbox'],
    [{ format: 'label' }, 'label'],
  ] as const)('custom field %o has format %s', (config, format) => {
    const [field] = fromBookingJsFields({ custom: config })
    expect(field!.format).toBe(format)
    expect(field!.key).toBe('custom')
    expect(field!.title).toBe('custom')
  })

  test('email is always an e-mail field; hidden, prefilled false and enum copies', () => {
    const options = ['a', 'b']
    const fields = fromBookingJsFields({
      email: { format: 'text' },
      ref: { hidden: true, prefilled: 'campaign-7' },
      opt: { prefilled: false },
      many: { format: 'checkbox', enum: options, prefilled: ['a'] },
    })
    expect(fields[0]!.format).toBe('email')
    expect(fields[1]).toEqual({ key: 'ref', title: 'ref', format: 'text', hidden: true, defaultValue: 'campaign-7' })
    expect(fields[2]).not.toHaveProperty('defaultValue')
    expect(fields[3]!.options).toEqual(options)
    expect(fields[3]!.options).not.toBe(options)
    expect(initialValues(fields)).toEqual({ email: '', ref: 'campaign-7', opt: '', many: ['a'] })
  })

  test("a multi-checkbox prefilled with one option (booking-js's string) holds a list", () => {
    const [field] = fromBookingJsFields({ topics: { format: 'checkbox', enum: ['A', 'B'], prefilled: 'B' } })
    expect(field!.defaultValue).toEqual(['B'])
  })

  test('initial values: empty by format, labels have none', () => {
    const fields = fromBookingJsFields({
      t: {},
      c: { format: 'checkbox' },
      mc: { format: 'checkbox', enum: ['x'] },
      l: { format: 'label', title: 'Read ((this, https://example.com))' },
    })
    expect(initialValues(fields)).toEqual({ t: '', c: false, mc: [] })
  })
})

describe('prefillFromSearchParams', () => {
  const fields = fromBookingJsFields({
    name: {},
    email: { readonly: true },
    department: { format: 'select', enum: ['Design', 'Sales'] },
    terms: { format: 'checkbox' },
    topics: { format: 'checkbox', enum: ['A', 'B', 'C'] },
    note: { format: 'label', title: 'Note' },
  })

  test("booking-js's ?customer.<key>=value: known keys only, the others ignored", () => {
    const { values } = prefillFromSearchParams(
      '?customer.name=Ada%20Lovelace&customer.email=ada%2Bbook%40example.com&customer.unknown=x&name=Bob&email=bob@example.com',
      fields,
    )
    expect(values).toEqual({ name: 'Ada Lovelace', email: 'ada+book@example.com' })
  })

  test('a select takes only one of its options; checkboxes take true/1/on or their options', () => {
    const params = new URLSearchParams()
    params.append('customer.department', 'Marketing')
    params.append('customer.terms', '1')
    params.append('customer.topics', 'A')
    params.append('customer.topics', 'Z')
    params.append('customer.topics', 'C')
    params.append('customer.note', 'injected')
    expect(prefillFromSearchParams(params, fields).values).toEqual({ terms: true, topics: ['A', 'C'] })
    expect(prefillFromSearchParams('customer.department=Sales&customer.terms=no', fields).values).toEqual({ department: 'Sales', terms: false })
  })

  test('prefilled fields get the value as their default; a readonly one stays locked', () => {
    const { fields: next } = prefillFromSearchParams('customer.email=ada@example.com&customer.name=Ada', fields)
    const email = next.find((f) => f.key === 'email')!
    expect(email).toMatchObject({ defaultValue: 'ada@example.com', readonly: true })
    expect(next.find((f) => f.key === 'name')).toMatchObject({ defaultValue: 'Ada' })
    expect(next.find((f) => f.key === 'department')).not.toHaveProperty('defaultValue')
    expect(initialValues(next)).toMatchObject({ name: 'Ada', email: 'ada@example.com' })
  })
})

describe('validateBookingValues (zod/mini schemas from the fields)', () => {
  const fields = fromBookingJsFields({
    name: { required: true },
    email: { required: true },
    phone: {},
    age: { format: 'number' },
    department: { format: 'select', enum: ['Design', 'Sales'] },
  })
  const check = (values: Record<string, string>) =>
    validateBookingValues(fields, { name: 'Ada', email: 'ada@example.com', phone: '', age: '', department: '', ...values }, m)

  test.each([
    'ada+booking@example.com',
    'ada@bücher.de',
    'ada@xn--bcher-kva.de',
    'пользователь@пример.рф',
    'a.b-c_d@mail.co.uk',
    '  ada@example.com  ',
  ])('e-mail %s is accepted', (email) => {
    expect(check({ email })).toEqual({})
  })

  test.each(['ada', 'ada@localhost', 'ada@example', 'ada@@example.com', 'ada @example.com', '@example.com', 'ada@.com.'])(
    'e-mail %s is refused with a message naming the field',
    (email) => {
      expect(check({ email })).toEqual({ email: 'E-mail must be an e-mail address, like name@example.com.' })
    },
  )

  test.each(['+45 12 34 56 78', '+1 (555) 123-4567', '555.123.4567', '0045 1234 5678'])('phone %s is accepted', (phone) => {
    expect(check({ phone })).toEqual({})
  })

  test.each(['+', 'call me', '12', '+45 12 34 x', '++45 1234 5678'])('phone %s is refused', (phone) => {
    expect(check({ phone })).toEqual({ phone: 'Phone must be a phone number: digits, optionally starting with +.' })
  })

  test('number and select', () => {
    expect(check({ age: '42', department: 'Sales' })).toEqual({})
    expect(check({ age: '-1.5' })).toEqual({})
    expect(check({ age: 'forty', department: 'Marketing' })).toEqual({
      age: 'age must be a number.',
      department: 'Choose one of the options for department.',
    })
  })

  test('required: blank text, an unchecked box and no chosen option all count as empty', () => {
    const required = fromBookingJsFields({
      name: { required: true },
      terms: { format: 'checkbox', required: true, title: 'Terms' },
      topics: { format: 'checkbox', enum: ['A'], required: true, title: 'Topics' },
    })
    expect(validateBookingValues(required, { name: '   ', terms: false, topics: [] }, m)).toEqual({
      name: 'Name is required.',
      terms: 'Terms is required.',
      topics: 'Topics is required.',
    })
    expect(validateBookingValues(required, { name: 'Ada', terms: true, topics: ['A'] }, m)).toEqual({})
  })

  test('hidden, readonly and label fields are not checked (the customer cannot fix them)', () => {
    const locked = fromBookingJsFields({
      email: { required: true, readonly: true },
      ref: { required: true, hidden: true },
      info: { format: 'label', required: true },
    })
    expect(validateBookingValues(locked, { email: 'not an address', ref: '' }, m)).toEqual({})
  })

  test('custom messages are used', () => {
    const messages = { ...m, required: ({ title }: { title: string }) => `Fill in ${title}` }
    expect(validateBookingValues(fields, { name: '', email: 'ada@example.com' }, messages)).toEqual({ name: 'Fill in Name' })
  })
})

describe('mapServerFieldErrors', () => {
  const fields = fromBookingJsFields({ name: {}, email: {}, location: {}, department: {} })

  test("the API's paths land on the form's fields; the others go to the summary", () => {
    expect(
      mapServerFieldErrors(
        {
          'customer.email': ['The customer.email must be a valid email address.'],
          'customer.name': 'The customer.name field is required.',
          where: ['Too long.', 'Really.'],
          'customer.department': ['Unknown department.'],
          resource_id: ['The resource_id is invalid.'],
        },
        fields,
      ),
    ).toEqual({
      errors: {
        email: 'The customer.email must be a valid email address.',
        name: 'The customer.name field is required.',
        location: 'Too long. Really.',
        department: 'Unknown department.',
      },
      rest: ['The resource_id is invalid.'],
    })
  })

  test('an error on a hidden or label field goes to the summary: the customer cannot see or fix it there', () => {
    const withHidden = fromBookingJsFields({ name: {}, ref: { hidden: true, prefilled: 'x' }, info: { format: 'label' } })
    expect(mapServerFieldErrors({ 'customer.ref': ['The customer.ref is unknown.'], info: 'Nope.' }, withHidden)).toEqual({
      errors: {},
      rest: ['The customer.ref is unknown.', 'Nope.'],
    })
  })

  test('customer.where is the location field too', () => {
    expect(mapServerFieldErrors({ 'customer.where': ['Unknown place.'] }, fields).errors).toEqual({ location: 'Unknown place.' })
  })
})

describe('buildBookingPayload (what booking-js sends)', () => {
  test('name, e-mail and the zone on the customer; every field in the description; what and where', () => {
    const fields = fromBookingJsFields(BOOKING_JS_FIELDS_EXAMPLE)
    const payload = buildBookingPayload(
      fields,
      { name: ' Ada ', email: 'ada@example.com ', comment: 'Hi', department: 'Design', terms: true },
      { slot: SLOT, timeZone: 'America/New_York' },
    )
    expect(payload).toEqual({
      resource_id: 'r-1',
      graph: 'instant',
      start: SLOT.start,
      end: SLOT.end,
      what: 'Meeting with Ada',
      where: 'TBD',
      customer: { name: 'Ada', email: 'ada@example.com', timezone: 'America/New_York', comment: 'Hi', department: 'Design', terms: true },
      description: ['Your name please: Ada', 'E-mail: ada@example.com', 'Comment: Hi', 'Department: Design', 'I accept terms & conditions: Yes'].join('\n'),
    })
  })

  test('location becomes where (on the booking and the customer); phone and voip on the customer', () => {
    const fields = fromBookingJsFields(BOOKING_JS_LEGACY_EXAMPLE)
    const payload = buildBookingPayload(
      fields,
      { name: 'Ada', email: 'doc.brown@timekit.io', comment: '', phone: '+45 1234 5678', voip: 'doc.brown', location: 'Café Europa' },
      { slot: SLOT, timeZone: 'Europe/Copenhagen' },
    )
    expect(payload.where).toBe('Café Europa')
    expect(payload.customer).toMatchObject({ where: 'Café Europa', phone: '+45 1234 5678', voip: 'doc.brown', comment: '' })
    expect(payload.description).toContain('Location: Café Europa')
  })

  test('split name: the booking’s name is first and last joined, both also on the customer', () => {
    const fields = fromBookingJsFields({ name: { split_name: true }, email: {} })
    const payload = buildBookingPayload(fields, { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com' }, { slot: SLOT, timeZone: 'UTC' })
    expect(payload.customer).toMatchObject({ name: 'Ada Lovelace', first_name: 'Ada', last_name: 'Lovelace' })
    expect(payload.what).toBe('Meeting with Ada Lovelace')
    expect(payload.description).toBe('Name: Ada Lovelace\nE-mail: ada@example.com')
  })

  test('a multi-checkbox is a list on the customer, joined in the description; labels are not sent', () => {
    const fields = fromBookingJsFields({
      name: {},
      email: {},
      topics: { title: 'Topics', format: 'checkbox', enum: ['A', 'B'] },
      terms: { title: 'Terms', format: 'checkbox' },
      info: { title: 'Read ((this, https://example.com))', format: 'label' },
    })
    const payload = buildBookingPayload(fields, { name: 'A', email: 'a@example.com', topics: ['A', 'B'], terms: false }, { slot: SLOT, timeZone: 'UTC' })
    expect(payload.customer).toMatchObject({ topics: ['A', 'B'], terms: false })
    expect(payload.customer).not.toHaveProperty('info')
    expect(payload.description).toBe('Name: A\nE-mail: a@example.com\nTopics: A, B\nTerms: No')
  })

  test('project_id, graph, what, where and resource from the options', () => {
    const payload = buildBookingPayload(DEFAULT_BOOKING_FIELDS, { name: 'Ada', email: 'ada@example.com' }, {
      slot: SLOT,
      timeZone: 'UTC',
      project_id: 'p-1',
      graph: 'confirm_decline',
      resourceId: 'r-2',
    })
    expect(payload).toMatchObject({ project_id: 'p-1', graph: 'confirm_decline', resource_id: 'r-2' })
    expect(payload).not.toHaveProperty('what')
    expect(payload).not.toHaveProperty('where')
    const named = buildBookingPayload(DEFAULT_BOOKING_FIELDS, { name: 'Ada', email: 'a@example.com' }, { slot: SLOT, timeZone: 'UTC', what: 'Consultation', where: 'Online' })
    expect(named).toMatchObject({ what: 'Consultation', where: 'Online' })
  })

  test('a slot without resources and no resourceId is a clear error', () => {
    const bare = { ...SLOT, resources: [] } as Slot
    expect(() => buildBookingPayload(DEFAULT_BOOKING_FIELDS, {}, { slot: bare, timeZone: 'UTC' })).toThrow(/no resource; pass `resourceId`/)
  })

  test('a hidden prefilled field is sent', () => {
    const fields: BookingField[] = [...DEFAULT_BOOKING_FIELDS, { key: 'ref', title: 'Ref', format: 'text', hidden: true, defaultValue: 'c-7' }]
    const payload = buildBookingPayload(fields, { ...initialValues(fields), name: 'A', email: 'a@example.com' }, { slot: SLOT, timeZone: 'UTC' })
    expect(payload.customer).toMatchObject({ ref: 'c-7' })
  })
})
