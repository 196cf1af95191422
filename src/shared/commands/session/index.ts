// The facilitation commands: the workshop's phase, the groups' goals, the customer's words and
// focus areas on notes, the timer's timebox, and dot voting. Each returns an immer recipe for
// `editor.run` (or says in plain words why it cannot be applied); the tally is a pure function.
export { PHASE_INFO, isPhase, setPhase } from './phase'
export {
  addGoal,
  updateGoal,
  deleteGoal,
  moveGoal,
  goalGroups,
  MAX_GOAL_LENGTH,
  type GoalInput,
} from './goals'
export { setCustomerWords, setFocus, setTimerDuration } from './notes'
export {
  scopeNoteIds,
  describeScope,
  currentRound,
  currentBallot,
  dotsLeft,
  whyNoDot,
  tally,
  ranking,
  visibleDots,
  startRound,
  placeDot,
  removeDot,
  nextVoter,
  revealVotes,
  endRound,
  discardRound,
  markTopPainPoints,
  MAX_VOTERS,
  MAX_VOTES_PER_PERSON,
  type RoundRules,
  type RankedNote,
} from './voting'
