// What the app may ask or tell the user in a modal dialog.

export type UnsavedChoice = 'save' | 'discard' | 'cancel'

export type DialogSpec =
  | {
      readonly kind: 'message'
      readonly tone: 'error' | 'warning' | 'info'
      readonly title: string
      readonly body: string
      /** A list shown under the body, e.g. the parts of a file that were left out. */
      readonly details?: readonly string[]
    }
  | {
      readonly kind: 'unsaved'
      readonly title: string
      readonly body: string
      readonly resolve: (choice: UnsavedChoice) => void
    }
