// Added to the page before the app starts (page.addInitScript). While recording, every input the
// benchmark sends is stamped twice: a performance mark `jb-input` (so the Chrome trace can split
// main-thread work per input) and a row in window.__jbBench.inputs with the time the input reached
// the page and the time the next frame had been painted. settle() marks `jb-settled` when the
// second frame after an input has been painted; work after that is the harness's (or deferred).
// Nothing here reads or changes the app.
/* global window, requestAnimationFrame */
;(() => {
  const bench = {
    recording: false,
    inputs: [],
    pending: 0,
    start() {
      bench.inputs = []
      bench.recording = true
    },
    stop() {
      bench.recording = false
      return { inputs: bench.inputs }
    },
    /** Resolves once the frame after the latest input and the one after it have been painted. */
    settle() {
      return new Promise((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              performance.mark('jb-settled')
              resolve(performance.now())
            }
            channel.port2.postMessage(0)
          }),
        )
      })
    },
    /** Resolves after `n` frames. */
    frames(n) {
      return new Promise((resolve) => {
        const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step))
        requestAnimationFrame(step)
      })
    },
  }
  const stamp = (event) => {
    if (!bench.recording) return
    if (event.type === 'keyup' || event.type === 'mouseup') return
    const row = { type: event.type, at: performance.now(), painted: 0 }
    bench.inputs.push(row)
    performance.mark('jb-input')
    // The first frame after the input: its rendering is done when a task posted from its rAF runs.
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => (row.painted = performance.now())
      channel.port2.postMessage(0)
    })
  }
  for (const type of ['wheel', 'mousemove', 'mousedown', 'keydown'])
    window.addEventListener(type, stamp, { capture: true, passive: true })
  window.__jbBench = bench
})()
