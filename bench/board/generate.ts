// Generated boards for the board benchmark and the board screenshots. Loaded from plain Node with
// Vite's runnerImport, so it can use the real document code (createDocument, serializeDocument).
//
// journeyBoard(n): a Customer journey map (7 stages × 5 lanes) whose cells are widened and
// heightened to hold their notes in a neat grid, as a facilitator resizes columns when a wall
// fills up; about 3 % of the notes are unsorted, in a heap right of the grid. Deterministic: the
// same count gives the same file every run.
import { readFileSync } from 'node:fs'
import {
  createDocument,
  serializeDocument,
  type JourneyDocument,
  type Note,
  type NoteColor,
} from '../../src/shared/document'
import { defaultNote } from '../../src/shared/document/defaults'
import { colorForKind } from '../../src/shared/commands/board'
import { parseCsv, workshopMap } from '../../tests/unit/helpers/workshop'

const CREATED = new Date('2026-03-02T10:00:00Z')
const NOTE = 160
const GAP = 20
const PITCH = NOTE + GAP

/** mulberry32: a small seeded random source. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** What people write on sticky notes in a B2B onboarding workshop, by lane. */
const PHRASES: Record<string, readonly string[]> = {
  'customer-action': [
    'Searches for salary benchmarks after losing two engineers',
    'Asks a peer on LinkedIn which tool they use',
    'Downloads the pay equity checklist',
    'Books a demo',
    'Forwards the quote to procurement',
    'Invites the HR team to the workspace',
    'Uploads the payroll export',
    'Maps job titles to our job architecture',
    'Runs the first pay gap report',
    'Shares the report with the CFO',
    'Calls support about the import',
    'Compares us with the spreadsheet they had before',
    'Reads the renewal email',
    'Recommends us in an HR community Slack',
  ],
  touchpoint: [
    'Webinar: pay equity in 2026',
    'Comparison page',
    'Pricing page',
    'Demo call with an account executive',
    'Order form',
    'Welcome email',
    'Kick-off call',
    'Import wizard',
    'Help centre article on CSV columns',
    'In-app checklist',
    'Quarterly business review',
    'Renewal quote',
    'Customer community',
    'Case study video',
  ],
  'pain-point': [
    'Pricing page says contact us and people leave',
    'Legal review of the DPA takes three weeks',
    'Kick-off call comes two weeks after signing',
    'Import fails silently on rows with empty job titles',
    'Nobody knows which fields are required',
    'Currency of the salary data is not detected',
    'Invoice arrives before the product works',
    'Reports take minutes to load for big companies',
    'The CFO cannot open the shared report without a seat',
    'Renewal terms are hidden on page 14 of the contract',
    '“We had to ask three times who our contact was”',
    'Support answers in English only',
    'Too many emails in the first week',
    'Admin rights are given to the wrong person',
  ],
  idea: [
    'Show prices for small teams',
    'Standard DPA signed in one click',
    'Book the kick-off call at signature',
    'Validate the import before it runs',
    'Template with the exact column names',
    'Detect the currency from the country',
    'Invoice only after the first report',
    'Read-only seats for finance',
    'One named contact for the first 90 days',
    'Renewal reminder 60 days ahead',
    'German support hours',
    'Weekly digest instead of daily emails',
    'Guided tour for admins',
    'Ask for a review after the first report',
  ],
  task: [
    'Publish a price for up to 50 employees',
    'Ask legal for a standard DPA',
    'Add a calendar link to the contract email',
    'Write import validation rules',
    'Update the CSV template and the docs',
    'Add a currency field to the import',
    'Move the invoice date in billing',
    'Add a viewer role',
    'Assign onboarding managers by region',
    'Set up renewal reminders in the CRM',
    'Hire a German-speaking support agent',
    'Merge onboarding emails into one digest',
    'Record a 3-minute admin video',
    'Add a review prompt after the first report',
  ],
  other: [
    'Parking lot: SSO for the enterprise tier?',
    'Question: who owns the welcome email?',
    'Check numbers with finance',
    'Heard in 4 of 6 interviews',
    'Compare with last year’s survey',
    'Out of scope for this quarter',
  ],
}

const TAILS = [
  '',
  '',
  '',
  ' (heard twice)',
  ' — from the customer interviews',
  ' — Sales says this happens every week',
  ', especially for companies with more than 500 employees',
  '. Happens at almost every new customer and costs us a week each time',
  ' (see support tickets)',
  '!',
]

function noteText(kind: string, rnd: () => number): string {
  const list = PHRASES[kind] ?? PHRASES.other!
  const base = list[Math.floor(rnd() * list.length)]!
  const tail = TAILS[Math.floor(rnd() * TAILS.length)]!
  return base + tail
}

function note(
  id: string,
  text: string,
  x: number,
  y: number,
  color: NoteColor,
  rnd: () => number,
): Note {
  return {
    ...defaultNote(CREATED),
    id,
    text,
    x,
    y,
    color,
    votes: rnd() < 0.2 ? Math.floor(rnd() * 5) : 0,
    tags: rnd() < 0.1 ? ['follow-up'] : [],
  }
}

export interface GeneratedBoard {
  readonly text: string
  readonly count: number
  readonly notes: readonly { id: string; x: number; y: number; width: number; height: number }[]
  readonly grid: { x: number; y: number; width: number; height: number }
  readonly pitch: number
}

/** A Customer journey map of `count` notes packed into its cells, plus a few unsorted notes. */
export function journeyBoard(count: number, seed = 20260302): GeneratedBoard {
  const rnd = seeded(seed + count)
  const base = createDocument('customer-journey', {
    title: `Bench board ${count.toLocaleString('en')} notes`,
    now: CREATED,
  })
  const stages0 = base.board.stages
  const lanes0 = base.board.lanes
  const unsorted = Math.round(count * 0.03)
  const sorted = count - unsorted
  // Uneven cells, as in a real workshop: pain points and ideas fill up fastest.
  const laneWeight = [1, 0.8, 1.4, 1.2, 0.6]
  const weights: number[] = []
  for (let l = 0; l < lanes0.length; l++)
    for (let s = 0; s < stages0.length; s++) weights.push(laneWeight[l]! * (0.6 + rnd() * 0.8))
  const total = weights.reduce((a, b) => a + b, 0)
  const perCell = weights.map((w) => Math.floor((w / total) * sorted))
  let rest = sorted - perCell.reduce((a, b) => a + b, 0)
  for (let i = 0; rest > 0; i = (i + 1) % perCell.length, rest--) perCell[i]!++
  const most = Math.max(...perCell)
  const cols = Math.max(2, Math.ceil(Math.sqrt(most * 1.5)))
  const rows = Math.max(1, Math.ceil(most / cols))
  const stageWidth = Math.max(360, cols * PITCH + GAP)
  const laneHeight = Math.max(220, rows * PITCH + GAP)
  const origin = { x: stages0[0]!.x, y: lanes0[0]!.y }
  const stages = stages0.map((s, i) => ({ ...s, x: origin.x + i * stageWidth, width: stageWidth }))
  const lanes = lanes0.map((l, i) => ({ ...l, y: origin.y + i * laneHeight, height: laneHeight }))
  const notes: Note[] = []
  let n = 0
  lanes.forEach((lane, l) => {
    stages.forEach((stage, s) => {
      const k = perCell[l * stages.length + s]!
      for (let i = 0; i < k; i++) {
        const x = stage.x + GAP + (i % cols) * PITCH
        const y = lane.y + GAP + Math.floor(i / cols) * PITCH
        notes.push(
          note(`note_${n++}`, noteText(lane.kind, rnd), x, y, colorForKind(lane.kind), rnd),
        )
      }
    })
  })
  const right = origin.x + stages.length * stageWidth + 200
  const heapCols = Math.max(2, Math.ceil(Math.sqrt(unsorted)))
  for (let i = 0; i < unsorted; i++) {
    const x = right + (i % heapCols) * PITCH + Math.round(rnd() * 16)
    const y = origin.y + Math.floor(i / heapCols) * PITCH + Math.round(rnd() * 16)
    notes.push(
      note(`note_${n++}`, noteText('other', rnd), x, y, rnd() < 0.5 ? 'purple' : 'yellow', rnd),
    )
  }
  const doc: JourneyDocument = { ...base, board: { stages, lanes, notes } }
  return {
    text: serializeDocument(doc),
    count: notes.length,
    notes: notes.map(({ id, x, y, width, height }) => ({ id, x, y, width, height })),
    grid: {
      x: origin.x,
      y: origin.y,
      width: stages.length * stageWidth,
      height: lanes.length * laneHeight,
    },
    pitch: PITCH,
  }
}

const IDEAS_AND_QUOTES: readonly (readonly [
  stage: string,
  kind: 'idea' | 'quote',
  text: string,
])[] = [
  ['Awareness', 'quote', '“I only found you because a friend in HR mentioned you”'],
  ['Awareness', 'idea', 'Pay transparency guide as a lead magnet'],
  ['Awareness', 'idea', 'Partner with payroll providers'],
  ['Awareness', 'quote', '“Your website never says what it costs”'],
  ['Awareness', 'idea', 'Short videos of real customers'],
  ['Evaluation', 'quote', '“The demo was great, but it was all about features”'],
  ['Evaluation', 'idea', 'Free trial with sample data'],
  ['Evaluation', 'idea', 'ROI calculator on the pricing page'],
  ['Evaluation', 'quote', '“We needed proof it works for Germany”'],
  ['Evaluation', 'idea', 'Reference call with a customer of the same size'],
  ['Purchase', 'quote', '“Legal sat on the DPA for three weeks”'],
  ['Purchase', 'idea', 'Pre-approved security answers'],
  ['Purchase', 'idea', 'Monthly plan for small teams'],
  ['Purchase', 'quote', '“Procurement wanted a fixed price for two years”'],
  ['Purchase', 'idea', 'One-page order form'],
  ['Onboarding', 'quote', '“Nobody told us what to do after signing”'],
  ['Onboarding', 'idea', 'Kick-off booked at signature'],
  ['Onboarding', 'quote', '“The import failed and we did not know why”'],
  ['Onboarding', 'idea', 'Import check before upload'],
  ['Onboarding', 'idea', 'Named onboarding manager'],
  ['Onboarding', 'quote', '“Too many emails, I stopped reading them”'],
  ['Adoption', 'quote', '“The CFO could not open the report”'],
  ['Adoption', 'idea', 'Viewer seats for finance'],
  ['Adoption', 'idea', 'Monthly pay gap digest'],
  ['Adoption', 'quote', '“Reports take ages for our 3,000 people”'],
  ['Adoption', 'idea', 'Faster reports for big companies'],
  ['Renewal', 'quote', '“The renewal came as a surprise”'],
  ['Renewal', 'idea', 'Renewal reminder 60 days ahead'],
  ['Renewal', 'idea', 'Show value delivered in the QBR'],
  ['Renewal', 'quote', '“We never heard from you between renewals”'],
  ['Renewal', 'idea', 'Health score per account'],
  ['Advocacy', 'quote', '“I would recommend you if support spoke German”'],
  ['Advocacy', 'idea', 'Referral bonus for HR leads'],
  ['Advocacy', 'idea', 'Case study with a happy customer'],
  ['Advocacy', 'quote', '“I told my whole HR network about you”'],
  ['Advocacy', 'idea', 'Customer advisory board'],
]

/**
 * The 120-note workshop board of the screenshots: the 84 notes of the B2B onboarding workshop
 * (tests/fixtures/workshop-b2b-onboarding.csv) in their stage and lane cells, plus 36 ideas and
 * customer quotes spread over the stages (ideas in the Ideas lane, quotes in Customer actions).
 * Lanes are made tall enough for their fullest cell, notes sit two to a row.
 */
export function workshopBoard(csvPath: string): { text: string; count: number } {
  const rows = parseCsv(readFileSync(csvPath, 'utf8')).filter((r) => r.length > 1)
  const [header, ...body] = rows
  if (!header) throw new Error('empty fixture')
  const col = (name: string) => header.indexOf(name)
  const base = createDocument('customer-journey', {
    title: 'B2B onboarding workshop',
    now: new Date('2026-03-02T09:00:00Z'),
  })
  // The workshop's own notes, with their decisions, owners, departments, deadlines and sources
  // (workshopMap reads the same rows, in the same order).
  const workshop = workshopMap()
  const entries: {
    stage: string
    lane: string
    text: string
    color?: NoteColor
    votes: number
    from?: Note
  }[] = body.map((r, i) => ({
    stage: r[col('stage')] ?? '',
    lane: r[col('lane')] ?? '',
    text: r[col('text')] ?? '',
    votes: Number(r[col('votes')] || 0),
    from: workshop.board.notes[i],
  }))
  for (const [stage, kind, text] of IDEAS_AND_QUOTES)
    entries.push({
      stage,
      lane: kind === 'idea' ? 'Ideas' : 'Customer actions',
      text,
      color: kind === 'quote' ? 'purple' : undefined,
      votes: 0,
    })
  const counts = new Map<string, number>()
  for (const e of entries)
    counts.set(`${e.stage}/${e.lane}`, (counts.get(`${e.stage}/${e.lane}`) ?? 0) + 1)
  const perLaneRows = base.board.lanes.map((lane) => {
    let most = 0
    for (const stage of base.board.stages)
      most = Math.max(most, counts.get(`${stage.name}/${lane.name}`) ?? 0)
    return Math.max(1, Math.ceil(most / 2))
  })
  const stageWidth = 2 * PITCH + GAP
  const origin = { x: base.board.stages[0]!.x, y: base.board.lanes[0]!.y }
  const stages = base.board.stages.map((s, i) => ({
    ...s,
    x: origin.x + i * stageWidth,
    width: stageWidth,
  }))
  let y = origin.y
  const lanes = base.board.lanes.map((l, i) => {
    const height = perLaneRows[i]! * PITCH + GAP
    const lane = { ...l, y, height }
    y += height
    return lane
  })
  const slot = new Map<string, number>()
  const notes: Note[] = entries.map((e, i) => {
    const stage = stages.find((s) => s.name === e.stage)
    const lane = lanes.find((l) => l.name === e.lane)
    if (!stage || !lane) throw new Error(`unknown stage or lane: ${e.stage} / ${e.lane}`)
    const key = `${e.stage}/${e.lane}`
    const k = slot.get(key) ?? 0
    slot.set(key, k + 1)
    return {
      ...(e.from ?? defaultNote(CREATED)),
      id: `note_${i}`,
      text: e.text,
      x: stage.x + GAP + (k % 2) * PITCH,
      y: lane.y + GAP + Math.floor(k / 2) * PITCH,
      color: e.color ?? colorForKind(lane.kind),
      votes: e.votes,
    }
  })
  const doc: JourneyDocument = {
    ...base,
    people: workshop.people,
    departments: workshop.departments,
    board: { stages, lanes, notes },
  }
  return { text: serializeDocument(doc), count: notes.length }
}
