// The proxy signs upstream calls with the client's encoder: one HTTP Basic helper for every layer.
export { basicAuth } from '../client/basicAuth.js'
