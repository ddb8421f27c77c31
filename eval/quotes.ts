/**
 * Quote attribution on PolNeAR dev (../shared/data/polnear/dev): each gold
 * attribution's Content (its fragments together) against the system's quotes,
 * quotes sharing one cue taken together (a quotation interrupted by "he said"
 * is one attribution, as in the gold). Articles with several annotators' files
 * use the file whose name sorts first.
 *
 * Spans are compared as sets of words (runs of letters and digits), so that
 * quotation marks and punctuation do not count, and a leading "that" is left
 * out on both sides (PolNeAR's contents often start with the complementizer,
 * newsgraph's never do):
 * - overlap match: the shared words are at least half of the system quote's
 *   words and at least half of the gold content's (one-to-one, best first);
 * - exact match: the same words;
 * - speaker accuracy: over overlap-matched pairs whose gold has a Source, the
 *   share where the system speaker overlaps it.
 */
import { join } from 'node:path';
import type { Quote } from '../src/analysis/format.js';
import type { Engine } from '../src/engine/engine.js';
import { Resources } from '../src/engine/resources.js';
import { loadQuoteLexicon } from '../src/quotes/lexicon.js';
import { readPolnear, type GoldAttribution, type Range } from '../scripts/quote-corpus.js';
import { Prf, type EvalRow } from './metrics.js';
import type { EvalTask } from './tasks.js';

/** Running totals over articles. */
export class QuoteScores {
  readonly overlap = new Prf();
  readonly exact = new Prf();
  /** Recall over gold attributions whose cue is a word of saying (say, tell, according to ...). */
  readonly speech = new Prf();
  speakerRight = 0;
  speakerTotal = 0;
}

interface Item {
  readonly words: ReadonlySet<number>;
  readonly speakers: readonly Range[];
}

/** Scores one article's quotes against its gold attributions. `isSpeechCue` tells whether a gold cue is a word of saying. */
export function scoreArticle(
  text: string, gold: readonly GoldAttribution[], quotes: readonly Quote[], scores: QuoteScores,
  isSpeechCue: (cue: string) => boolean,
): void {
  const words = wordStarts(text);
  const wordsIn = (ranges: readonly Range[]) => contentWords(text, words, ranges);
  const goldItems = gold.map((g) => ({
    words: wordsIn(g.content), speakers: g.source, speech: g.cue.some((c) => isSpeechCue(text.slice(c.start, c.end))),
  })).filter((g) => g.words.size > 0);
  const groups = new Map<string, Quote[]>();
  quotes.forEach((q, i) => {
    const key = q.cue ? `${q.cue.start}:${q.cue.end}` : `q${i}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  });
  const sysItems: Item[] = [...groups.values()].map((qs) => ({
    words: wordsIn(qs),
    speakers: qs.flatMap((q) => (q.speaker ? [q.speaker] : [])),
  })).filter((s) => s.words.size > 0);

  const overlapPairs = match(sysItems, goldItems, (s, g) => {
    const shared = intersection(s.words, g.words);
    return Math.min(shared / s.words.size, shared / g.words.size);
  }, 0.5);
  count(scores.overlap, overlapPairs.length, sysItems.length, goldItems.length);
  const exactPairs = match(sysItems, goldItems, (s, g) => (s.words.size === g.words.size && intersection(s.words, g.words) === s.words.size ? 1 : 0), 1);
  count(scores.exact, exactPairs.length, sysItems.length, goldItems.length);
  const matchedGold = new Set(overlapPairs.map(([, g]) => g));
  goldItems.forEach((g, i) => {
    if (!g.speech) return;
    if (matchedGold.has(i)) scores.speech.tp++;
    else scores.speech.fn++;
  });
  for (const [s, g] of overlapPairs) {
    const gold = goldItems[g]!;
    if (gold.speakers.length === 0) continue;
    scores.speakerTotal++;
    if (sysItems[s]!.speakers.some((a) => gold.speakers.some((b) => a.start < b.end && b.start < a.end))) scores.speakerRight++;
  }
}

export const quotesTask: EvalTask = {
  name: 'quotes',
  async run(engine: Engine, dataDir: string, opts: { limit?: number }): Promise<EvalRow[]> {
    if (!('quotes' in engine.versions)) {
      return [{ task: 'quotes', corpus: 'polnear/dev', metric: 'content F1, overlap >= 0.5', n: 0, note: 'skipped: no quote extractor in the engine (it needs entities and actors)' }];
    }
    const articles = readPolnear(join(dataDir, 'polnear', 'dev')).slice(0, opts.limit ?? Infinity);
    const lexicon = loadQuoteLexicon(new Resources());
    const isSpeechCue = (cue: string) => cue.toLowerCase().split(/[^a-z]+/).some((w) => {
      const e = lexicon.cuesByFirst.get(w);
      return e !== undefined && e.some((x) => x.frame === 'say' || x.frame === 'tell' || x.frame === 'according');
    });
    const scores = new QuoteScores();
    let skipped = 0;
    let tokens = 0;
    let ms = 0;
    for (const a of articles) {
      const t0 = performance.now();
      const analysis = engine.analyze({ id: a.id, text: a.text, publishedAt: a.publishedAt });
      ms += performance.now() - t0;
      tokens += a.text.split(/\s+/).length;
      if (analysis.text !== a.text) { skipped++; continue; }
      scoreArticle(a.text, a.attributions, analysis.quotes(), scores, isSpeechCue);
    }
    const corpus = `polnear/dev (${articles.length - skipped} articles)`;
    const note = skipped ? `${skipped} articles skipped (text changed by normalization)` : undefined;
    return [
      scores.overlap.row('quotes', corpus, 'content F1, overlap >= 0.5', note),
      scores.exact.row('quotes', corpus, 'content F1, exact words'),
      { task: 'quotes', corpus, metric: 'speaker accuracy (matched)', value: scores.speakerTotal ? scores.speakerRight / scores.speakerTotal : 0, n: scores.speakerTotal },
      { task: 'quotes', corpus, metric: 'recall, speech cues only', r: scores.speech.r, n: scores.speech.tp + scores.speech.fn, note: `say/tell/according gold cues; full analysis ${Math.round(tokens / (ms / 1000))} words/s` },
    ];
  },
};

/** Start offsets of the words (runs of letters and digits) of `text`, in order. */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push(m.index);
  return out;
}

/** The words of `ranges` (indices into `starts`), a leading "that" left out. */
function contentWords(text: string, starts: readonly number[], ranges: readonly Range[]): Set<number> {
  const out = wordsIn(starts, ranges);
  let first = Infinity;
  for (const i of out) first = Math.min(first, i);
  if (first !== Infinity && text.slice(starts[first]!, starts[first]! + 5).toLowerCase() === 'that ') out.delete(first);
  return out;
}

/** Indices of the words that start inside any of `ranges`. */
function wordsIn(starts: readonly number[], ranges: readonly Range[]): Set<number> {
  const out = new Set<number>();
  for (const r of ranges) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < r.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < starts.length && starts[i]! < r.end; i++) out.add(i);
  }
  return out;
}

function intersection(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** One-to-one pairs [system, gold] whose score reaches `min`, best first. */
function match<S, G>(sys: readonly S[], gold: readonly G[], score: (s: S, g: G) => number, min: number): [number, number][] {
  const cands: [number, number, number][] = [];
  sys.forEach((s, i) => gold.forEach((g, j) => {
    const x = score(s, g);
    if (x >= min) cands.push([x, i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, i, j] of cands) {
    if (usedS.has(i) || usedG.has(j)) continue;
    usedS.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

function count(prf: Prf, tp: number, sys: number, gold: number): void {
  prf.tp += tp;
  prf.fp += sys - tp;
  prf.fn += gold - tp;
}
