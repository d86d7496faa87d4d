// react-booking-kit/mock/node: the mock backend as a Node HTTP server (node:http), with
// optional persistence to a JSON file. Node only; the engine itself is react-booking-kit/mock.
export { startMockServer, type MockServer, type StartMockServerOptions } from './startMockServer.js'
