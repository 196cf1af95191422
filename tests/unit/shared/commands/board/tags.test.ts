import { describe, expect, it } from 'vitest'
import {
  addNote,
  addTags,
  boardTags,
  MAX_TAG_LENGTH,
  readTags,
  removeTag,
  tagCounts,
} from '../../../../../src/shared/commands/board'
import { NOW, note, workshop } from './fixtures'

describe('reading typed tags', () => {
  it('splits at commas and lines, trims, drops a leading # and makes runs of spaces one', () => {
    expect(readTags('  #billing ,  first   week\nvip,,', [])).toEqual({
      ok: true,
      tags: ['billing', 'first week', 'vip'],
    })
  })

  it('spells a tag the way the board already does, ignoring case, and keeps each once', () => {
    expect(readTags('Billing, BILLING, segment:smb, New', ['billing', 'segment:SMB'])).toEqual({
      ok: true,
      tags: ['billing', 'segment:SMB', 'New'],
    })
  })

  it('turns control characters into spaces', () => {
    expect(readTags('late\u0007\tfee', [])).toEqual({ ok: true, tags: ['late fee'] })
  })

  it('says what to do when nothing is left to add', () => {
    for (const input of ['', '   ', ',, ,', '#', '# , ##'])
      expect(readTags(input, ['billing'])).toEqual({
        ok: false,
        message: 'Type a tag to add, such as “billing”.',
      })
  })

  it('refuses a tag longer than the limit, counting characters, not UTF-16 units', () => {
    const emoji = '🚀'.repeat(MAX_TAG_LENGTH)
    expect(readTags(emoji, [])).toEqual({ ok: true, tags: [emoji] })
    const result = readTags(`ok, ${'a'.repeat(MAX_TAG_LENGTH + 1)}`, [])
    expect(result).toEqual({
      ok: false,
      message: `A tag can have up to 60 characters; “${'a'.repeat(24)}…” has 61. Commas separate tags.`,
    })
  })
})

describe('tagging notes', () => {
  function twoNotes() {
    const editor = workshop()
    const a = addNote({ x: 40, y: 40, text: 'Invoice bounces', now: NOW })
    const b = addNote({ x: 240, y: 40, text: 'Late reminder', now: NOW })
    editor.run('Add note', a.recipe)
    editor.run('Add note', b.recipe)
    return { editor, a: a.id, b: b.id }
  }

  it('adds tags after those a note has, once each, in one undo step', () => {
    const { editor, a, b } = twoNotes()
    editor.run('Add tag', addTags([a], ['billing']))
    editor.run('Add tags', addTags([a, b], ['vip', 'billing']))
    expect(note(editor.getState(), a).tags).toEqual(['billing', 'vip'])
    expect(note(editor.getState(), b).tags).toEqual(['vip', 'billing'])
    editor.undo()
    expect(note(editor.getState(), a).tags).toEqual(['billing'])
    expect(note(editor.getState(), b).tags).toEqual([])
  })

  it('records no undo step when every note has the tag already', () => {
    const { editor, a } = twoNotes()
    editor.run('Add tag', addTags([a], ['billing']))
    const before = editor.getState()
    editor.run('Add tag', addTags([a], ['billing']))
    expect(editor.getState()).toBe(before)
    editor.undo()
    expect(note(editor.getState(), a).tags).toEqual([])
  })

  it('removes a tag from the notes that have it and leaves the others alone', () => {
    const { editor, a, b } = twoNotes()
    editor.run('Add tags', addTags([a, b], ['billing', 'vip']))
    editor.run('Remove tag', removeTag([a], 'billing'))
    expect(note(editor.getState(), a).tags).toEqual(['vip'])
    expect(note(editor.getState(), b).tags).toEqual(['billing', 'vip'])
    expect(tagCounts(editor.getState().board.notes)).toEqual(
      new Map([
        ['vip', 2],
        ['billing', 1],
      ]),
    )
  })
})

describe("the board's tags", () => {
  it('lists each tag once, numbers in the order people read them, case aside', () => {
    const notes = [
      { tags: ['topic 10', 'Billing'] },
      { tags: ['topic 2', 'billing'] },
      { tags: ['nps:9', 'topic 2', 'nps:10'] },
    ]
    expect(boardTags(notes)).toEqual([
      'Billing',
      'billing',
      'nps:9',
      'nps:10',
      'topic 2',
      'topic 10',
    ])
  })
})
