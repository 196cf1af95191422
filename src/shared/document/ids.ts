// Identifiers for documents and their parts: short, random, safe in file names and JSON paths.

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * A new identifier such as `note_k3x9q2m7a1b4`. Random enough that two facilitators' maps merged
 * by hand do not collide; not a security token.
 */
export function newId(prefix: string, random: () => number = Math.random): string {
  let out = ''
  for (let i = 0; i < 12; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)]
  return `${prefix}_${out}`
}
