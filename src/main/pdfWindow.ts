// Report HTML to PDF bytes in a hidden, locked-down window: JavaScript off, sandboxed, its own
// in-memory session that loads nothing but the report file itself and inline data. The shipped
// fonts (resources/fonts) go into the report here, so the renderer never reads font files.
import { app, BrowserWindow, session, type Session } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { withFontCss } from '../shared/export'
import type { PdfPrintRequest } from './ipcHandlers'
import { reportFontCss } from './services/reportFonts'

const PARTITION = 'journeyboard-pdf'
/** The report files being printed right now; the only file:// URLs the PDF session loads. */
const reportUrls = new Set<string>()
let pdfSession: Session | null = null

export async function printHtmlToPdf(request: PdfPrintRequest): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'journeyboard-pdf-'))
  const file = join(folder, 'report.html')
  const url = pathToFileURL(file).href
  await writeFile(file, await withShippedFonts(request.html), 'utf8')
  reportUrls.add(url)
  const window = new BrowserWindow({
    show: false,
    width: 1280,
    height: 900,
    webPreferences: {
      session: lockedSession(),
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  })
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault())
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
    await window.loadURL(url)
    const pdf = await window.webContents.printToPDF({
      pageSize: request.pageSize,
      landscape: request.landscape,
      printBackground: true,
    })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    reportUrls.delete(url)
    window.destroy()
    await rm(folder, { recursive: true, force: true })
  }
}

/** Where the report fonts are: resources/fonts in the app, or beside it once packaged. */
export function reportFontsDir(): string {
  return join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'resources', 'fonts')
}

/**
 * The report with the shipped fonts as data: URLs. Without them (a font file missing) it still
 * prints, in the system's fonts, rather than leaving the user with no PDF at all.
 */
async function withShippedFonts(html: string): Promise<string> {
  try {
    return withFontCss(html, await reportFontCss(html, reportFontsDir()))
  } catch (error) {
    console.warn('Printing the report without the shipped fonts:', error)
    return html
  }
}

function lockedSession(): Session {
  if (pdfSession !== null) return pdfSession
  const locked = session.fromPartition(PARTITION, { cache: false })
  locked.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      details.url.startsWith('data:') ||
      details.url.startsWith('blob:') ||
      reportUrls.has(details.url)
    callback({ cancel: !allowed })
  })
  locked.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  locked.setPermissionCheckHandler(() => false)
  pdfSession = locked
  return locked
}
