// The document side of the whiteboard: every board command returns an immer recipe for
// `editor.run(label, recipe)`, one undo step per call.
export { NOTE_GAP, noChange, type Recipe } from './recipe'
export * from './readingOrder'
export * from './notes'
export * from './arrange'
export * from './stages'
export * from './lanes'
export * from './paste'
export * from './bandKinds'
export * from './tags'
