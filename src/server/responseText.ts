/**
 * Bodies of the responses the proxy makes itself, by response. `toNodeHandler` writes
 * such a body straight to the socket instead of reading it back out of the `Response`
 * stream, which costs about 0.1 ms of CPU per request in Node (a third of the proxy's
 * own work on a small answer). Web runtimes never look here and read the stream as usual.
 */
const texts = new WeakMap<Response, string>()

/** A `Response` with a string body that a Node adapter can send without reading it back. */
export function textResponse(text: string, init: ResponseInit): Response {
  const response = new Response(text, init)
  texts.set(response, text)
  return response
}

/** The body `textResponse` was made with, while its stream is still unread. */
export function knownText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : texts.get(response)
}
