// Types for trace.mjs, for the unit tests written in TypeScript.
export declare const TRACE_CATEGORIES: string[]

export declare function workPerInput(traceBuffer: Buffer): {
  work: number[]
  cpu: number[] | null
  after: number[]
  harness: number[]
}
