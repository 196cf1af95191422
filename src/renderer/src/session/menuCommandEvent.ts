// Menu commands the map controller does not handle itself (zoom, export, panels, edit commands)
// are passed on to the parts of the screen that do, as one window event; this module owns its name.

export const MENU_COMMAND_EVENT = 'journeyboard:command'

export function dispatchMenuCommand(id: string): void {
  window.dispatchEvent(new CustomEvent(MENU_COMMAND_EVENT, { detail: id }))
}

/** The command id a `MENU_COMMAND_EVENT` carries. */
export function menuCommandOf(event: Event): string {
  return String((event as CustomEvent<unknown>).detail)
}
