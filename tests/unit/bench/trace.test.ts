// The board benchmark's split of a Chrome trace into work per input: the app's tasks are counted,
// the harness's DevTools commands are counted apart.
import { describe, expect, it } from 'vitest'
import { workPerInput } from '../../../bench/board/trace.mjs'

const PAGE = { pid: 1, tid: 1 }

const mark = (name: string, ts: number) => ({
  ...PAGE,
  name,
  cat: 'blink.user_timing',
  ph: 'R',
  ts,
})
const task = (ts: number, dur: number, tid = PAGE.tid, tdur = dur) => ({
  pid: PAGE.pid,
  tid,
  name: 'ThreadControllerImpl::RunTask',
  cat: 'toplevel',
  ph: 'X',
  ts,
  dur,
  tdur,
})
const message = (ts: number, tag: string) => ({
  ...PAGE,
  name: 'Receive mojo message',
  cat: 'toplevel,mojom',
  ph: 'X',
  ts,
  dur: 10,
  args: { chrome_mojo_event_info: { mojo_interface_tag: tag } },
})

const trace = (events: object[]) => Buffer.from(JSON.stringify({ traceEvents: events }))

describe('workPerInput', () => {
  it("counts the page's tasks from an input to its settled mark, and DevTools commands apart", () => {
    const { work, after, harness } = workPerInput(
      trace([
        mark('jb-input', 1_000),
        task(900, 3_000), // the input's own task (it made the mark, and counts whole)
        task(5_000, 2_500), // the harness's settle call
        message(5_010, 'blink.mojom.DevToolsSession'),
        task(8_000, 500), // a frame handed to the compositor: the page's work
        message(8_010, 'viz.mojom.CompositorFrameSinkClient'),
        task(8_000, 700, 2), // another thread
        mark('jb-settled', 20_000),
        task(21_000, 400), // after the settled mark
        mark('jb-input', 30_000),
        task(30_000, 1_000),
        mark('jb-settled', 35_000),
      ]),
    )
    expect(work).toEqual([3.5, 1])
    expect(harness).toEqual([2.5, 0])
    expect(after).toEqual([0.4, 0])
  })

  it('counts the thread time of the same tasks apart from their wall time', () => {
    const { work, cpu } = workPerInput(
      trace([
        mark('jb-input', 1_000),
        task(1_000, 4_000, PAGE.tid, 2_500), // ran 2.5 of its 4 ms: waited 1.5 for a core
        task(6_000, 1_000, 2, 1_000), // another thread
        task(9_000, 2_000, PAGE.tid, 1_000), // half of it before the settled mark
        mark('jb-settled', 10_000),
        mark('jb-input', 20_000),
        task(20_000, 1_000),
        mark('jb-settled', 25_000),
      ]),
    )
    expect(work).toEqual([5, 1])
    expect(cpu).toEqual([3, 1])
  })

  it('gives no thread times when the trace has none', () => {
    const { tdur: _, ...untimed } = task(1_000, 500)
    const { work, cpu } = workPerInput(
      trace([mark('jb-input', 1_000), untimed, mark('jb-settled', 2_000)]),
    )
    expect(work).toEqual([0.5])
    expect(cpu).toBeNull()
  })

  it('returns no figures for a trace without inputs', () => {
    expect(workPerInput(trace([task(0, 1_000)]))).toEqual({
      work: [],
      cpu: [],
      after: [],
      harness: [],
    })
  })
})
