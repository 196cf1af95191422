// The parts of the File System Access API that Chromium has and TypeScript's DOM library lacks,
// and the translation of its exceptions into the Host's error codes.
import type { HostError } from '../../../shared/host/host'

export interface PickerType {
  readonly description: string
  readonly accept: Record<string, readonly string[]>
}

interface PermissionHandle {
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>
}

interface PickerWindow {
  showOpenFilePicker?(options: {
    types?: readonly PickerType[]
    excludeAcceptAllOption?: boolean
    multiple?: boolean
  }): Promise<FileSystemFileHandle[]>
  showSaveFilePicker?(options: {
    types?: readonly PickerType[]
    suggestedName?: string
    excludeAcceptAllOption?: boolean
  }): Promise<FileSystemFileHandle>
}

export const JOURNEY_PICKER_TYPES: readonly PickerType[] = [
  { description: 'Journeyboard map', accept: { 'application/json': ['.journey'] } },
]

export function pickers(): PickerWindow {
  return window as unknown as PickerWindow
}

/** Asks for permission where the browser needs it (handles restored after a reload). */
export async function ensurePermission(
  handle: FileSystemFileHandle,
  mode: 'read' | 'readwrite',
): Promise<boolean> {
  const permissions = handle as unknown as PermissionHandle
  if (typeof permissions.queryPermission !== 'function') return true
  if ((await permissions.queryPermission({ mode })) === 'granted') return true
  if (typeof permissions.requestPermission !== 'function') return false
  try {
    return (await permissions.requestPermission({ mode })) === 'granted'
  } catch {
    // requestPermission needs a user gesture; without one it throws.
    return false
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** Translates a DOMException from the File System Access API into a message for the user. */
export function hostErrorFrom(error: unknown, fileName: string): HostError {
  const name = error instanceof DOMException ? error.name : ''
  switch (name) {
    case 'NotFoundError':
      return {
        code: 'not-found',
        message: `“${fileName}” could not be found. It may have been moved, renamed or deleted.`,
      }
    case 'NotAllowedError':
    case 'SecurityError':
      return {
        code: 'permission',
        message: `Journeyboard is not allowed to use “${fileName}”. Open it again and allow access.`,
      }
    case 'QuotaExceededError':
      return {
        code: 'no-space',
        message: `There is not enough space to save “${fileName}”. Free some space and try again.`,
      }
    case 'TypeMismatchError':
      return { code: 'is-directory', message: `“${fileName}” is a folder, not a map.` }
    default: {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : ''
      return {
        code: 'io',
        message: `Something went wrong reading or writing “${fileName}”${detail}.`,
      }
    }
  }
}
