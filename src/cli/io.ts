import type { Writable } from 'node:stream';

/** The streams a command writes to, passed in so that tests can capture them. */
export interface CommandIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
}

export function processIo(): CommandIo {
  return {
    stdout: process.stdout, stderr: process.stderr,
    stdoutIsTTY: Boolean(process.stdout.isTTY), stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** Write, waiting when the stream asks to (large exports to a pipe). */
export function writeOut(out: Writable, s: string): Promise<void> | void {
  if (!out.write(s)) return new Promise((resolve) => out.once('drain', () => resolve()));
}
