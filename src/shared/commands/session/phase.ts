// The workshop's phase: which of the method's six steps the room is on. Saved in the map so the
// facilitator picks up where the room left off; nothing in the app is locked by it.
import { PHASES, type Phase } from '../../document/types'
import type { Recipe } from '../journey/recipe'

/** The six steps as the stepper shows them, with the prompt the facilitator reads out. */
export const PHASE_INFO: Readonly<
  Record<Phase, { readonly label: string; readonly prompt: string }>
> = {
  goals: {
    label: 'Goals',
    prompt:
      'What must this map achieve? Each group writes down its goals before anyone maps a step.',
  },
  homework: {
    label: 'Homework',
    prompt:
      'Evidence before opinions: bring in usage data, support tickets, survey answers and interview quotes as notes with their source.',
  },
  map: {
    label: 'Map',
    prompt:
      'Walk the journey in the customer’s shoes, stage by stage. Mark what customers said in their own words; details matter.',
  },
  decide: {
    label: 'Decide',
    prompt:
      'Settle the final journey, vote on the pain points that matter most, and decide for each task: automate it, or a person does it.',
  },
  assign: {
    label: 'Assign',
    prompt:
      'Every task gets an owner and a deadline. Roles clear, deadlines written down — fill the action plan row by row.',
  },
  review: {
    label: 'Review',
    prompt:
      'Present the map, export the PDF for every owner, and agree when each department reviews its part against the baseline.',
  },
}

export function isPhase(value: unknown): value is Phase {
  return typeof value === 'string' && (PHASES as readonly string[]).includes(value)
}

/**
 * Moves the workshop to `phase`. Any phase can follow any other: the room may go back to Map
 * after voting.
 *
 * @example
 *   editor.run('Go to Decide', setPhase('decide'))
 */
export function setPhase(phase: Phase): Recipe {
  return (draft) => {
    if (!isPhase(phase)) return
    draft.session.phase = phase
  }
}
