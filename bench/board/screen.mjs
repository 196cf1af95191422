// Finding sticky notes on the screen the way a user does: by looking. A screenshot of the board is
// decoded (a small PNG reader on node:zlib) and the notes are the connected patches of light,
// saturated colour; grid, background, headers and text are grey or dark. Used to decide where to
// click and drag without reaching into the renderer.
import { inflateSync } from 'node:zlib'

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG into { width, height, rgba }. */
export function decodePng(buffer) {
  let offset = 8
  let width = 0
  let height = 0
  let colorType = 0
  const idat = []
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset)
    const type = buffer.toString('ascii', offset + 4, offset + 8)
    const data = buffer.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      if (data[8] !== 8 || data[12] !== 0) throw new Error('Only 8-bit non-interlaced PNGs')
      colorType = data[9]
    } else if (type === 'IDAT') idat.push(data)
    else if (type === 'IEND') break
    offset += 12 + length
  }
  const channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0
  if (!channels) throw new Error(`Unsupported PNG colour type ${colorType}`)
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  const out = new Uint8Array(width * height * 4)
  let prev = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const cur = new Uint8Array(stride)
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0
      const b = prev[i]
      const c = i >= channels ? prev[i - channels] : 0
      let v = line[i]
      if (filter === 1) v += a
      else if (filter === 2) v += b
      else if (filter === 3) v += (a + b) >> 1
      else if (filter === 4) {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c
      }
      cur[i] = v & 255
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4
      out[o] = cur[x * channels]
      out[o + 1] = cur[x * channels + 1]
      out[o + 2] = cur[x * channels + 2]
      out[o + 3] = channels === 4 ? cur[x * channels + 3] : 255
    }
    prev = cur
  }
  return { width, height, rgba: out }
}

/**
 * The notes visible in a screenshot, as rectangles in screenshot pixels: connected patches of
 * light, saturated colour at least `minSize` pixels wide and high.
 */
export function findNotes(image, { minSize = 12 } = {}) {
  const { width, height, rgba } = image
  const mask = new Uint8Array(width * height)
  for (let i = 0, p = 0; i < mask.length; i++, p += 4) {
    const r = rgba[p]
    const g = rgba[p + 1]
    const b = rgba[p + 2]
    const max = Math.max(r, g, b)
    const min = Math.min(r, g, b)
    mask[i] = max >= 150 && max - min >= 28 ? 1 : 0
  }
  const label = new Int32Array(width * height)
  const stack = new Int32Array(width * height)
  const rects = []
  let next = 0
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || label[start]) continue
    next++
    let top = 0
    stack[top++] = start
    label[start] = next
    let x0 = width
    let y0 = height
    let x1 = 0
    let y1 = 0
    let area = 0
    while (top > 0) {
      const i = stack[--top]
      const x = i % width
      const y = (i - x) / width
      area++
      if (x < x0) x0 = x
      if (x > x1) x1 = x
      if (y < y0) y0 = y
      if (y > y1) y1 = y
      const visit = (j) => {
        if (mask[j] && !label[j]) {
          label[j] = next
          stack[top++] = j
        }
      }
      if (x > 0) visit(i - 1)
      if (x < width - 1) visit(i + 1)
      if (y > 0) visit(i - width)
      if (y < height - 1) visit(i + width)
    }
    const w = x1 - x0 + 1
    const h = y1 - y0 + 1
    // A note is a roughly square, mostly filled patch; merged neighbours or headers are not.
    if (w >= minSize && h >= minSize && area >= w * h * 0.45 && w / h < 1.6 && h / w < 1.6)
      rects.push({ x: x0, y: y0, width: w, height: h, cx: x0 + w / 2, cy: y0 + h / 2 })
  }
  return rects
}

/** Screenshot of `box` (page coordinates), decoded, and the notes in it in page coordinates. */
export async function notesOnScreen(page, box, options) {
  const png = await page.screenshot({ clip: box, animations: 'disabled', caret: 'hide' })
  const image = decodePng(png)
  const sx = image.width / box.width
  const sy = image.height / box.height
  return findNotes(image, options).map((r) => ({
    x: box.x + r.x / sx,
    y: box.y + r.y / sy,
    width: r.width / sx,
    height: r.height / sy,
    cx: box.x + r.cx / sx,
    cy: box.y + r.cy / sy,
  }))
}
