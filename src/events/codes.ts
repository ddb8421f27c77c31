/**
 * What a CAMEO code means in the analysis format: PLOVER type and mode,
 * quad class, Goldstein value, ACLED type. Built from data/events/
 * (cameo-plover.tsv, plover-extra.tsv, goldstein.tsv, quad.tsv, acled.tsv).
 */
import {
  EVENT_CATEGORIES, PLOVER_TYPES, type AcledType, type EventCategory, type PloverType,
} from '../analysis/format.js';
import { readTsv } from './tsv.js';

export interface CodeInfo {
  readonly code: string;
  readonly type: PloverType | null;
  readonly mode: string | null;
  readonly quad: 1 | 2 | 3 | 4 | null;
  readonly goldstein: number | null;
  readonly acled: { readonly type: AcledType; readonly subType: string } | null;
  readonly category: EventCategory | null;
}

export interface CodeTables {
  /** CAMEO code -> [PLOVER type, mode, context]. */
  readonly plover: ReadonlyMap<string, readonly [string, string, string]>;
  readonly goldstein: ReadonlyMap<string, number>;
  readonly quad: ReadonlyMap<string, 1 | 2 | 3 | 4>;
  /** CAMEO code prefix -> ACLED type and sub-type. */
  readonly acled: ReadonlyMap<string, readonly [AcledType, string]>;
}

/** PLOVER types whose modes are the sectors CAMEO gives as context (AID military, COOPERATE economic...). */
const MODE_FROM_CONTEXT = new Set<string>(['AID', 'COOPERATE']);

export function loadCodeTables(path: (file: string) => string): CodeTables {
  const plover = new Map<string, readonly [string, string, string]>();
  for (const file of ['cameo-plover.tsv', 'plover-extra.tsv']) {
    for (const [code, type, mode = '', context = ''] of readTsv(path(file))) {
      if (code && type && !plover.has(code)) plover.set(code, [type, mode, context]);
    }
  }
  const goldstein = new Map(readTsv(path('goldstein.tsv')).map(([c, v]) => [c!, Number(v)] as const));
  const quad = new Map(readTsv(path('quad.tsv')).map(([r, q]) => [r!, Number(q) as 1 | 2 | 3 | 4] as const));
  const acled = new Map(readTsv(path('acled.tsv')).map(([p, t, s]) => [p!, [t as AcledType, s!]] as const));
  return { plover, goldstein, quad, acled };
}

const isPlover = (t: string): t is PloverType => (PLOVER_TYPES as readonly string[]).includes(t);
const isCategory = (t: string): t is EventCategory => (EVENT_CATEGORIES as readonly string[]).includes(t);

/** Looks codes up, falling back to the nearest parent code; results are cached (the table is read-only). */
export class CameoTable {
  readonly #t: CodeTables;
  readonly #cache = new Map<string, CodeInfo | null>();

  constructor(tables: CodeTables) {
    this.#t = tables;
  }

  /** The meaning of a CAMEO code or category name, or null when it codes no event (CAMEO 01, unknown). */
  info(code: string): CodeInfo | null {
    const hit = this.#cache.get(code);
    if (hit !== undefined) return hit;
    const info = this.#compute(code);
    this.#cache.set(code, info);
    return info;
  }

  #compute(code: string): CodeInfo | null {
    if (isCategory(code)) {
      return { code, type: null, mode: null, quad: null, goldstein: null, acled: null, category: code };
    }
    if (!/^\d{2,4}$/.test(code)) return null;
    const row = this.#parent(code, (c) => this.#t.plover.get(c));
    if (!row || !isPlover(row[0])) return null;
    const [type, mode, context] = row;
    const firstContext = context.split(/[;\s]+/).find(Boolean) ?? '';
    const modeOut = mode || (MODE_FROM_CONTEXT.has(type) ? firstContext : '');
    let acled: CodeInfo['acled'] = null;
    for (let n = code.length; n >= 2 && !acled; n--) {
      const a = this.#t.acled.get(code.slice(0, n));
      if (a) acled = { type: a[0], subType: a[1] };
    }
    return {
      code,
      type,
      mode: modeOut || null,
      quad: this.#t.quad.get(code.slice(0, 2)) ?? null,
      goldstein: this.#parent(code, (c) => this.#t.goldstein.get(c)) ?? null,
      acled,
      category: null,
    };
  }

  /** The value for `code` or its nearest listed parent (0874 -> 087 -> 08). */
  #parent<T>(code: string, get: (c: string) => T | undefined): T | undefined {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const v = get(c);
      if (v !== undefined) return v;
      if (c.length === 3 && c.endsWith('0')) continue;
    }
    // a three-digit code's root row is written NN0 in the crosswalk (e.g. 190 for 19x)
    return get(`${code.slice(0, 2)}0`);
  }
}
