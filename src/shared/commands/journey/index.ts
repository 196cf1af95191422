// The journey commands: step details, people, departments, metrics and structure. Each returns
// an immer recipe for `editor.run`, or says in plain words why the input cannot be applied.
export { MAX_NAME_LENGTH, type Checked, type Recipe } from './recipe'
export { setStepFields, type StepFieldsPatch } from './step'
export {
  validatePersonName,
  addPerson,
  renamePerson,
  updatePerson,
  deletePerson,
  stepsOwnedBy,
  type PersonInput,
  type OwnerFate,
} from './people'
export {
  validateDepartmentName,
  validateReviewInterval,
  addDepartment,
  renameDepartment,
  setReviewInterval,
  deleteDepartment,
  MIN_REVIEW_WEEKS,
  MAX_REVIEW_WEEKS,
} from './departments'
export { validateMetric, addMetric, updateMetric, deleteMetric, type MetricFields } from './metrics'
export {
  applyStageProposal,
  mergeWithNext,
  splitProposal,
  renameProposal,
  acceptSuggestion,
  acceptAllSuggestions,
  TIDY_MARGIN,
} from './structure'
