import { errorCode, type ErrorCode } from '../errors.js';

/** Exit codes of the CLI, in one place. */
export const EXIT = {
  ok: 0,
  /** A fault in newsgraph or its environment (a bug, a database that cannot be reached). */
  internal: 1,
  /** Wrong usage: unknown option, missing argument, bad option value. */
  usage: 2,
  /** Every input failed (unreadable, empty, binary, not UTF-8, too large, invalid). */
  input: 3,
  /** The store failed. */
  store: 4,
} as const;

export function exitCodeFor(err: unknown): number {
  const code: ErrorCode = errorCode(err);
  if (code === 'usage') return EXIT.usage;
  if (code.startsWith('input-')) return EXIT.input;
  if (code === 'store') return EXIT.store;
  return EXIT.internal;
}
