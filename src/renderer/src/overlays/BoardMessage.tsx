// The board's status line: short messages such as "Only text can be pasted as notes.", read out
// by screen readers and gone after a few seconds.
import { useEffect, useState } from 'react'

export interface Message {
  readonly text: string
  /** Distinguishes two equal messages in a row, so the second shows (and is read) again. */
  readonly id: number
  /** The map the message is about (the change just made): it goes once the map changes again. */
  readonly about?: unknown
}

const SHOW_MS = 6000

export function BoardMessage({ message }: { message: Message | null }) {
  const [hidden, setHidden] = useState<number | null>(null)
  useEffect(() => {
    if (!message) return
    const timer = setTimeout(() => setHidden(message.id), SHOW_MS)
    return () => clearTimeout(timer)
  }, [message])
  const text = message && hidden !== message.id ? message.text : ''
  return (
    <div
      className="board-message"
      role="status"
      aria-label="Board message"
      data-empty={text === ''}
    >
      {text}
    </div>
  )
}
