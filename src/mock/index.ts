export { createMockBackend, MAX_BODY_CHARS } from './createMockBackend.js'
export type { MockBackend, MockBackendOptions } from './createMockBackend.js'
export { createDemoSeed, DEMO_IDS } from './seed.js'
export type {
  MockBookingGraph,
  MockBookingRecord,
  MockBookingSeed,
  MockBookingState,
  MockCalendar,
  MockConstraint,
  MockCustomer,
  MockFaults,
  MockLatency,
  MockNow,
  MockProject,
  MockResource,
  MockResourceSeed,
  MockSeed,
  MockSnapshot,
} from './types.js'
