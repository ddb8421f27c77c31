/**
 * Where the time extractor and the TimeML gold disagree, by kind of disagreement.
 *
 *   npx tsx scripts/times-errors.ts ../shared/data [--show N] [--only WORD]
 *
 * Runs the times extractor alone (no other layer) over TimeBank and AQUAINT
 * (DATA/timeml/, document creation time as publication date), prints value
 * mismatches grouped by a rough category (several categories are habits of
 * the gold annotation rather than errors: see the report of issue 5), then
 * missed and spurious expressions. Prints up to N examples per group (default
 * 5; 0 for counts only); --only keeps the groups whose name contains WORD.
 * A development aid: the scores that count are those of `npm run eval`.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DocumentBuilder } from '../src/doc/build.js';
import { Resources } from '../src/engine/resources.js';
import { createTimeExtractor } from '../src/times/extractor.js';
import { dctDate, matchSpans, readCorpus, sameValue } from '../eval/times.js';

const args = process.argv.slice(2);
const dataDir = resolve(args.find((a, k) => !a.startsWith('--') && !args[k - 1]?.startsWith('--')) ?? '../shared/data');
const opt = (name: string): string | undefined => { const k = args.indexOf(name); return k >= 0 ? args[k + 1] : undefined; };
const show = Number(opt('--show') ?? 5);
const only = opt('--only');
if (!existsSync(join(dataDir, 'timeml'))) {
  console.error(`times-errors: no timeml folder under ${dataDir}`);
  process.exit(2);
}

interface Row { readonly doc: string; readonly dct: string; readonly gold: string; readonly sys: string; readonly context: string }

/** A rough category for a value mismatch, from the two values and the words. */
function category(gold: string, sys: string, words: string): string {
  const days = (a: string, b: string) => Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 864e5;
  const isDay = (v: string) => /^\d{4}-\d\d-\d\d/.test(v);
  if (isDay(gold) && /T(NI|MO|AF|EV)$/.test(sys) && sys.startsWith(gold) && gold.length === 10) return 'gold: bare day where the text adds a part of day';
  if (/T(NI|MO|AF|EV)$/.test(gold) && /T(NI|MO|AF|EV)$/.test(sys) && gold.slice(0, 10) === sys.slice(0, 10)) return 'gold: another part of day (TEV for night)';
  if (/T\d\d$/.test(gold) && sys === `${gold}:00`) return 'gold: an hour written without minutes (T17 / T17:00)';
  if (isDay(gold) && isDay(sys) && days(gold, sys) > 0 && days(gold, sys) % 7 === 0 && /day|night|morning/i.test(words)) return 'weekday a week away (story older than its creation time?)';
  if (isDay(gold) && isDay(sys) && days(gold, sys) === 1 && /day/i.test(words)) return 'weekday a day away (dateline the day after?)';
  if (/^\d{4}-XX(-XX)?$/.test(gold) && /^\d{4}$/.test(sys)) return 'gold: a year written YYYY-XX';
  if (/^\d{3}X$|^\d\dXX$/.test(gold) && /^\d{2,3}$/.test(sys)) return 'decade or century notation (199X / 199)';
  const isWeek = (v: string) => /^\d{4}-W\d\d$/.test(v);
  if (/^\d{4}-WXX$/.test(gold) && isWeek(sys)) return 'gold: a week left underspecified (WXX) where the text fixes it';
  if (isWeek(sys) && !isWeek(gold) && /week/i.test(words) && (/^\d{4}-\d\d(-\d\d|-XX)?$/.test(gold) || gold === 'P1W')) return 'gold: a week ("last week") given as a day, a month or P1W';
  if (/X/.test(gold) && !/X/.test(sys) && !/REF/.test(gold)) return 'gold: underspecified (QX, XX) where the text fixes the value';
  if ((/^P/.test(gold) && /^\d{4}/.test(sys)) || (/^\d{4}/.test(gold) && /^P/.test(sys))) return 'date or duration reading of the same words';
  if (/REF$/.test(gold) !== /REF$/.test(sys)) return 'reference (PAST_REF) or vague duration';
  if (/^\d{4}(-Q\d)?$/.test(gold) && /^\d{4}(-Q\d)?$/.test(sys) && gold.slice(0, 4) === sys.slice(0, 4) && /year|ago|earlier/i.test(words)) return 'comparison: year or quarter granularity';
  if (/^\d{4}-\d\d(-\d\d)?$/.test(gold) && /^\d{4}(-Q\d)?$/.test(sys) && gold.slice(0, 4) === sys.slice(0, 4)) return 'gold: month or day where the text gives a year or quarter';
  if (/^P/.test(gold) && /^P/.test(sys)) return 'duration notation or count';
  return 'other';
}

const builder = new DocumentBuilder();
const extractor = createTimeExtractor(new Resources());
const groups = new Map<string, Row[]>();
const add = (name: string, row: Row) => groups.set(name, [...(groups.get(name) ?? []), row]);
const around = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 70), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 50)}`.replace(/\s+/g, ' ');

for (const corpus of ['TimeBank', 'AQUAINT']) {
  const dir = join(dataDir, 'timeml', corpus);
  if (!existsSync(dir)) continue;
  let gold = 0, sys = 0, relaxed = 0, value = 0;
  for (const d of readCorpus(dir)) {
    const doc = builder.build({ id: d.id, text: d.text, publishedAt: dctDate(d.dct) });
    const times = extractor.run(doc, {}).output.times;
    const { pairs, spurious } = matchSpans(d.timexes, times);
    gold += d.timexes.length;
    sys += times.length;
    for (const p of pairs) {
      const row = (g: string, s: string, a: number, b: number): Row => ({ doc: d.id, dct: d.dct.slice(0, 10), gold: g, sys: s, context: around(d.text, a, b) });
      if (!p.sys) { add(`missed ${p.gold.type}${/REF$/.test(p.gold.value) ? ' reference (now, current, recent)' : ''}`, row(p.gold.value, '-', p.gold.start, p.gold.end)); continue; }
      relaxed++;
      if (sameValue(p.sys.value, p.gold.value)) { value++; continue; }
      add(category(p.gold.value, p.sys.value, `${p.gold.text} ${p.sys.text}`), row(p.gold.value, `${p.sys.value} "${p.sys.text}"`, p.gold.start, p.gold.end));
    }
    for (const s of spurious) add(`spurious ${s.type}${/REF$/.test(s.value) ? ' reference (now, currently, recently)' : ''}`, { doc: d.id, dct: d.dct.slice(0, 10), gold: '-', sys: s.value, context: around(d.text, s.start, s.end) });
  }
  const f1 = (tp: number) => (200 * tp / (gold + sys)).toFixed(1);
  console.log(`${corpus}: gold ${gold}, system ${sys}, relaxed span F1 ${f1(relaxed)}, value F1 ${f1(value)}`);
}
console.log();
for (const [name, rows] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
  if (only && !name.includes(only)) continue;
  console.log(`${String(rows.length).padStart(4)}  ${name}`);
  for (const r of rows.slice(0, show)) console.log(`        ${r.doc} ${r.dct} gold=${r.gold} sys=${r.sys}  ${r.context}`);
}
