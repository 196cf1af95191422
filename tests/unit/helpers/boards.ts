// Generated boards for the journey tests and benches: a freeform board of five heaps, one heap of
// thousands of notes, and a 10,000-note journey map, all with realistic workshop notes.
import {
  createDocument,
  type Department,
  type JourneyDocument,
  type Note,
  type NoteKind,
  type Person,
} from '../../../src/shared/document'
import { defaultNote } from '../../../src/shared/document/defaults'

const CREATED = new Date('2026-03-02T10:00:00Z')

/** A note with realistic defaults; `overrides` sets position, text, step work… */
export function note(overrides: Partial<Note> & Pick<Note, 'id'>): Note {
  return { ...defaultNote(CREATED), ...overrides }
}

/** A small seeded random source (mulberry32), so every generated board is the same every run. */
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

/** The heaps of the freeform board: a heading (or none) and eleven or twelve notes each. */
export const FREEFORM_HEAPS = [
  {
    name: 'FIRST CONTACT',
    notes: [
      'FIRST CONTACT',
      'Saw our ad on LinkedIn after a pay transparency post',
      'Webinar on pay equity brought most of the leads',
      'Pricing page says contact us and people leave',
      'Comparison page ranks well in search results',
      'Our ads promise a free trial that sales refuses',
      'Prospects ask whether we cover salary data for Germany',
      'Newsletter signup form asks for far too much',
      'Analyst report mentions us as a challenger',
      "Referral from a customer's HR director converts best",
      'Trade fair booth conversations rarely turn into demos',
      'Chatbot answers pricing questions badly',
    ],
  },
  {
    name: 'Signing the Contract',
    notes: [
      'Signing the Contract',
      'Legal review of the DPA takes three weeks',
      'Procurement wants a fixed price for two years',
      'Customer asks for a clause on data residency',
      'The order form and the quote disagree on seats',
      'Signature request goes to the wrong person at the customer',
      'E-signature link expires after 48 hours',
      'Finance needs a purchase order number before invoicing',
      'Discount approval waits on the sales director',
      'Security addendum requested by every enterprise buyer',
      'Renewal terms are hidden on page 14 of the contract',
      'Redlines come back as scanned PDFs',
    ],
  },
  {
    name: 'Data import',
    notes: [
      'Data import',
      'Payroll export from the old system has broken dates',
      'Import fails silently on rows with empty job titles',
      'CSV template has different column names than the docs',
      'Customers upload salary data as Excel with merged cells',
      'Import errors are shown one at a time',
      'Job architecture mapping takes a consultant two days',
      'Currency of the salary data is not detected',
      'Importing the same file twice creates duplicate employees',
      'Nobody knows which fields are required',
      'Large files over 50 MB time out',
      'Support rebuilds import files by hand',
    ],
  },
  {
    name: 'Training & Admin',
    notes: [
      'Admins need training before the first salary review',
      'Training videos are too long for busy admins',
      'Admin training happens weeks after go-live',
      'Managers skip the training and ask support instead',
      'Training sessions clash with the payroll close',
      'New admins after staff turnover get no training',
      'Live training is only offered in English',
      'Admins forget the training by the first review cycle',
      'The admin handbook is out of date',
      'Certification for power admins would help adoption',
      'In-app tips could replace half of the training',
      'Customer success runs the same training every week',
    ],
  },
  {
    name: 'Renewal',
    notes: [
      'Renewal',
      'Renewal reminder reaches an admin who left the company',
      'Nobody prepares a value report before the renewal call',
      'Price increase announced two weeks before the end date',
      'Champion changed jobs and the new HR director does not know us',
      'Usage drops in the last quarter before renewal',
      'Churned customers cite missing benchmark data for their region',
      'Upsell to the analytics module is never offered',
      'Auto-renewal clause surprises procurement',
      'Customer success hears about churn risk too late',
      'Quarterly business reviews stop after the first year',
      "Renewal quote uses last year's seat count",
    ],
  },
] as const

/**
 * A freeform board (no stages, no lanes) of 60 notes in the five heaps of `FREEFORM_HEAPS`, left to
 * right at different heights, notes in a loose grid of three across with a little jitter, headings
 * first and a little higher, listed in shuffled order. `heaps[i].noteIds` are the ids of heap i.
 */
export function freeformBoard(): {
  doc: JourneyDocument
  heaps: { name: string; noteIds: string[] }[]
} {
  const random = seeded(5)
  const jitter = () => Math.round((random() - 0.5) * 24)
  const tops = [100, 420, 160, 640, 260]
  const notes: Note[] = []
  const heaps = FREEFORM_HEAPS.map((heap, h) => {
    const noteIds = heap.notes.map((text, slot) => {
      const id = `note_h${h}_${slot}`
      notes.push(
        note({
          id,
          text,
          x: 100 + h * 900 + (slot % 3) * 175 + jitter(),
          y: (tops[h] ?? 0) + Math.floor(slot / 3) * 175 + jitter() - (slot === 0 ? 30 : 0),
          color: 'yellow',
        }),
      )
      return id
    })
    return { name: heap.name, noteIds }
  })
  const shuffled = notes
    .map((n) => ({ n, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ n }) => n)
  const doc = createDocument('blank', { title: 'Freeform retro', now: CREATED })
  return { doc: { ...doc, board: { ...doc.board, notes: shuffled } }, heaps }
}

const TEXTS: Readonly<Record<NoteKind, readonly string[]>> = {
  'customer-action': [
    'Books a demo and asks for a sandbox with their own data',
    'Uploads last year’s salary export',
    'Invites the HR business partners',
    'Compares our survey data with two competitors',
  ],
  touchpoint: ['Welcome email', 'Kick-off call with the CSM', 'Import wizard', 'Renewal quote'],
  'pain-point': [
    'The kick-off call came two weeks after signing',
    'Import fails on rows with empty job titles',
    'Security review takes three weeks on average',
    'Invoice currency differs from the quote',
  ],
  idea: [
    'Pre-filled security pack',
    'Self-service import checker',
    'Templates for the salary review',
  ],
  task: [
    'Kick-off scheduling link in the signature email',
    'Import validation with row-level errors',
    'Day-3 check-in call for every new account',
    'Value report reviewed at each QBR',
  ],
  evidence: ['NPS verbatims, Q4', 'Support tickets tagged import'],
  metric: ['Time to first salary review', 'Import success rate'],
  other: ['Parking lot: pricing model'],
}

/**
 * A Customer journey map with `count` notes spread over its 35 cells (one in a hundred unsorted,
 * right of the last stage), with people, departments and, for tasks, owners, deadlines between
 * December 2026 and March 2027 and decisions; every 50th task is undecided and unowned.
 */
export function largeMap(count = 10_000): JourneyDocument {
  const random = seeded(count)
  const base = createDocument('customer-journey', { title: 'Large journey', now: CREATED })
  const { stages, lanes } = base.board
  const departments: Department[] = ['Sales', 'Product', 'Customer Success', 'Support'].map(
    (name, i) => ({ id: `department_${i}`, name, reviewIntervalWeeks: 4 }),
  )
  const people: Person[] = ['Lee Chen', 'Sam Okafor', 'Ana Souza', 'Priya Nair'].map((name, i) => ({
    id: `person_${i}`,
    name,
    role: '',
    departmentId: `department_${i}`,
  }))
  let tasks = 0
  const notes = Array.from({ length: count }, (_, i): Note => {
    const stage = stages[i % stages.length]
    const lane = lanes[Math.floor(i / stages.length) % lanes.length]
    if (!stage || !lane) throw new Error('template without stages or lanes')
    const unsorted = i % 100 === 99
    const texts = TEXTS[lane.kind]
    const base_ = note({
      id: `note_${i}`,
      text: texts[i % texts.length] ?? '',
      x: unsorted
        ? stages.length * 360 + 400 + random() * 400
        : stage.x + random() * (stage.width - 160),
      y: lane.y + random() * (lane.height - 160),
      votes: Math.floor(random() * 4),
    })
    if (lane.kind !== 'task') return base_
    const t = tasks++
    const open = t % 50 !== 0
    return {
      ...base_,
      step: {
        ...base_.step,
        decision: open ? (t % 2 ? 'automate' : 'human') : 'undecided',
        ownerId: open ? `person_${t % 4}` : null,
        deadline: open ? `202${t % 3 ? 6 : 7}-${t % 3 ? 12 : '0' + ((t % 3) + 1)}-15` : null,
      },
    }
  })
  return { ...base, people, departments, board: { ...base.board, notes } }
}

/**
 * A freeform board of `count` notes in `heaps` heaps spaced 2,000 px apart, each note somewhere
 * in a square of `spread` px: with the default spread a dense heap, as when a room sticks
 * everything on one wall.
 */
export function heapBoard(count: number, heaps = 1, spread = 1_000): JourneyDocument {
  const random = seeded(count * 31 + heaps)
  const all = [...TEXTS['pain-point'], ...TEXTS.idea, ...TEXTS['customer-action']]
  const notes = Array.from({ length: count }, (_, i) =>
    note({
      id: `note_${i}`,
      text: all[i % all.length] ?? '',
      x: (i % heaps) * 2_000 + random() * spread,
      y: 200 + random() * spread,
    }),
  )
  const doc = createDocument('blank', { title: 'Wall of notes', now: CREATED })
  return { ...doc, board: { ...doc.board, notes } }
}
