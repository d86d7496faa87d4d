const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

function formatUuid(bytes: ArrayLike<number>): string {
  let out = ''
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-'
    out += HEX[bytes[i]! & 0xff]
  }
  return out
}

/** A version-4 UUID from 16 bytes, with the version and variant bits set. */
export function uuidFromBytes(bytes: number[]): string {
  const b = bytes.slice(0, 16)
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  return formatUuid(b)
}

/**
 * Ids for new entities. With a `random` source they derive from it, so a seeded run
 * produces the same ids every time; the last 6 bytes are a counter, so even a constant
 * `random` (`() => 0` in a test) never yields two equal ids. Otherwise `crypto.randomUUID`.
 */
export function createIdSource(random?: () => number): () => string {
  if (random) {
    let n = 0
    return () => {
      n += 1
      const bytes = Array.from({ length: 10 }, () => Math.floor(random() * 256))
      for (let shift = 40; shift >= 0; shift -= 8) bytes.push(Math.floor(n / 2 ** shift) & 0xff)
      return uuidFromBytes(bytes)
    }
  }
  return () => crypto.randomUUID()
}

/**
 * Request ids come from a counter, not from `random`, so adding a header never shifts
 * the random sequence a seeded test depends on.
 */
export function createRequestIdSource(): () => string {
  let n = 0
  return () => {
    n += 1
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`
  }
}
