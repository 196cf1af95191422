// The one way user text enters the report: every character that could open a tag, end an
// attribute or start an entity is replaced, so a note saying <script> prints as those letters.

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML content and for quoted attribute values. Control characters other than
 * tab and line breaks are dropped (HTML forbids them).
 *
 * @example
 *   escapeHtml('<img src=x onerror="alert(1)">') // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string).replace(/(?![\t\n\r])\p{Cc}/gu, '')
}

/** Escaped text whose line breaks become `<br>`: a note of several lines keeps them. */
export function escapeLines(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>')
}
