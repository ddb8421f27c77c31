/**
 * Reader for PolNeAR (political news attribution relations, brat standoff):
 * `<split>/text/<article>.txt` and `<split>/attributions/<article>_<annotator>.ann`,
 * with Source, Cue and Content spans joined by `E` relation lines. Used by
 * the quote cue derivation script and by eval/quotes.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A span of the article text, UTF-16 offsets (brat counts code points; converted on reading). */
export interface Range { readonly start: number; readonly end: number }

export interface GoldAttribution {
  /** One or more fragments (a quote interrupted by "he said" is one content in two fragments). */
  readonly content: readonly Range[];
  readonly cue: readonly Range[];
  readonly source: readonly Range[];
}

export interface GoldArticle {
  readonly id: string;
  /** The publication date from the file name (YYYY-MM-DD), or null. */
  readonly publishedAt: string | null;
  readonly text: string;
  readonly annotationFile: string;
  readonly attributions: readonly GoldAttribution[];
}

/**
 * Every article of a split. Some articles were annotated by several people
 * (same article name, different `_<annotator>` suffix): the file whose name
 * sorts first is used, so that the choice is deterministic.
 */
export function readPolnear(splitDir: string): GoldArticle[] {
  const annDir = join(splitDir, 'attributions');
  const chosen = new Map<string, string>();
  for (const f of readdirSync(annDir).filter((x) => x.endsWith('.ann')).sort()) {
    const article = f.replace(/_[0-9a-f]+\.ann$/, '');
    if (!chosen.has(article)) chosen.set(article, f);
  }
  const out: GoldArticle[] = [];
  for (const [article, file] of chosen) {
    const text = readFileSync(join(splitDir, 'text', `${article}.txt`), 'utf8');
    const ann = readFileSync(join(annDir, file), 'utf8');
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article)?.[1] ?? null;
    out.push({ id: article, publishedAt: date, text, annotationFile: file, attributions: parseBrat(ann, codePointToUtf16(text)) });
  }
  return out;
}

/** The attributions of one .ann file; offsets mapped through `toUtf16`. */
export function parseBrat(ann: string, toUtf16: (cp: number) => number): GoldAttribution[] {
  const spans = new Map<string, { type: string; ranges: Range[] }>();
  const relations: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols.length >= 3) {
      const sp = cols[1]!.indexOf(' ');
      const type = cols[1]!.slice(0, sp);
      const ranges = cols[1]!.slice(sp + 1).split(';').map((r) => {
        const [a, b] = r.trim().split(/\s+/).map(Number);
        return { start: toUtf16(a!), end: toUtf16(b!) };
      });
      spans.set(cols[0]!, { type, ranges });
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols.length >= 2) {
      const args: Record<string, string> = {};
      for (const part of cols[1]!.trim().split(/\s+/).slice(1)) {
        const [role, id] = part.split(':');
        if (role && id) args[role] = id;
      }
      relations.push(args);
    }
  }
  const out: GoldAttribution[] = [];
  for (const r of relations) {
    const content = r.Content ? spans.get(r.Content)?.ranges : undefined;
    if (!content) continue;
    out.push({
      content,
      cue: (r.Cue && spans.get(r.Cue)?.ranges) || [],
      source: (r.Source && spans.get(r.Source)?.ranges) || [],
    });
  }
  return out;
}

/** Maps a code point index of `text` to its UTF-16 index (they differ after an astral character). */
export function codePointToUtf16(text: string): (cp: number) => number {
  const astral: number[] = [];
  let cp = 0;
  for (let i = 0; i < text.length; i++, cp++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00) { astral.push(cp); i++; }
  }
  if (astral.length === 0) return (x) => x;
  return (x) => {
    let n = 0;
    while (n < astral.length && astral[n]! < x) n++;
    return x + n;
  };
}
