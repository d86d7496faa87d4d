/** Thrown by {@link readCappedText} when a body is larger than allowed. */
export class ResponseTooLargeError extends Error {
  override name = 'ResponseTooLargeError'
  constructor(readonly limit: number) {
    super(`upstream response exceeds ${limit} bytes`)
  }
}

/**
 * Reads a response body as text, but never more than `maxBytes`: a huge or
 * endless upstream answer must not fill the server's memory. The stream is
 * cancelled as soon as the limit is passed.
 */
export async function readCappedText(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel()
    throw new ResponseTooLargeError(maxBytes)
  }
  if (!response.body) return ''
  // A declared length within the limit is all the body can be (fetch fails a body that
  // runs past its Content-Length), so it is read in one go rather than chunk by chunk.
  if (response.headers.has('Content-Length') && Number.isFinite(declared)) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let size = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw new ResponseTooLargeError(maxBytes)
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}
