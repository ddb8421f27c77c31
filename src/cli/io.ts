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

/**
 * A reader that stops early (`newsgraph export | head`) closes the pipe:
 * the command then ends quietly with `exit(ok)` instead of dying on an
 * unhandled EPIPE with a stack trace. Any other write error is reported in
 * one line and ends the command with `exit(internal)`.
 */
export function endQuietlyOnClosedPipe(out: Writable, err: Writable, exit: (code: number) => void, codes: { ok: number; internal: number }): void {
  out.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') return exit(codes.ok);
    err.write(`newsgraph: cannot write the output: ${e.message}\n`);
    exit(codes.internal);
  });
}
