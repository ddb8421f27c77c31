import type { Actor, Span } from '../analysis/format.js';
import type { Doc } from '../doc/types.js';
import { joinCode, splitCode } from './codes.js';
import { root, type Draft } from './drafts.js';
import type { Mention } from './mention.js';

/** The text of tokens [ts, te), without a leading article and a trailing possessive. */
export function bareText(doc: Doc, ts: number, te: number): string {
  const t = doc.tokens;
  while (te > ts + 1 && /^(['’]s?|’)$/i.test(t[te - 1]!.text)) te--;
  if (te > ts + 1 && (t[ts]!.lower === 'the' || t[ts]!.lower === 'a' || t[ts]!.lower === 'an')) ts++;
  return doc.text.slice(t[ts]!.start, t[te - 1]!.end);
}

function spanOf(doc: Doc, m: Mention): Span {
  const start = doc.tokens[m.ts]!.start;
  const end = doc.tokens[m.te - 1]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function nameOf(doc: Doc, d: Draft, countryName: (c: string) => string | undefined): string {
  const first = d.mentions.reduce((x, y) => (y.ts < x.ts ? y : x));
  switch (d.kind) {
    case 'person': {
      if (d.fullName) return bareText(doc, d.fullName.nameTs, d.fullName.te);
      if (d.lex?.name) return d.lex.name;
      const named = d.mentions.find((m) => m.kind === 'person');
      return named ? bareText(doc, named.nameTs, named.te) : bareText(doc, first.ts, first.te);
    }
    case 'country': {
      // A mention that writes the name ("Ukraine") over one that names the state by its adjective ("Ukrainian").
      const written = d.mentions.find((m) => m.kind === 'country' && m.label === null);
      if (written) return bareText(doc, written.ts, written.te);
      return d.mentions.find((m) => m.label !== null)?.label ?? countryName(d.country ?? '') ?? d.country ?? '';
    }
    default: {
      // The most telling mention: the first that says its country ("Russian troops" over "troops").
      const best = d.mentions.find((m) => m.country !== null) ?? first;
      return best.label ?? bareText(doc, best.ts, best.te);
    }
  }
}

/**
 * The actors layer: one actor per surviving draft, ids in order of first
 * mention, mentions sorted and unique; and for each entity, its actor.
 */
export function assembleActors(
  doc: Doc, drafts: readonly Draft[], byMention: ReadonlyMap<Mention, Draft>, entityCount: number,
  countryName: (c: string) => string | undefined,
): { actors: Actor[]; entityActors: (string | null)[] } {
  const live = drafts.filter((d) => !d.into && d.mentions.length > 0);
  const first = new Map<Draft, number>();
  for (const d of live) {
    let min = Infinity;
    for (const m of d.mentions) if (m.ts < min) min = m.ts;
    first.set(d, min);
  }
  live.sort((x, y) => first.get(x)! - first.get(y)! || x.n - y.n);
  const ids = new Map<Draft, string>();
  const actors: Actor[] = live.map((d, i) => {
    const id = `a${i + 1}`;
    ids.set(d, id);
    const lex = d.lex ? splitCode(d.lex.code) : null;
    if (lex && d.country && lex.country !== d.country) lex.code = null;
    const country = d.country ?? lex?.country ?? null;
    const sector = d.sector ?? (lex && (lex.country === country || !d.country) ? lex.sector : null);
    const seen = new Set<string>();
    const mentions: Span[] = [];
    for (const m of [...d.mentions].sort((x, y) => x.ts - y.ts || y.te - x.te)) {
      const s = spanOf(doc, m);
      const k = `${s.start}:${s.end}`;
      if (!seen.has(k)) {
        seen.add(k);
        mentions.push(s);
      }
    }
    return {
      id, name: nameOf(doc, d, countryName), kind: d.kind, country, sector,
      code: d.kind === 'country' || !sector ? (lex?.code ?? country) : joinCode(country, sector),
      mentions,
    };
  });
  const entityActors: (string | null)[] = new Array<string | null>(entityCount).fill(null);
  const ordered = [...byMention].sort(([a], [b]) => a.ts - b.ts || (b.te - b.ts) - (a.te - a.ts));
  for (const [m, d] of ordered) {
    const id = ids.get(root(d));
    if (!id) continue;
    for (const e of m.ents) if (entityActors[e] === null) entityActors[e] = id;
  }
  return { actors, entityActors };
}
