// Maps for the export tests: the realistic workshop with people and goals filled in, one written
// by someone testing our escaping, one in several scripts, and the edge cases (no stages, no steps).
import { createDocument, type JourneyDocument, type Note } from '../../../../src/shared/document'
import { note } from '../../helpers/boards'
import { workshopMap } from '../../helpers/workshop'

export const NOW = new Date('2026-03-02T16:30:00Z')
export const TODAY = '2026-03-02'

/** The B2B onboarding workshop with its goals, participants and roles written down. */
export function goPackMap(): JourneyDocument {
  const map = workshopMap()
  return {
    ...map,
    session: {
      ...map.session,
      goals: [
        {
          id: 'goal_0',
          text: 'Halve the time from signature to first report',
          group: 'Customer Success',
        },
        { id: 'goal_1', text: 'Know why trials do not convert', group: 'Sales' },
      ],
      participants: ['Lee Chen', 'Sam Okafor', 'Ana Souza', 'Priya Nair', 'Tom Becker'].map(
        (name, i) => ({ id: `participant_${i}`, name }),
      ),
    },
    people: map.people.map((p, i) => ({
      ...p,
      role:
        ['Marketing lead', 'Account executive', 'Product manager', 'CSM', 'Support lead', 'Legal'][
          i
        ] ?? '',
    })),
  }
}

export const SCRIPT = '<script>alert("pwned")</script>'
export const IMG = `<img src=x onerror="alert('x')">`
export const LONG = `${'Onboarding takes far too long because '.repeat(270).slice(0, 9_997)}END`

/** Every piece of user text tries to break out: tags, quotes, line breaks, 10,000 characters. */
export function hostileMap(): JourneyDocument {
  const map = goPackMap()
  const [s0, s1, ...stages] = map.board.stages
  const [l0, ...lanes] = map.board.lanes
  const tasks = map.board.lanes.find((l) => l.kind === 'task')
  if (!s0 || !s1 || !l0 || !tasks) throw new Error('template changed')
  const extra: Note[] = [
    hostileNote('note_script', SCRIPT, s0.x + 10, tasks.y + 150, 'person_0'),
    hostileNote('note_img', IMG, s1.x + 10, tasks.y + 150, 'person_0'),
    hostileNote(
      'note_quotes',
      `"Quoted", 'single' & ampersand; semi;colon\\back`,
      s0.x + 190,
      tasks.y + 150,
      'person_1',
    ),
    hostileNote(
      'note_lines',
      'First line\nSecond line\r\nThird, with "quotes"',
      s1.x + 190,
      tasks.y + 150,
      'person_1',
    ),
    hostileNote('note_long', LONG, s0.x + 10, tasks.y + 190, 'person_2'),
    hostileNote(
      'note_formula',
      '=HYPERLINK("http://evil.example","click")',
      s1.x + 10,
      tasks.y + 190,
      'person_2',
    ),
    hostileNote('note_plus', '+49 30 1234', s1.x + 10, tasks.y + 195, 'person_2'),
    hostileNote('note_minus', '-2 days before go-live', s1.x + 10, tasks.y + 196, 'person_2'),
    hostileNote('note_at', '@SUM(A1:A9)', s1.x + 10, tasks.y + 197, 'person_2'),
    hostileNote('note_tab', '\tTabbed start', s1.x + 10, tasks.y + 198, 'person_2'),
    hostileNote(
      'note_pipe',
      'Column | with | pipes and *stars* and [links](x)',
      s1.x + 10,
      tasks.y + 199,
      'person_2',
    ),
  ]
  return {
    ...map,
    title: `Q3 ${SCRIPT} "review" & <b>bold</b>`,
    session: {
      ...map.session,
      goals: [...map.session.goals, { id: 'goal_x', text: `${IMG}\nsecond line`, group: SCRIPT }],
      participants: [...map.session.participants, { id: 'participant_x', name: IMG }],
    },
    people: map.people.map((p, i) =>
      i === 0 ? { ...p, name: `Lee "The Closer" <Chen>`, role: SCRIPT } : p,
    ),
    departments: map.departments.map((d, i) =>
      i === 0 ? { ...d, name: `Marketing; Sales, \\ & <Growth>` } : d,
    ),
    board: {
      stages: [
        { ...s0, name: `${SCRIPT} Awareness` },
        { ...s1, name: `Evaluation\n"deep"` },
        ...stages,
      ],
      lanes: [{ ...l0, name: IMG }, ...lanes],
      notes: [...map.board.notes, ...extra],
    },
  }
}

function hostileNote(id: string, text: string, x: number, y: number, ownerId: string): Note {
  const base = note({ id, text, x, y, width: 160, height: 30 })
  return { ...base, step: { ...base.step, ownerId, decision: 'human', deadline: '2026-06-30' } }
}

/** Accents, Chinese, Japanese, Korean and emoji in stages, notes and people. */
export function multilingualMap(): JourneyDocument {
  const map = goPackMap()
  const [s0, s1, s2, ...stages] = map.board.stages
  const tasks = map.board.lanes.find((l) => l.kind === 'task')
  if (!s0 || !s1 || !s2 || !tasks) throw new Error('template changed')
  const extra = [
    ['note_fr', 'Préparer la réunion de lancement avec Zoë', s0],
    ['note_zh', '客户旅程：签约后自动发送欢迎邮件', s1],
    ['note_ja', '顧客の旅：オンボーディングの改善', s2],
    ['note_ko', '고객 여정 검토 회의 준비', s0],
    ['note_emoji', 'Launch checklist 🚀 ✅ 🎉', s1],
  ] as const
  return {
    ...map,
    people: [
      ...map.people,
      { id: 'person_zoe', name: 'Zoë Müller-Lefèvre', role: 'Façade', departmentId: null },
    ],
    board: {
      ...map.board,
      stages: [
        { ...s0, name: 'Découverte' },
        { ...s1, name: '评估 Évaluation' },
        { ...s2, name: '購入' },
        ...stages,
      ],
      notes: [
        ...map.board.notes,
        ...extra.map(([id, text, stage], i) => {
          const base = note({
            id,
            text,
            x: stage.x + 10,
            y: tasks.y + 160 + i * 3,
            width: 160,
            height: 30,
          })
          return {
            ...base,
            step: { ...base.step, ownerId: 'person_zoe', deadline: '2026-05-0' + (i + 1) },
          }
        }),
      ],
    },
  }
}

/** A freeform board: notes, owners and deadlines, but no stage columns and no lanes. */
export function noStagesMap(): JourneyDocument {
  const doc = createDocument('blank', { title: 'Wall of notes', now: NOW })
  const people = [{ id: 'person_0', name: 'Lee Chen', role: '', departmentId: null }]
  const notes = [
    note({ id: 'note_0', text: 'Pricing page is confusing', x: 0, y: 0 }),
    { ...note({ id: 'note_1', text: 'Fix the pricing page', x: 300, y: 0, kind: 'task' }) },
  ].map((n, i) =>
    i === 1 ? { ...n, step: { ...n.step, ownerId: 'person_0', deadline: '2026-04-01' } } : n,
  )
  return { ...doc, people, board: { ...doc.board, notes } }
}

/** The Customer journey template as it starts: seven stages, five lanes, no notes. */
export function emptyJourneyMap(): JourneyDocument {
  return createDocument('customer-journey', { title: 'Fresh workshop', now: NOW })
}

/** A person who owns a step but no deadline was set for it. */
export function ownerWithoutDeadlineMap(): JourneyDocument {
  const map = goPackMap()
  const tasks = map.board.lanes.find((l) => l.kind === 'task')
  const stage = map.board.stages[0]
  if (!tasks || !stage) throw new Error('template changed')
  const base = note({
    id: 'note_undated',
    text: 'Write the onboarding FAQ',
    x: stage.x + 10,
    y: tasks.y + 170,
  })
  return {
    ...map,
    people: [
      ...map.people,
      { id: 'person_nodate', name: 'Noor Haddad', role: 'Support', departmentId: null },
    ],
    board: {
      ...map.board,
      notes: [
        ...map.board.notes,
        { ...base, step: { ...base.step, ownerId: 'person_nodate', decision: 'human' } },
      ],
    },
  }
}
