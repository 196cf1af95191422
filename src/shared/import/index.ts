// Importing homework evidence: CSV/TSV, plain text and JSON Canvas files to notes that keep their
// source, applied to the board as one undoable step.
export * from './decode'
export * from './delimited'
export * from './evidence'
export * from './canvas'
export * from './apply'
export * from './counts'
export * from './source'
