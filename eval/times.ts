/**
 * Times on TimeML (TempEval-3 TBAQ-cleaned: TimeBank and AQUAINT, under
 * DATA/timeml/): each document's creation time (DCT) is the publication date,
 * tags are stripped to get the text and the gold TIMEX3 offsets. Prints, per
 * corpus, relaxed span F1 (any overlap), strict span F1 (same offsets) and
 * value F1 (span matched and TIMEX3 value equal), as TempEval-3 counts them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimeExpr } from '../src/analysis/format.js';
import type { Engine } from '../src/engine/engine.js';
import { type EvalRow, Prf } from './metrics.js';
import type { EvalTask } from './tasks.js';

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: string;
  readonly value: string;
}

export interface TimeMLDoc {
  readonly id: string;
  readonly dct: string;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const attr = (attrs: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

/** Parse one TimeML file: the text inside <TEXT> with tags removed and entities decoded, and its TIMEX3 spans. */
export function parseTimeML(id: string, xml: string): TimeMLDoc | null {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml);
  if (!dctTag || !body) return null;
  const dct = attr(dctTag[1]!, 'value');
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const m of body[1]!.matchAll(/<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>|&([a-z]+);|[^<&]+/g)) {
    if (m[2] === undefined) {
      text += m[5] !== undefined ? (ENTITIES[m[5]] ?? m[0]) : m[0];
      continue;
    }
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] !== '/') open = { start: text.length, type: attr(m[3]!, 'type'), value: attr(m[3]!, 'value') };
    else if (open) {
      timexes.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.type, value: open.value });
      open = null;
    }
  }
  return { id, dct, text, timexes };
}

/** Every TimeML document of one corpus folder (TimeBank, AQUAINT). */
export function readCorpus(dir: string, limit?: number): TimeMLDoc[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  const docs: TimeMLDoc[] = [];
  for (const f of files.slice(0, limit ?? files.length)) {
    const d = parseTimeML(f.replace(/\.tml$/, ''), readFileSync(join(dir, f), 'utf8'));
    if (d) docs.push(d);
  }
  return docs;
}

/** The DCT as the engine's publishedAt: the date part of the TIMEX3 value. */
export const dctDate = (dct: string): string | null => (/^\d{4}-\d{2}-\d{2}/.exec(dct)?.[0] ?? null);

export interface Matched {
  readonly gold: GoldTimex;
  readonly sys: TimeExpr | null;
}

/** Pair gold and system spans that overlap, one to one, in text order; unpaired system spans are returned apart. */
export function matchSpans(gold: readonly GoldTimex[], sys: readonly TimeExpr[]): { pairs: Matched[]; spurious: TimeExpr[] } {
  const used = new Set<number>();
  const pairs: Matched[] = gold.map((g) => {
    let best = -1;
    for (let k = 0; k < sys.length; k++) {
      const s = sys[k]!;
      if (used.has(k) || s.end <= g.start || s.start >= g.end) continue;
      if (best < 0 || (s.start === g.start && s.end === g.end)) best = k;
    }
    if (best >= 0) used.add(best);
    return { gold: g, sys: best >= 0 ? sys[best]! : null };
  });
  return { pairs, spurious: sys.filter((_, k) => !used.has(k)) };
}

/** Values compared as ISO 8601 reads them: TimeBank writes some weeks with one digit (2000-W7 is 2000-W07). */
export const sameValue = (a: string, b: string): boolean => a === b || a.replace(/-W(\d)(?!\d)/, '-W0$1') === b.replace(/-W(\d)(?!\d)/, '-W0$1');

export const timesTask: EvalTask = {
  name: 'times',
  async run(engine: Engine, dataDir: string, opts: { limit?: number }): Promise<EvalRow[]> {
    const rows: EvalRow[] = [];
    const all = { relaxed: new Prf(), strict: new Prf(), value: new Prf() };
    let n = 0;
    for (const corpus of ['TimeBank', 'AQUAINT']) {
      const dir = join(dataDir, 'timeml', corpus);
      if (!existsSync(dir)) continue;
      const m = { relaxed: new Prf(), strict: new Prf(), value: new Prf() };
      let goldCount = 0;
      for (const doc of readCorpus(dir, opts.limit)) {
        const a = engine.analyze({ id: doc.id, text: doc.text, publishedAt: dctDate(doc.dct) });
        if (a.text !== doc.text) throw new Error(`times eval: ${doc.id}: the engine changed the text, offsets would not match`);
        const sys = a.times();
        const { pairs, spurious } = matchSpans(doc.timexes, sys);
        goldCount += doc.timexes.length;
        for (const p of pairs) {
          for (const prf of [m, all]) {
            if (!p.sys) { prf.relaxed.fn++; prf.strict.fn++; prf.value.fn++; continue; }
            prf.relaxed.tp++;
            if (p.sys.start === p.gold.start && p.sys.end === p.gold.end) prf.strict.tp++;
            else { prf.strict.fn++; prf.strict.fp++; }
            if (sameValue(p.sys.value, p.gold.value)) prf.value.tp++;
            else { prf.value.fn++; prf.value.fp++; }
          }
        }
        for (const prf of [m, all]) {
          prf.relaxed.fp += spurious.length;
          prf.strict.fp += spurious.length;
          prf.value.fp += spurious.length;
        }
      }
      n += goldCount;
      rows.push(m.relaxed.row('times', corpus, 'span relaxed'), m.strict.row('times', corpus, 'span strict'), m.value.row('times', corpus, 'value'));
    }
    if (n === 0) return [{ task: 'times', corpus: 'timeml', metric: 'span relaxed', n: 0, note: `no TimeML under ${join(dataDir, 'timeml')}` }];
    rows.push(all.relaxed.row('times', 'all', 'span relaxed'), all.strict.row('times', 'all', 'span strict'), all.value.row('times', 'all', 'value'));
    return rows;
  },
};
