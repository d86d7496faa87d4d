import { describe, expect, it } from 'vitest'
import { listTimeZones, searchTimeZones } from '../../src/time'

describe('searchTimeZones', () => {
  const zones = listTimeZones({ at: '2026-07-15T12:00:00Z', locale: 'en-GB' })
  const ids = (query: string, limit?: number) => searchTimeZones(query, { zones, limit }).map((z) => z.id)

  it.each([
    ['kolkata', 'Asia/Kolkata'],
    ['Kyiv', 'Europe/Kyiv'],
    ['sao paulo', 'America/Sao_Paulo'],
    ['São Paulo', 'America/Sao_Paulo'],
    ['new york', 'America/New_York'],
    ['America/Argentina/Buenos', 'America/Argentina/Buenos_Aires'],
    ['st johns', 'America/St_Johns'],
  ])('finds %s by city or id', (query, id) => {
    expect(ids(query)[0]).toBe(id)
  })

  it.each([
    ['+05:30', ['Asia/Colombo', 'Asia/Kolkata']],
    ['+5:30', ['Asia/Colombo', 'Asia/Kolkata']],
    ['UTC+0530', ['Asia/Colombo', 'Asia/Kolkata']],
    ['+05:45', ['Asia/Kathmandu']],
    ['GMT+12:45', ['Pacific/Chatham']],
    ['-2:30', ['America/St_Johns']],
    ['+14', ['Pacific/Kiritimati']],
  ])('finds zones by offset %s at the given instant', (query, expected) => {
    expect(ids(query)).toEqual(expected)
  })

  it('finds zones by abbreviation and long name, exact matches first', () => {
    expect(ids('BST')).toContain('Europe/London')
    expect(ids('CEST')).toEqual(expect.arrayContaining(['Europe/Copenhagen', 'Europe/Paris']))
    expect(ids('central european summer')).toContain('Europe/Berlin')
    expect(ids('london')[0]).toBe('Europe/London')
  })

  it('limits, returns everything for an empty query and nothing for nonsense', () => {
    expect(ids('', 5)).toHaveLength(5)
    expect(ids('')).toHaveLength(zones.length)
    expect(ids('america', 3)).toHaveLength(3)
    expect(ids('xyzzy')).toEqual([])
  })

  it('computes the list itself when none is passed', () => {
    expect(searchTimeZones('copenhagen', { at: '2026-01-15T12:00:00Z', locale: 'en-US' })[0]).toMatchObject({
      id: 'Europe/Copenhagen',
      offset: '+01:00',
    })
  })
})
