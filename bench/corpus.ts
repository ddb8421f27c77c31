/**
 * A generated corpus of wire-style news articles for benchmarks: templates
 * written for newsgraph, filled from small vocabularies by a seeded random
 * generator, so the same seed gives the same corpus on every machine.
 */
import { rng } from '../src/seeded-random.js';

export interface GeneratedArticle {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string;
}

const COUNTRIES = [
  ['France', 'French', 'Paris', 'Lyon', 'Marseille'], ['Germany', 'German', 'Berlin', 'Hamburg', 'Munich'],
  ['Kenya', 'Kenyan', 'Nairobi', 'Mombasa', 'Kisumu'], ['Brazil', 'Brazilian', 'Brasilia', 'Sao Paulo', 'Recife'],
  ['India', 'Indian', 'New Delhi', 'Mumbai', 'Chennai'], ['Nigeria', 'Nigerian', 'Abuja', 'Lagos', 'Kano'],
  ['Ukraine', 'Ukrainian', 'Kyiv', 'Kharkiv', 'Odesa'], ['Russia', 'Russian', 'Moscow', 'Saint Petersburg', 'Kazan'],
  ['Japan', 'Japanese', 'Tokyo', 'Osaka', 'Sapporo'], ['Mexico', 'Mexican', 'Mexico City', 'Monterrey', 'Tijuana'],
  ['Turkey', 'Turkish', 'Ankara', 'Istanbul', 'Izmir'], ['Pakistan', 'Pakistani', 'Islamabad', 'Karachi', 'Lahore'],
  ['Colombia', 'Colombian', 'Bogota', 'Medellin', 'Cali'], ['Ethiopia', 'Ethiopian', 'Addis Ababa', 'Gondar', 'Mekelle'],
  ['Canada', 'Canadian', 'Ottawa', 'Toronto', 'Vancouver'], ['Indonesia', 'Indonesian', 'Jakarta', 'Surabaya', 'Medan'],
] as const;
const FIRST = ['Maria', 'Ahmed', 'Olena', 'James', 'Chen', 'Fatima', 'Carlos', 'Ingrid', 'Kwame', 'Priya', 'Tomas', 'Aiko', 'Samuel', 'Leila', 'Viktor', 'Grace'];
const LAST = ['Okafor', 'Moreau', 'Kovalenko', 'Schmidt', 'Tanaka', 'Haddad', 'Silva', 'Novak', 'Mensah', 'Sharma', 'Lindqvist', 'Ortega', 'Baranov', 'Wright', 'Demir', 'Mwangi'];
const TITLES = ['Foreign Minister', 'Prime Minister', 'Interior Minister', 'President', 'Defence Minister', 'opposition leader', 'police chief', 'army spokesman', 'central bank governor', 'mayor'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUM_WORDS = ['two', 'three', 'five', 'seven', 'a dozen', 'dozens of', 'hundreds of', 'thousands of'];

type Ctx = { c: readonly string[]; o: readonly string[]; person: string; title: string; r: () => number };
const pick = <T,>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const n = (r: () => number, max: number) => 1 + Math.floor(r() * max);
const fmt = (x: number) => x.toLocaleString('en-US');

const SENTENCES: ((x: Ctx) => string)[] = [
  (x) => `${x.c[1]} ${x.title} ${x.person} said on ${pick(x.r, WEEKDAYS)} that the government would not accept the terms offered by ${x.o[0]}.`,
  (x) => `Police in ${x.c[3]} arrested more than ${fmt(n(x.r, 900))} people after protests against rising fuel prices turned violent, officials said.`,
  (x) => `“We will continue to defend our citizens and our borders,” ${x.person.split(' ')[1]} told reporters in ${x.c[2]}.`,
  (x) => `At least ${n(x.r, 60)} civilians were killed and ${n(x.r, 200)} wounded when shells hit a market in ${x.c[4]}, according to local authorities.`,
  (x) => `The ${x.c[1]} army said its troops had repelled an attack near the border with ${x.o[0]} overnight.`,
  (x) => `${x.o[1]} officials condemned the move as a violation of international law and demanded an immediate withdrawal.`,
  (x) => `The two countries agreed to resume talks in ${x.o[2]} next month, the ministry said in a statement.`,
  (x) => `Thousands of demonstrators marched through central ${x.c[2]} on ${pick(x.r, WEEKDAYS)}, chanting slogans against the ${x.c[1]} government.`,
  (x) => `${x.c[0]} pledged $${n(x.r, 900)} million in humanitarian aid to ${x.o[0]}, where floods have displaced ${fmt(n(x.r, 90) * 1000)} people since ${pick(x.r, MONTHS)}.`,
  (x) => `Reports say that rebels seized two villages in the north, but the claim could not be independently verified.`,
  (x) => `The central bank raised its key interest rate by ${n(x.r, 3)} percentage points to ${n(x.r, 20)}%, its ${pick(x.r, ['first', 'second', 'third'])} increase this year.`,
  (x) => `${x.person} accused ${x.o[1]} leaders of spreading misinformation and threatened to expel their diplomats.`,
  (x) => `Nearly ${n(x.r, 9)} months after the ceasefire, ${pick(x.r, NUM_WORDS)} families are still unable to return to their homes in ${x.c[4]}.`,
  (x) => `The ${x.title.toLowerCase()} did not rule out new sanctions, adding that “all options remain on the table.”`,
  (x) => `A spokesman for the United Nations urged both sides to exercise restraint and to allow aid convoys into ${x.c[3]}.`,
  (x) => `Investigators said the explosion at a chemical plant outside ${x.c[3]} on ${MONTHS[Math.floor(x.r() * 12)]} ${n(x.r, 28)} was caused by a gas leak.`,
  (x) => `${x.c[0]} and ${x.o[0]} signed a trade agreement worth an estimated ${n(x.r, 40)} billion euros over ${n(x.r, 10)} years.`,
  (x) => `The opposition said ${n(x.r, 40)} of its members had been detained in the past two weeks, a charge the interior ministry denied.`,
];

/** Articles until their texts total at least `minChars` characters. */
export function generateCorpus(minChars: number, seed = 42): GeneratedArticle[] {
  const r = rng(seed);
  const out: GeneratedArticle[] = [];
  let total = 0;
  while (total < minChars) {
    const c = pick(r, COUNTRIES);
    let o = pick(r, COUNTRIES);
    while (o === c) o = pick(r, COUNTRIES);
    const x: Ctx = { c, o, person: `${pick(r, FIRST)} ${pick(r, LAST)}`, title: pick(r, TITLES), r };
    const paras: string[] = [];
    const nParas = 4 + Math.floor(r() * 8);
    for (let p = 0; p < nParas; p++) {
      const k = 1 + Math.floor(r() * 3);
      const sents: string[] = [];
      for (let s = 0; s < k; s++) sents.push(pick(r, SENTENCES)(x));
      paras.push(sents.join(' '));
    }
    const text = paras.join('\n\n');
    const day = 1 + Math.floor(r() * 28);
    const month = 1 + Math.floor(r() * 12);
    out.push({ id: `gen-${out.length + 1}`, text, publishedAt: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
    total += text.length;
  }
  return out;
}
