// The document module's public face: import from here, not from the files behind it.
export * from './types'
export { parseDocument, type ParseResult, type Problem } from './parse'
export { serializeDocument, serializeDocumentInSlices } from './serialize'
export { createDocument, TEMPLATES, GRID_ORIGIN, type TemplateId, type Template } from './templates'
export { CURRENT_VERSION, MIGRATIONS, migrate } from './migrations'
export { documentSchema } from './schema'
export { newId } from './ids'
