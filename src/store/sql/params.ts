import type { SqlValue } from './rows.js';

/** How a driver writes the n-th (1-based) parameter: `?` for SQLite, `$n` for PostgreSQL. */
export type Placeholder = (n: number) => string;

export const QMARK: Placeholder = () => '?';
export const DOLLAR: Placeholder = (n) => `$${n}`;

/** Collects the values of a statement as it is built, and writes their placeholders. */
export class Params {
  readonly values: SqlValue[] = [];
  readonly #placeholder: Placeholder;

  constructor(placeholder: Placeholder) {
    this.#placeholder = placeholder;
  }

  /** Add a value; returns its placeholder. */
  add(v: SqlValue): string {
    this.values.push(v);
    return this.#placeholder(this.values.length);
  }

  /** A parenthesized list of placeholders for several values: (?, ?, ?). */
  list(vs: readonly SqlValue[]): string {
    return `(${vs.map((v) => this.add(v)).join(', ')})`;
  }
}

/** A LIKE pattern matching `text` anywhere, with % _ and \ escaped (use with ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
