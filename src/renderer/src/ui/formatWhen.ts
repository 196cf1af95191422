// "Today 14:05", "Yesterday 09:12" or "12 Mar 2026 16:40": when something happened, for humans.

export function formatWhen(ms: number, now: Date = new Date()): string {
  const when = new Date(ms)
  const time = when.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  const day = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
  const days = Math.round((day(now) - day(when)) / 86_400_000)
  if (days === 0) return `Today ${time}`
  if (days === 1) return `Yesterday ${time}`
  const date = when.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
  return `${date} ${time}`
}
