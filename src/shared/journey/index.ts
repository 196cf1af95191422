// The journey module's public face: from the notes on the board to a journey, its readiness, a
// proposed structure for a freeform board, and typed deadlines. Import from here.
export {
  noteCentre,
  stageOf,
  laneOf,
  kindOf,
  stageLocator,
  laneLocator,
  assignStages,
} from './geometry'
export { spanAt, indexSpans, type Span, type SpanIndex } from './spans'
export {
  deriveJourney,
  createJourneySelector,
  type Journey,
  type JourneyStage,
  type LaneSteps,
  type Step,
} from './derive'
export {
  checkReadiness,
  isOverdue,
  READINESS_CHECKS,
  type Readiness,
  type ReadinessCheck,
  type ReadinessItem,
} from './readiness'
export {
  proposeStages,
  LINK_DISTANCE,
  MAX_PROPOSALS,
  NAMING_SAMPLE,
  COLUMN_PADDING,
  type StageProposal,
} from './cluster'
export { suggestStage, type StageSuggestion } from './suggest'
export { headingScore, nameFromWords } from './naming'
export { meaningfulWords } from './words'
export {
  deadlineInRange,
  deadlineRange,
  DEADLINE_YEARS,
  parseDeadlineInput,
  type DeadlineInput,
} from './dates'
export { isIsoDate, addDays, addMonths } from './isoDate'
