/**
 * Where quote attribution loses on PolNeAR (development aid): runs the
 * default engine on a split (train by default: diagnose there, measure on
 * dev) and prints
 * - gold attributions missed, by construction (where the content stands
 *   from its cue, how it opens, whether it is a clause) and by cue word;
 * - system quotes matching no gold, by cue word;
 * - boundary differences of overlap-matched pairs that are not exact.
 * With `--show <key>` it prints up to `--max` examples of one row (to the
 * terminal only: corpus text is never written to a file).
 *
 * Usage: npx tsx scripts/quote-errors.ts --data ../shared/data/polnear [--split train] [--show KEY] [--max 20]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import type { Quote } from '../src/analysis/format.js';
import { DocumentBuilder } from '../src/doc/build.js';
import { tokenIndexAt } from '../src/doc/navigate.js';
import type { Doc, Token } from '../src/doc/types.js';
import { createEngine } from '../src/engine/engine.js';
import { loadQuoteLexicon, parseCueTable } from '../src/quotes/lexicon.js';
import { Resources } from '../src/engine/resources.js';
import { contentForm, cueKind } from './quote-forms.js';
import { alignArticle, speakerMatches } from '../eval/quotes.js';
import { readPolnear, type GoldAttribution, type Range } from './quote-corpus.js';

const opts = new Command()
  .requiredOption('--data <dir>', 'the PolNeAR folder (holding train/ and dev/)')
  .option('--split <name>', 'train or dev', 'train')
  .option('--limit <n>', 'at most n articles', (v) => Number(v))
  .option('--show <key>', 'print examples of one row (a construction, "cue:<word>", "fp:<word>" or "edge:<kind>")')
  .option('--max <n>', 'examples to print', (v) => Number(v), 20)
  .option('--every <n>', 'print every n-th example only (a sample over the corpus)', (v) => Number(v), 1)
  .option('--top <n>', 'rows of the cue tables', (v) => Number(v), 40)
  .parse()
  .opts<{ data: string; split: string; limit?: number; show?: string; max: number; every: number; top: number }>();

const frames = new Map<string, string>();
for (const row of parseCueTable(readFileSync(resolve('data/quotes/cues.tsv'), 'utf8'))) for (const f of row.forms) frames.set(f, row.frame);
const derived = new Set(readFileSync(resolve('data/quotes/cues.derived.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]!));
const noneForms = new Set([...frames].filter(([, f]) => f === 'none').map(([w]) => w));
const lexicon = loadQuoteLexicon(new Resources());
const frameOf = (w: string) => frames.get(w) ?? (derived.has(w) ? 'say*' : '-');

const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '\'', '«', '»']);
const WH = new Set(['whether', 'if', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);

const engine = createEngine();
const builder = new DocumentBuilder();
const articles = readPolnear(join(resolve(opts.data), opts.split)).slice(0, opts.limit ?? Infinity);

class Tally {
  readonly total = new Map<string, number>();
  readonly missed = new Map<string, number>();
  add(key: string, miss: boolean): void {
    this.total.set(key, (this.total.get(key) ?? 0) + 1);
    if (miss) this.missed.set(key, (this.missed.get(key) ?? 0) + 1);
  }
  print(title: string, top: number, label: (k: string) => string = (k) => k): void {
    console.log(`\n${title}\n${'missed'.padStart(7)} ${'total'.padStart(6)} ${'recall'.padStart(6)}  key`);
    const rows = [...this.total].sort((a, b) => (this.missed.get(b[0]) ?? 0) - (this.missed.get(a[0]) ?? 0)).slice(0, top);
    for (const [k, n] of rows) {
      const m = this.missed.get(k) ?? 0;
      console.log(`${String(m).padStart(7)} ${String(n).padStart(6)} ${(100 * (1 - m / n)).toFixed(1).padStart(6)}  ${label(k)}`);
    }
  }
}

const byConstruction = new Tally();
/** [cue kind][content form] -> [missed, total] */
const grid = new Map<string, Map<string, [number, number]>>();
const FORMS = ['quotation', 'that', 'clause', 'to', 'wh', 'of/for+ing', 'as', 'np'];
const byCue = new Tally();
const byCueClause = new Tally();
const missKinds = new Map<string, number>();
const wrongSpeakers = new Tally();
const falsePositives = new Map<string, number>();
const edges = new Map<string, number>();
const totals = { gold: 0, sys: 0, overlap: 0, exact: 0, speakers: 0, speakersRight: 0 };
const examples: string[] = [];
let seenExamples = 0;
const show = (key: string, text: () => string) => {
  if (opts.show === key && examples.length < opts.max && seenExamples++ % opts.every === 0) examples.push(text());
};

for (const a of articles) {
  const analysis = engine.analyze({ id: a.id, text: a.text, publishedAt: a.publishedAt });
  if (analysis.text !== a.text) continue;
  const quotes = analysis.quotes();
  const doc = builder.build({ id: a.id, text: a.text });
  const al = alignArticle(a.text, a.attributions, quotes);
  const matchedGold = new Map(al.overlapPairs.map(([s, g]) => [g, s]));
  const exactGold = new Set(al.exactPairs.map(([, g]) => g));
  const matchedSys = new Set(al.overlapPairs.map(([s]) => s));
  totals.gold += al.goldItems.length;
  totals.sys += al.sysItems.length;
  totals.overlap += al.overlapPairs.length;
  totals.exact += al.exactPairs.length;
  for (const [s, g] of al.overlapPairs) {
    if (al.goldItems[g]!.speakers.length === 0) continue;
    totals.speakers++;
    const right = speakerMatches(al.sysItems[s]!, al.goldItems[g]!);
    if (right) totals.speakersRight++;
    const q = al.sysItems[s]!.quotes[0]!;
    const key = `${q.cue ? headWord(doc, q.cue) : '(no cue)'} ${q.speaker ? 'speaker' : 'no speaker'}`;
    wrongSpeakers.add(key, !right);
    if (!right) show(`speaker:${key}`, () => `${goldLine(a.text, a.attributions[al.goldItems[g]!.gold]!, [])}\n   SYS  ${q.speaker?.text ?? '-'} | ${q.cue?.text ?? '-'} | [${q.text}]`);
  }
  al.goldItems.forEach((item, gi) => {
    const g = a.attributions[item.gold]!;
    const miss = !matchedGold.has(gi);
    const construction = describe(doc, g);
    const cue = cueWord(doc, g);
    byConstruction.add(construction, miss);
    byCue.add(cue, miss);
    const kind = cueKind(lexicon, noneForms, g.cue.flatMap((r) => tokensIn(doc, r)));
    const form = contentForm(g.content.flatMap((r) => tokensIn(doc, r)));
    const row = grid.get(kind) ?? new Map<string, [number, number]>();
    const cell = row.get(form) ?? [0, 0];
    cell[1]++;
    if (miss) cell[0]++;
    row.set(form, cell);
    grid.set(kind, row);
    if (miss) show(`kind:${kind}/${form}`, () => goldLine(a.text, g, quotes));
    if (!construction.includes('/np/')) byCueClause.add(cue, miss);
    if (miss) {
      const sameCue = quotes.some((q) => q.cue && g.cue.some((c) => q.cue!.start < c.end && c.start < q.cue!.end));
      const np = construction.includes('/np/') ? 'np content' : 'clause or quotation';
      const why = `${np}: ${g.cue.length === 0 ? 'no gold cue' : sameCue ? 'cue found, content differs' : 'cue not found'}`;
      missKinds.set(why, (missKinds.get(why) ?? 0) + 1);
      show(why, () => goldLine(a.text, g, quotes));
      show(construction, () => goldLine(a.text, g, quotes));
      show(`cue:${cue}`, () => goldLine(a.text, g, quotes));
    } else if (!exactGold.has(gi)) {
      const sys = al.sysItems[matchedGold.get(gi)!]!;
      for (const kind of edgeKinds(a.text, doc, g, sys.quotes)) {
        edges.set(kind, (edges.get(kind) ?? 0) + 1);
        show(`edge:${kind}`, () => `${goldLine(a.text, g, [])}\n   SYS  ${sys.quotes.map((q) => `[${q.text}]`).join(' ')}`);
      }
    }
  });
  al.sysItems.forEach((s, si) => {
    if (matchedSys.has(si)) return;
    const q = s.quotes[0]!;
    const word = q.cue ? headWord(doc, q.cue) : `(${q.kind}, no cue)`;
    falsePositives.set(word, (falsePositives.get(word) ?? 0) + 1);
    show(`fp:${word}`, () => `${sentenceOf(a.text, doc, q.start)}\n   SYS  ${s.quotes.map((x) => `${x.speaker?.text ?? '-'} | ${x.cue?.text ?? '-'} | [${x.text}]`).join(' ')}`);
  });
}

const prf = (tp: number) => {
  const p = tp / totals.sys, r = tp / totals.gold;
  return `P ${(100 * p).toFixed(1)} R ${(100 * r).toFixed(1)} F1 ${(200 * p * r / (p + r)).toFixed(1)} (${tp} matched)`;
};
if (opts.show) {
  console.log(examples.join('\n\n'));
} else {
  console.log(`${opts.split}: ${totals.gold} gold, ${totals.sys} system; overlap ${prf(totals.overlap)}; exact ${prf(totals.exact)}; speaker ${(100 * totals.speakersRight / totals.speakers).toFixed(1)} of ${totals.speakers}`);
  console.log('\nMissed gold attributions');
  for (const [k, n] of [...missKinds].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(7)}  ${k}`);
  printGrid();
  byConstruction.print('Gold attributions by construction (position of content / how it opens / clause or not / cue frame)', opts.top);
  byCue.print('Gold attributions by cue word (frame in brackets: * derived list, - none)', opts.top, (k) => `${k} [${frameOf(k)}]`);
  byCueClause.print('Gold attributions whose content is a clause or a quotation, by cue word', opts.top, (k) => `${k} [${frameOf(k)}]`);
  console.log('\nSystem quotes matching no gold, by cue word');
  for (const [k, n] of [...falsePositives].sort((x, y) => y[1] - x[1]).slice(0, opts.top)) console.log(`${String(n).padStart(7)}  ${k}`);
  wrongSpeakers.print('Matched quotes whose gold has a source, by cue word and speaker: "missed" = speaker wrong', opts.top);
  console.log('\nBoundaries of overlap-matched pairs that are not exact');
  for (const [k, n] of [...edges].sort((x, y) => y[1] - x[1]).slice(0, opts.top)) console.log(`${String(n).padStart(7)}  ${k}`);
}

/** Missed / total gold attributions by cue kind (rows) and content form (columns), most missed first. */
function printGrid(): void {
  const cols = [...FORMS, ...new Set([...grid.values()].flatMap((r) => [...r.keys()]).filter((f) => !FORMS.includes(f)))];
  const sum = (cells: Iterable<[number, number]>) => [...cells].reduce((a, c) => [a[0] + c[0], a[1] + c[1]], [0, 0]);
  const cell = (c: readonly number[] | undefined) => (c ? `${c[0]}/${c[1]}` : '').padStart(10);
  console.log('\nMissed / total gold attributions by cue kind (word class of the cue head, then its lexicon frame) and content form');
  console.log(`${'cue kind'.padEnd(20)}${cols.map((c) => c.padStart(10)).join('')}${'all'.padStart(11)}`);
  const rows = [...grid].map(([k, r]) => [k, r, sum(r.values())] as const).sort((x, y) => y[2][0] - x[2][0]);
  for (const [k, r, all] of rows) console.log(`${k.padEnd(20)}${cols.map((c) => cell(r.get(c))).join('')} ${cell(all)}`);
  const colSums = cols.map((c) => sum([...grid.values()].flatMap((r) => (r.get(c) ? [r.get(c)!] : []))));
  console.log(`${'all'.padEnd(20)}${colSums.map(cell).join('')} ${cell(sum(colSums as [number, number][]))}`);
}

/** The cue's main word: its first verb, else its first noun, else its first word (lower case). */
function cueWord(doc: Doc, g: GoldAttribution): string {
  if (g.cue.length === 0) return '(no cue)';
  return headWord(doc, g.cue[0]!);
}

function headWord(doc: Doc, r: Range): string {
  const toks = tokensIn(doc, r);
  const pick = toks.find((t) => t.pos === 'VERB') ?? toks.find((t) => t.pos === 'NOUN') ?? toks.find((t) => /\p{L}/u.test(t.text)) ?? toks[0];
  return pick ? pick.lower : '(empty)';
}

function tokensIn(doc: Doc, r: Range): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(doc, r.start); i < doc.tokens.length && doc.tokens[i]!.start < r.end; i++) {
    if (doc.tokens[i]!.end > r.start) out.push(doc.tokens[i]!);
  }
  return out;
}


/** position / opening / clause / frame of a gold attribution, e.g. "after/that/clause/say". */
function describe(doc: Doc, g: GoldAttribution): string {
  const content = g.content.flatMap((r) => tokensIn(doc, r)).filter((t) => t.pos !== 'SPACE');
  if (content.length === 0) return 'empty';
  const cueToks = g.cue.flatMap((r) => tokensIn(doc, r));
  let position = 'no-cue';
  if (cueToks.length > 0) {
    const c0 = cueToks[0]!.start;
    const c1 = cueToks[cueToks.length - 1]!.end;
    const before = content.some((t) => t.end <= c0);
    const after = content.some((t) => t.start >= c1);
    position = before && after ? 'around' : before ? 'before' : after ? 'after' : 'inside';
    const sentences = new Set(content.map((t) => t.sentence));
    if (!sentences.has(cueToks[0]!.sentence)) position += '-other-sentence';
    else if (sentences.size > 1) position += '-multi-sentence';
  }
  const first = content[0]!;
  const opening = QUOTE_MARKS.has(first.text) ? 'quote' : first.lower === 'that' ? 'that' : first.lower === 'to' ? 'to'
    : WH.has(first.lower) ? 'wh' : 'bare';
  const marks = content.some((t) => QUOTE_MARKS.has(t.text) && t.text !== '\'' && t.text !== '’');
  const clause = content.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? 'clause' : 'np';
  const frame = cueToks.length ? frameOf(headWord(doc, g.cue[0]!)) : '-';
  return `${position}/${opening}${marks && opening !== 'quote' ? '+marks' : ''}/${clause}/${frame}`;
}

/** How a matched system quote's words differ from the gold content at each end. */
function edgeKinds(text: string, doc: Doc, g: GoldAttribution, quotes: readonly Quote[]): string[] {
  const goldToks = g.content.flatMap((r) => tokensIn(doc, r)).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const sysToks = quotes.flatMap((q) => tokensIn(doc, q)).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (goldToks.length && goldToks[0]!.lower === 'that') goldToks.shift();
  if (!goldToks.length || !sysToks.length) return [];
  const gi = new Set(goldToks.map((t) => t.i));
  const si = new Set(sysToks.map((t) => t.i));
  const out: string[] = [];
  const g0 = goldToks[0]!.i, g1 = goldToks[goldToks.length - 1]!.i;
  const s0 = sysToks[0]!.i, s1 = sysToks[sysToks.length - 1]!.i;
  if (s0 < g0) out.push(`start: system starts earlier (${doc.tokens[s0]!.lower})`.replace(/\(.*\)/, '') + (doc.tokens[s0]!.sentence !== doc.tokens[g0]!.sentence ? 'other sentence' : 'same sentence'));
  if (s0 > g0) out.push(`start: gold starts earlier, ${doc.tokens[g0]!.sentence !== doc.tokens[s0]!.sentence ? 'other sentence' : `first gold word ${doc.tokens[g0]!.pos}`}`);
  if (s1 > g1) out.push(`end: system ends later, ${doc.tokens[s1]!.sentence !== doc.tokens[g1]!.sentence ? 'other sentence' : `after gold: ${doc.tokens[g1 + 1]?.text ?? ''}`}`);
  if (s1 < g1) out.push(`end: gold ends later, ${doc.tokens[s1]!.sentence !== doc.tokens[g1]!.sentence ? 'other sentence' : `after system: ${doc.tokens[s1 + 1]?.text ?? ''}`}`);
  let holes = 0;
  for (const t of goldToks) if (!si.has(t.i) && t.i > s0 && t.i < s1) holes++;
  for (const t of sysToks) if (!gi.has(t.i) && t.i > g0 && t.i < g1) holes++;
  if (holes) out.push('inside: words differ within both spans');
  void text;
  return out;
}

function sentenceOf(text: string, doc: Doc, offset: number): string {
  const s = doc.sentences[doc.tokens[tokenIndexAt(doc, offset)]!.sentence]!;
  return `   TEXT ${text.slice(s.start, s.end).replace(/\s+/g, ' ')}`;
}

function goldLine(text: string, g: GoldAttribution, quotes: readonly Quote[]): string {
  const span = (rs: readonly Range[]) => rs.map((r) => text.slice(r.start, r.end)).join(' … ');
  const lo = Math.min(...[...g.content, ...g.cue].map((r) => r.start));
  const hi = Math.max(...[...g.content, ...g.cue].map((r) => r.end));
  const sameCue = quotes.filter((q) => q.cue && g.cue.some((c) => q.cue!.start < c.end && c.start < q.cue!.end));
  if (sameCue.length) return `   GOLD ${span(g.source) || '-'} | ${span(g.cue) || '-'} | [${span(g.content).replace(/\s+/g, ' ')}]\n   SAME ${sameCue.map((q) => `${q.speaker?.text ?? '-'} | ${q.cue!.text} | [${q.text.replace(/\s+/g, ' ')}]`).join(' ')}`;
  const near = quotes.filter((q) => q.start < hi + 200 && q.end > lo - 200).map((q) => `${q.cue?.text ?? '-'}:[${q.text.slice(0, 60)}]`);
  return `   GOLD ${span(g.source) || '-'} | ${span(g.cue) || '-'} | [${span(g.content).replace(/\s+/g, ' ')}]${near.length ? `\n   NEAR ${near.join(' ')}` : ''}`;
}
