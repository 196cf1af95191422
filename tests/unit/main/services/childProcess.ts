// Starting a child Node process, waiting until it says it reached a point, and killing it hard.
import { spawn, type ChildProcess } from 'node:child_process'

export interface RunningChild {
  readonly process: ChildProcess
  /** Resolves when the child has written `line` to stdout; rejects if it exits first. */
  readonly said: (line: string) => Promise<void>
  /** SIGKILL, as a crash or a power cut would; resolves once it is gone. */
  readonly kill: () => Promise<void>
}

export function startChild(script: string, args: readonly string[]): RunningChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return {
    process: child,
    said: (line) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (stdout.split('\n').includes(line)) resolve()
        }
        child.stdout.on('data', check)
        child.once('exit', (code) =>
          reject(new Error(`child exited (${code}) before saying "${line}": ${stderr}`)),
        )
        check()
      }),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await exited
    },
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
