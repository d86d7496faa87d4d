// The benchmark page, bundled by render.bench.ts for Chromium: mounts (a) a SlotPicker over a
// week of ~1,000 ten-minute slots and (b) the same number of plain <button>s with the same
// visible text and names, alternately, each as one synchronous commit timed with performance.now().
import { QueryClient } from '@tanstack/react-query'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { SlotPicker } from '../../src/components'
import { createMockBackend } from '../../src/mock'
import { BookingKitProvider } from '../../src/query'

const NOW = '2026-03-23T08:00:00Z'
const RESOURCE_ID = 'd3a1f1c2-4b6e-4c1a-9a51-0c0a11c0e1ff'
// Tuesday to Monday in Copenhagen: five days of 144 slots, the 23-hour Sunday's 138, Monday's 144.
const WINDOW = { start: '2026-03-24', days: 7 }
const SEARCH = { mode: 'roundrobin_random', resources: [RESOURCE_ID], length: '10 minutes' } as const

export interface BenchResult {
  slots: number
  picker: number[]
  buttons: number[]
}

declare global {
  interface Window {
    runBench(rounds: number, warmup: number): Promise<BenchResult>
  }
}

const backend = createMockBackend({
  resources: [{ id: RESOURCE_ID, name: 'Open desk', timezone: 'UTC', availability_constraints: [] }],
  now: NOW,
  // about:blank is not a secure context (no crypto.randomUUID): ids come from this instead.
  random: (() => {
    let seed = 1
    return () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646
  })(),
})
// One client for every mount: the first mount loads the week, later mounts read it from the
// cache in their first render (staleTime: Infinity), so each timed commit holds every slot.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })

function Picker() {
  return (
    <BookingKitProvider baseUrl="http://mock.local/v2" fetch={backend.fetch} queryClient={queryClient} locale="en-US" defaultTimeZone="Europe/Copenhagen" now={NOW}>
      <SlotPicker.Root search={SEARCH} defaultWindow={WINDOW} prefetchNext={false} />
    </BookingKitProvider>
  )
}

interface Label {
  time: string
  name: string
}

function Buttons({ labels }: { labels: Label[] }) {
  return (
    <div>
      {labels.map((label) => (
        <button key={label.name} type="button" aria-label={label.name}>
          {label.time}
        </button>
      ))}
    </div>
  )
}

function mount(host: HTMLElement, element: React.ReactElement): { root: Root; ms: number } {
  ;(window as { gc?: () => void }).gc?.()
  const root = createRoot(host)
  const start = performance.now()
  flushSync(() => root.render(element))
  return { root, ms: performance.now() - start }
}

window.runBench = async (rounds, warmup) => {
  const host = document.createElement('div')
  document.body.append(host)
  // Load the week once and read the picker's own labels for the baseline.
  const first = createRoot(host)
  first.render(<Picker />)
  for (let i = 0; i < 500 && host.querySelectorAll('[role="radio"]').length === 0; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  const labels: Label[] = [...host.querySelectorAll('[role="radio"]')].map((el) => ({
    time: el.textContent ?? '',
    name: el.getAttribute('aria-label') ?? '',
  }))
  first.unmount()
  if (labels.length === 0) throw new Error(`render.page: the SlotPicker never showed slots: ${host.innerHTML.slice(0, 400)}`)

  const result: BenchResult = { slots: labels.length, picker: [], buttons: [] }
  for (let i = 0; i < warmup + rounds; i++) {
    // Alternate which goes first, so neither always runs on a warmer engine.
    const order = i % 2 === 0 ? (['picker', 'buttons'] as const) : (['buttons', 'picker'] as const)
    for (const which of order) {
      const { root, ms } = mount(host, which === 'picker' ? <Picker /> : <Buttons labels={labels} />)
      const count = host.querySelectorAll(which === 'picker' ? '[role="radio"]' : 'button').length
      if (count !== labels.length) throw new Error(`render.page: ${which} committed ${count} of ${labels.length} slots`)
      flushSync(() => root.unmount())
      if (i >= warmup) result[which].push(ms)
    }
  }
  host.remove()
  return result
}
