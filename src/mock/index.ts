export { createMockBackend, MAX_BODY_CHARS } from './createMockBackend'
export type { MockBackend, MockBackendOptions } from './createMockBackend'
export { createDemoSeed, demoSeed, DEMO_IDS } from './seed'
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
} from './types'
