// The app's file workflow: new, open, restore, save, save as, close — each one written once and
// driven alike by buttons, keyboard shortcuts and the native menu. Nothing here loses work: a
// newer file is never overwritten, a failed open keeps the current map, a close asks first.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { createEditor, type Editor } from '../../../shared/commands/editor'
import {
  createDocument,
  parseDocument,
  serializeDocument,
  type Problem,
  type TemplateId,
} from '../../../shared/document'
import type {
  FileRef,
  Host,
  HostError,
  MenuCommand,
  OpenedFile,
  RecentFile,
  RecoveryOffer,
} from '../../../shared/host/host'
import { CLOSE_WINDOW_EVENT } from '../host'
import { isTextField } from '../ui/textFields'
import type { DialogSpec, UnsavedChoice } from './dialogs'
import { keepRecovery, type RecoveryKeeper, type RecoveryStatus } from './recovery'
import { dispatchMenuCommand } from './menuCommandEvent'

export interface MapSession {
  readonly editor: Editor
  readonly file: FileRef | null
  /** Set when the file came from a newer Journeyboard: Save goes to Save As. */
  readonly readOnlyReason: string | null
}

export interface MapController {
  readonly session: MapSession | null
  readonly recoveryStatus: RecoveryStatus
  readonly dialog: DialogSpec | null
  readonly recentFiles: readonly RecentFile[]
  readonly recoveryOffers: readonly RecoveryOffer[]
  readonly busy: boolean
  dismissDialog(): void
  newMap(template: TemplateId): Promise<void>
  open(): Promise<void>
  openRecent(file: FileRef): Promise<void>
  restore(offer: RecoveryOffer): Promise<void>
  discardOffer(offer: RecoveryOffer): Promise<void>
  save(): Promise<boolean>
  saveAs(): Promise<boolean>
  close(): Promise<boolean>
}

export function useMapController(host: Host): MapController {
  const [session, setSession] = useState<MapSession | null>(null)
  const [recoveryStatus, setRecoveryStatus] = useState<RecoveryStatus>('none')
  const [dialog, setDialog] = useState<DialogSpec | null>(null)
  const [recentFiles, setRecentFiles] = useState<readonly RecentFile[]>([])
  const [recoveryOffers, setRecoveryOffers] = useState<readonly RecoveryOffer[]>([])
  const [busy, setBusy] = useState(false)
  const sessionRef = useRef<MapSession | null>(null)
  const keeperRef = useRef<RecoveryKeeper | null>(null)
  const busyRef = useRef(false)

  const refreshStart = useCallback(async () => {
    const [recent, offers] = await Promise.all([
      host.recentFiles().catch(() => []),
      host.listRecovery().catch(() => []),
    ])
    setRecentFiles(recent)
    setRecoveryOffers(offers)
  }, [host])

  // The start screen's lists, whenever it is shown.
  useEffect(() => {
    if (session !== null) return
    let live = true
    void Promise.all([host.recentFiles(), host.listRecovery()]).then(
      ([recent, offers]) => {
        if (!live) return
        setRecentFiles(recent)
        setRecoveryOffers(offers)
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [host, session])

  // One recovery keeper per open map; the title bar follows the document.
  useEffect(() => {
    sessionRef.current = session
    if (!session) {
      host.setDocumentState({ documentId: null, title: '', fileName: null, dirty: false })
      return
    }
    const { editor } = session
    const keeper = keepRecovery(host, editor, session.file, setRecoveryStatus)
    keeperRef.current = keeper
    const report = () => {
      const doc = editor.getState()
      host.setDocumentState({
        documentId: doc.id,
        title: doc.title,
        fileName: session.file?.name ?? null,
        dirty: editor.isDirty(),
      })
    }
    report()
    const unsubscribe = editor.subscribe(report)
    return () => {
      unsubscribe()
      keeper.dispose()
      if (keeperRef.current === keeper) keeperRef.current = null
    }
  }, [host, session])

  const tell = useCallback(
    (tone: 'error' | 'warning' | 'info', title: string, body: string, details?: string[]) =>
      setDialog({ kind: 'message', tone, title, body, ...(details ? { details } : {}) }),
    [],
  )

  const askUnsaved = useCallback(
    (title: string) =>
      new Promise<UnsavedChoice>((resolve) =>
        setDialog({
          kind: 'unsaved',
          title: `Save changes to “${title || 'Untitled map'}”?`,
          body: 'Your changes will be lost if you don’t save them.',
          resolve: (choice) => {
            setDialog(null)
            resolve(choice)
          },
        }),
      ),
    [],
  )

  /** Runs one file action at a time, so a double click cannot save twice. */
  const exclusive = useCallback(async <T>(fallback: T, action: () => Promise<T>): Promise<T> => {
    if (busyRef.current) return fallback
    busyRef.current = true
    setBusy(true)
    try {
      return await action()
    } finally {
      busyRef.current = false
      setBusy(false)
    }
  }, [])

  const writeTo = useCallback(
    async (target: 'file' | 'choose'): Promise<boolean> => {
      const current = sessionRef.current
      if (!current) return false
      const { editor } = current
      const saveAs = target === 'choose' || current.file === null || current.readOnlyReason !== null
      const doc = editor.getState()
      let text: string
      try {
        text = serializeDocument(doc)
      } catch (error) {
        tell('error', 'The map could not be saved', describeInternal(error))
        return false
      }
      const revision = editor.revision()
      const result = await host
        .save({
          file: saveAs ? null : current.file,
          text,
          suggestedName: fileNameFor(doc.title),
        })
        .catch((error: unknown) => ({ ok: false as const, error: unexpected(error) }))
      if (result === null) return false
      if (!result.ok) {
        tell('error', 'The map was not saved', hostMessage(result.error))
        return false
      }
      const saved = result.value
      // Edits made while the file was being written are not in it: the map stays unsaved.
      if (editor.revision() === revision) editor.markSaved()
      const next: MapSession = { editor, file: saved.file, readOnlyReason: null }
      sessionRef.current = next
      keeperRef.current?.setFile(saved.file)
      if (!editor.isDirty()) await keeperRef.current?.discard()
      setSession(next)
      await host.addRecentFile(saved.file, doc.title).catch(() => undefined)
      if (saved.notice) tell('info', 'Saved', saved.notice)
      return true
    },
    [host, tell],
  )

  const save = useCallback(() => exclusive(false, () => writeTo('file')), [exclusive, writeTo])
  const saveAs = useCallback(() => exclusive(false, () => writeTo('choose')), [exclusive, writeTo])

  /** Asks about unsaved changes; true when the current map may be replaced or closed. */
  const settleCurrent = useCallback(async (): Promise<boolean> => {
    const current = sessionRef.current
    if (!current) return true
    if (!current.editor.isDirty()) return true
    const choice = await askUnsaved(current.editor.getState().title)
    if (choice === 'cancel') return false
    if (choice === 'save') return writeTo('file')
    await keeperRef.current?.discard()
    return true
  }, [askUnsaved, writeTo])

  const show = useCallback((next: MapSession | null) => {
    sessionRef.current = next
    setRecoveryStatus(next?.editor.isDirty() ? 'pending' : 'none')
    setSession(next)
  }, [])

  const newMap = useCallback(
    (template: TemplateId) =>
      exclusive(undefined, async () => {
        if (!(await settleCurrent())) return
        show({ editor: createEditor(createDocument(template)), file: null, readOnlyReason: null })
      }),
    [exclusive, settleCurrent, show],
  )

  /** Shows an opened file, or explains why it cannot be shown and stays where the user was. */
  const adopt = useCallback(
    async (opened: OpenedFile): Promise<void> => {
      const parsed = parseDocument(opened.text)
      if (!parsed.ok) {
        tell('error', `“${opened.file.name}” could not be opened`, parsed.message)
        return
      }
      if (!(await settleCurrent())) return
      // A repaired map is not what the file holds: it counts as unsaved until it is saved, so
      // closing asks, and the file stops giving the same warnings.
      const repaired = parsed.problems.length > 0 && !parsed.readOnly
      show({
        editor: createEditor(parsed.document, { dirty: repaired }),
        file: opened.file,
        readOnlyReason: parsed.readOnly
          ? (parsed.readOnlyReason ?? 'This map was made by a newer version of Journeyboard.')
          : null,
      })
      await host.addRecentFile(opened.file, parsed.document.title).catch(() => undefined)
      if (parsed.problems.length > 0) {
        tell(
          'warning',
          `“${opened.file.name}” was opened with some parts left out`,
          'We opened your map but had to leave out or repair these parts of the file. ' +
            'Save it to keep the repaired map:',
          parsed.problems.map(describeProblem),
        )
      }
    },
    [host, settleCurrent, show, tell],
  )

  const open = useCallback(
    () =>
      exclusive(undefined, async () => {
        const result = await host
          .openDialog()
          .catch((error: unknown) => ({ ok: false as const, error: unexpected(error) }))
        if (result === null) return
        if (!result.ok) {
          tell('error', 'The map could not be opened', hostMessage(result.error))
          return
        }
        await adopt(result.value)
      }),
    [adopt, exclusive, host, tell],
  )

  const openRecent = useCallback(
    (file: FileRef) =>
      exclusive(undefined, async () => {
        const result = await host
          .openFile(file)
          .catch((error: unknown) => ({ ok: false as const, error: unexpected(error) }))
        if (!result.ok) {
          tell('error', `“${file.name}” could not be opened`, hostMessage(result.error))
          return
        }
        await adopt(result.value)
      }),
    [adopt, exclusive, host, tell],
  )

  const restore = useCallback(
    (offer: RecoveryOffer) =>
      exclusive(undefined, async () => {
        const parsed = parseDocument(offer.text)
        if (!parsed.ok) {
          tell('error', `“${offer.title}” could not be restored`, parsed.message)
          return
        }
        if (!(await settleCurrent())) return
        show({
          editor: createEditor(parsed.document, { dirty: true }),
          file: offer.reason === 'file-missing' ? null : offer.file,
          readOnlyReason: null,
        })
        if (parsed.problems.length > 0) {
          tell(
            'warning',
            `“${offer.title}” was restored with some parts left out`,
            'We restored your map but had to leave out or repair these parts:',
            parsed.problems.map(describeProblem),
          )
        }
      }),
    [exclusive, settleCurrent, show, tell],
  )

  const discardOffer = useCallback(
    async (offer: RecoveryOffer) => {
      await host.discardRecovery(offer.documentId).catch(() => undefined)
      await refreshStart()
    },
    [host, refreshStart],
  )

  const close = useCallback(
    () =>
      exclusive(false, async () => {
        if (!(await settleCurrent())) return false
        show(null)
        return true
      }),
    [exclusive, settleCurrent, show],
  )

  // Menu commands (Electron's menu, or keyboard shortcuts in the browser) run the same actions.
  const commandsRef = useRef<(command: MenuCommand) => void>(() => undefined)
  useEffect(() => {
    commandsRef.current = (command) => {
      const editor = sessionRef.current?.editor
      if (FILE_COMMANDS.has(command.id)) commitTyping()
      switch (command.id) {
        case 'file.new':
          void close()
          return
        case 'file.open':
          void open()
          return
        case 'file.openRecent':
          void openRecent(command.file)
          return
        case 'file.save':
          void save()
          return
        case 'file.saveAs':
          void saveAs()
          return
        case 'file.saveAndClose':
          void save().then((saved) => {
            if (saved) host.closeWindow()
          })
          return
        case 'file.close':
          void close()
          return
        case 'edit.undo':
          editor?.undo()
          return
        case 'edit.redo':
          editor?.redo()
          return
        default:
          dispatchMenuCommand(command.id)
      }
    }
  }, [close, host, open, openRecent, save, saveAs])
  useEffect(() => host.onMenuCommand((command) => commandsRef.current(command)), [host])

  // The browser host's closeWindow (after "save and close") returns to the start screen.
  useEffect(() => {
    const onClose = () => show(null)
    window.addEventListener(CLOSE_WINDOW_EVENT, onClose)
    return () => window.removeEventListener(CLOSE_WINDOW_EVENT, onClose)
  }, [show])

  return useMemo(
    () => ({
      session,
      recoveryStatus,
      dialog,
      recentFiles,
      recoveryOffers,
      busy,
      dismissDialog: () => setDialog(null),
      newMap,
      open,
      openRecent,
      restore,
      discardOffer,
      save,
      saveAs,
      close,
    }),
    [
      session,
      recoveryStatus,
      dialog,
      recentFiles,
      recoveryOffers,
      busy,
      newMap,
      open,
      openRecent,
      restore,
      discardOffer,
      save,
      saveAs,
      close,
    ],
  )
}

export function fileNameFor(title: string): string {
  const safe = title.replace(/[\\/:*?"<>|]+/g, ' ').trim()
  return `${safe || 'Untitled map'}.journey`
}

function describeProblem(problem: Problem): string {
  return problem.path ? `${problem.path} – ${problem.message}` : problem.message
}

function hostMessage(error: HostError): string {
  return error.message
}

function unexpected(error: unknown): HostError {
  return { code: 'io', message: describeInternal(error) }
}

function describeInternal(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error)
  return `Something unexpected went wrong: ${detail}`
}

/** Commands that write or leave the map: what is being typed is part of it (commitTyping). */
const FILE_COMMANDS = new Set<string>([
  'file.save',
  'file.saveAs',
  'file.saveAndClose',
  'file.close',
  'file.new',
  'file.open',
  'file.openRecent',
])

/**
 * Commits what is being typed in a text field (a note, the map's title, a cell) before a save or
 * close from a shortcut or the menu, as clicking Save does: the click takes the focus, and the
 * field commits when it loses it. Without this, Ctrl+S in the middle of a note saved the map
 * without the note's text.
 */
function commitTyping(): void {
  const active = document.activeElement
  if (isTextField(active)) active.blur()
}
