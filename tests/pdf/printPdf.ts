// Prints report HTML to PDF with Chromium (Playwright's page.pdf, the print engine behind
// Electron's printToPDF) and reads the result back with poppler's pdftotext and pdfinfo.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
// @ts-expect-error scripts/browser.mjs is plain JavaScript without types
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/browser.mjs'
import type { PdfPageSize } from '../../src/shared/host/host'

export const browserPath: string | null = (findBrowser as () => string | null)()

/** Where the printed PDFs go; the test file removes it when it is done. */
export const PDF_DIR = mkdtempSync(join(tmpdir(), 'journeyboard-pdf-test-'))

export function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export async function launch(): Promise<Browser> {
  if (browserPath === null) throw new Error('No Chromium found')
  return chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS as string[] })
}

let printed = 0

export interface PrintedPdf {
  readonly path: string
  readonly text: string
  readonly pages: number
  /** Page size in points of the first page, e.g. [595.28, 841.89] for A4 portrait. */
  readonly size: readonly [number, number]
}

/** Prints `html` as the app does (page size and orientation, backgrounds on) and reads it back. */
export async function printPdf(
  browser: Browser,
  html: string,
  options: { pageSize: PdfPageSize; landscape: boolean; name?: string },
): Promise<PrintedPdf> {
  const page = await browser.newPage()
  // Like the app's PDF window: nothing but the report itself and inline data may load.
  await page.route(/^(?!data:)/, (route) => route.abort())
  try {
    await page.setContent(html, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    const pdf = await page.pdf({
      format: options.pageSize,
      landscape: options.landscape,
      printBackground: true,
    })
    const path = join(PDF_DIR, `${options.name ?? 'report'}-${++printed}.pdf`)
    writeFileSync(path, pdf)
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)
    return { path, text, pages, size: [Number(size?.[1]), Number(size?.[2])] }
  } finally {
    await page.close()
  }
}
