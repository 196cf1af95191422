// Runs in the page before the app: files live in the origin private file system (OPFS), and the
// File System Access pickers are stubbed to hand out those files, as a user choosing them would.
/* global window */
;(() => {
  const dir = () =>
    navigator.storage
      .getDirectory()
      .then((root) => root.getDirectoryHandle('e2e', { create: true }))
  const state = { nextOpen: null, nextSave: null, saveDialogs: 0 }

  window.__jb = {
    state,
    async writeFile(name, text) {
      const handle = await (await dir()).getFileHandle(name, { create: true })
      const writable = await handle.createWritable()
      await writable.write(text)
      await writable.close()
    },
    async readFile(name) {
      try {
        const handle = await (await dir()).getFileHandle(name)
        return await (await handle.getFile()).text()
      } catch {
        return null
      }
    },
    async removeFile(name) {
      await (await dir()).removeEntry(name)
    },
    setNextOpen(name) {
      state.nextOpen = name
    },
    setNextSave(name) {
      state.nextSave = name
    },
  }

  window.showOpenFilePicker = async () => {
    const name = state.nextOpen
    state.nextOpen = null
    if (!name) throw new DOMException('The user aborted a request.', 'AbortError')
    return [await (await dir()).getFileHandle(name)]
  }

  window.showSaveFilePicker = async (options) => {
    state.saveDialogs++
    const name = state.nextSave ?? options?.suggestedName ?? 'Untitled.journey'
    state.nextSave = null
    return (await dir()).getFileHandle(name, { create: true })
  }
})()
