// Main-thread work per input, from a Chrome trace. The page marks every input it receives
// (`jb-input`) and the moment the second frame after it has been painted (`jb-settled`, see
// instrument.js). The work of an input is every top-level task on the page's main thread from its
// mark to its settled mark: event handlers, React, drawing, style, layout, paint, GC. Work after
// the settled mark and before the next input is counted apart (`after`): it is mostly the
// harness's own round trip, but also any work the app deferred past two frames.
// A task that runs a DevTools command (Playwright's own calls into the page, such as the settle
// wait) is the harness's, not the app's: it is counted apart (`harness`), never in `work`. Those
// tasks usually cost ~0.3 ms but one in ten costs 2–3 ms (the protocol's own work: no app code,
// no garbage collection runs in them), enough to decide a row's p95 on their own.
// Headless Chromium paints at a fixed 60 Hz, so frame intervals cannot tell a 3 ms frame from a
// 15 ms one; this can.
// `cpu` is the same tasks' thread time (the trace's `tdur`): the time the main thread ran, without
// the time it waited for a core or for another thread (the compositor's half of a commit). On two
// cores shared with the compositor, the display compositor, the browser process and the harness,
// `work` minus `cpu` is that waiting. Null where the trace has no thread times.

// Only what is needed: the timeline categories add several ms of tracing overhead per frame.
export const TRACE_CATEGORIES = ['toplevel', 'blink.user_timing']

const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask'])

const DEVTOOLS_MESSAGE = 'blink.mojom.DevToolsSession'

/**
 * { work, cpu, after, harness }: ms of main-thread work (wall time) and of its thread time (cpu) for
 * each `jb-input` mark, in mark order.
 */
export function workPerInput(traceBuffer) {
  const parsed = JSON.parse(traceBuffer.toString('utf8'))
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents
  const userTiming = (name) =>
    events.filter((e) => e.name === name && String(e.cat).includes('user_timing'))
  const inputMarks = userTiming('jb-input')
  if (inputMarks.length === 0) return { work: [], cpu: [], after: [], harness: [] }
  // The page's main thread is the one the marks were made on.
  const { pid, tid } = inputMarks[0]
  const onMain = (e) => e.pid === pid && e.tid === tid
  const inputs = inputMarks
    .filter(onMain)
    .map((e) => e.ts)
    .sort((a, b) => a - b)
  const settled = userTiming('jb-settled')
    .filter(onMain)
    .map((e) => e.ts)
    .sort((a, b) => a - b)
  // Each input's window ends at the first settled mark after it (or at the next input).
  const ends = inputs.map((t, i) => {
    const next = inputs[i + 1] ?? Infinity
    const s = settled.find((x) => x > t)
    return s !== undefined && s < next ? s : next
  })
  const tasks = events
    .filter((e) => onMain(e) && e.ph === 'X' && TASK_NAMES.has(e.name) && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts)
  // When the page received a DevTools command (the `toplevel,mojom` category names each message).
  const commands = events
    .filter(
      (e) =>
        onMain(e) &&
        e.name === 'Receive mojo message' &&
        e.args?.chrome_mojo_event_info?.mojo_interface_tag === DEVTOOLS_MESSAGE,
    )
    .map((e) => e.ts)
    .sort((a, b) => a - b)
  const runsCommand = (task) => {
    const i = firstAtOrAfter(commands, task.ts)
    return i < commands.length && commands[i] <= task.ts + task.dur
  }
  const work = new Array(inputs.length).fill(0)
  const cpu = new Array(inputs.length).fill(0)
  let timed = tasks.length > 0
  const after = new Array(inputs.length).fill(0)
  const harness = new Array(inputs.length).fill(0)
  let coveredUntil = -Infinity
  let m = 0
  for (const task of tasks) {
    const end = task.ts + task.dur
    if (end <= coveredUntil) continue // nested in a task already counted
    const start = Math.max(task.ts, coveredUntil)
    coveredUntil = end
    // The task belongs to the last input marked before it ended.
    while (m + 1 < inputs.length && inputs[m + 1] <= end) m++
    if (inputs[m] > end) continue // before the first input
    const cut = ends[m]
    if (runsCommand(task)) {
      harness[m] += (end - start) / 1000
      continue
    }
    if (start < cut) {
      const counted = Math.min(end, cut) - start
      work[m] += counted / 1000
      // A task's thread time, shared out in proportion to the part of it counted.
      if (typeof task.tdur === 'number') cpu[m] += (task.tdur * counted) / task.dur / 1000 || 0
      else timed = false
    }
    if (end > cut && Number.isFinite(cut)) after[m] += (end - Math.max(start, cut)) / 1000
  }
  return { work, cpu: timed ? cpu : null, after, harness }
}

/** The index of the first value in sorted `values` that is ≥ `x`. */
function firstAtOrAfter(values, x) {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (values[mid] < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
