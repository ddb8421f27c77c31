import type { Actor, AnalysisJSON, Event, Figure, Place, Quote } from '../src/analysis/format.js';
import { FORMAT_VERSION } from '../src/analysis/format.js';
import { rng } from '../src/seeded-random.js';

/**
 * A generated news corpus for the store benchmark and the crash tests:
 * wire-style articles assembled from templates written for newsgraph, with a
 * seeded random generator (the same seed gives the same corpus). Varied
 * actors, event types, places, figures, quotes and dates; nothing is taken
 * from any real article. Each article also carries the analysis its
 * templates imply (actors, events, quotes, figures, places with their
 * spans), so that the store can be measured with a realistic load of facts
 * whatever the extractors find today.
 */

export interface GeneratedArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly url: string;
  readonly source: string;
}

interface Country {
  readonly code: string;
  readonly name: string;
  readonly adj: string;
  readonly people: string;
  readonly cities: readonly string[];
  readonly leader: string;
  readonly minister: string;
}

const COUNTRIES: readonly Country[] = [
  { code: 'RUS', name: 'Russia', adj: 'Russian', people: 'Russians', cities: ['Moscow', 'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg'], leader: 'Vladimir Putin', minister: 'Sergei Lavrov' },
  { code: 'UKR', name: 'Ukraine', adj: 'Ukrainian', people: 'Ukrainians', cities: ['Kyiv', 'Kharkiv', 'Odesa', 'Lviv', 'Dnipro'], leader: 'Volodymyr Zelensky', minister: 'Dmytro Kuleba' },
  { code: 'USA', name: 'the United States', adj: 'American', people: 'Americans', cities: ['Washington', 'New York', 'Chicago'], leader: 'Joe Biden', minister: 'Antony Blinken' },
  { code: 'FRA', name: 'France', adj: 'French', people: 'French citizens', cities: ['Paris', 'Marseille', 'Lyon'], leader: 'Emmanuel Macron', minister: 'Catherine Colonna' },
  { code: 'DEU', name: 'Germany', adj: 'German', people: 'Germans', cities: ['Berlin', 'Hamburg', 'Munich'], leader: 'Olaf Scholz', minister: 'Annalena Baerbock' },
  { code: 'TUR', name: 'Turkey', adj: 'Turkish', people: 'Turks', cities: ['Ankara', 'Istanbul', 'Izmir'], leader: 'Recep Tayyip Erdogan', minister: 'Mevlut Cavusoglu' },
  { code: 'IRN', name: 'Iran', adj: 'Iranian', people: 'Iranians', cities: ['Tehran', 'Isfahan', 'Mashhad'], leader: 'Ebrahim Raisi', minister: 'Hossein Amirabdollahian' },
  { code: 'BRA', name: 'Brazil', adj: 'Brazilian', people: 'Brazilians', cities: ['Brasilia', 'Sao Paulo', 'Rio de Janeiro'], leader: 'Luiz Inacio Lula da Silva', minister: 'Mauro Vieira' },
  { code: 'KEN', name: 'Kenya', adj: 'Kenyan', people: 'Kenyans', cities: ['Nairobi', 'Mombasa', 'Kisumu'], leader: 'William Ruto', minister: 'Alfred Mutua' },
  { code: 'NGA', name: 'Nigeria', adj: 'Nigerian', people: 'Nigerians', cities: ['Abuja', 'Lagos', 'Kano'], leader: 'Bola Tinubu', minister: 'Yusuf Tuggar' },
  { code: 'IND', name: 'India', adj: 'Indian', people: 'Indians', cities: ['New Delhi', 'Mumbai', 'Kolkata'], leader: 'Narendra Modi', minister: 'Subrahmanyam Jaishankar' },
  { code: 'MEX', name: 'Mexico', adj: 'Mexican', people: 'Mexicans', cities: ['Mexico City', 'Guadalajara', 'Monterrey'], leader: 'Andres Manuel Lopez Obrador', minister: 'Alicia Barcena' },
  { code: 'POL', name: 'Poland', adj: 'Polish', people: 'Poles', cities: ['Warsaw', 'Krakow', 'Gdansk'], leader: 'Andrzej Duda', minister: 'Zbigniew Rau' },
  { code: 'ISR', name: 'Israel', adj: 'Israeli', people: 'Israelis', cities: ['Jerusalem', 'Tel Aviv', 'Haifa'], leader: 'Benjamin Netanyahu', minister: 'Eli Cohen' },
  { code: 'CHN', name: 'China', adj: 'Chinese', people: 'Chinese citizens', cities: ['Beijing', 'Shanghai', 'Wuhan'], leader: 'Xi Jinping', minister: 'Wang Yi' },
  { code: 'SDN', name: 'Sudan', adj: 'Sudanese', people: 'Sudanese civilians', cities: ['Khartoum', 'Omdurman', 'El Fasher'], leader: 'Abdel Fattah al-Burhan', minister: 'Ali al-Sadiq' },
];

const SOURCES = ['wire-east.example', 'daily-ledger.example', 'morning-post.example', 'globe-report.example', 'capital-times.example',
  'frontline-news.example', 'harbor-herald.example', 'open-wire.example', 'evening-star.example', 'the-observer.example'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const GROUPS: readonly [string, string][] = [['students', 'EDU'], ['workers', 'LAB'], ['farmers', 'AGR'], ['teachers', 'EDU'],
  ['pensioners', 'CVL'], ['opposition supporters', 'OPP'], ['nurses', 'HLH'], ['truck drivers', 'LAB']];
const ISSUES = ['rising fuel prices', 'the mobilization order', 'a new pension law', 'electoral fraud', 'food shortages', 'police violence', 'the war', 'higher taxes'];
const UNITS = ['troops', 'armoured units', 'naval vessels', 'reserve battalions'];

type ActorSpec = Omit<Actor, 'id' | 'mentions'>;
type EventSpec = Omit<Event, 'start' | 'end' | 'text' | 'trigger' | 'actor' | 'target' | 'place' | 'modality' | 'acled' | 'category' | 'mode'>
  & { mode?: string | null; actor?: ActorSpec; target?: ActorSpec; place?: string; hedged?: boolean; future?: boolean };

/** A paragraph built piece by piece, with the facts its pieces state, as spans of the whole text. */
class Writer {
  text = '';
  readonly actors = new Map<string, Actor & { mentions: { start: number; end: number; text: string }[] }>();
  readonly #events: { span: { start: number; end: number; text: string }; sentence: number; spec: EventSpec }[] = [];
  readonly quotes: Quote[] = [];
  readonly figures: Figure[] = [];
  readonly places: Place[] = [];
  #sentence = 0;

  startSentence(): this {
    this.#sentence = this.text.length;
    return this;
  }

  t(s: string): this {
    this.text += s;
    return this;
  }

  #span(s: string) {
    const start = this.text.length;
    this.text += s;
    return { start, end: this.text.length, text: s };
  }

  actor(words: string, a: ActorSpec): this {
    this.#mention(words, a);
    return this;
  }

  #mention(words: string, a: ActorSpec): string {
    const span = this.#span(words);
    const key = `${a.code}|${a.name}`;
    let x = this.actors.get(key);
    if (!x) {
      x = { ...a, id: `a${this.actors.size + 1}`, mentions: [] };
      this.actors.set(key, x);
    }
    x.mentions.push(span);
    return x.id;
  }

  /** An event: its trigger words; actor, target and place are the ones named in the same article (resolved by events()). */
  event(trigger: string, e: EventSpec): this {
    this.#events.push({ span: this.#span(trigger), sentence: this.#sentence, spec: e });
    return this;
  }

  /** The events, their actors and places resolved now that the whole text is written. */
  events(): Event[] {
    const id = (a?: ActorSpec) => (a ? this.actors.get(`${a.code}|${a.name}`)?.id ?? null : null);
    return this.#events.map(({ span, sentence, spec: e }) => {
      const place = e.place ? this.places.find((p) => p.text === e.place) : undefined;
      return {
        start: sentence, end: span.end, text: this.text.slice(sentence, span.end), trigger: span,
        type: e.type, mode: e.mode ?? null, cameo: e.cameo, quad: e.quad, goldstein: e.goldstein,
        actor: id(e.actor), target: id(e.target), place: place ? { start: place.start, end: place.end, text: place.text } : null, date: e.date,
        modality: { negated: false, hedged: e.hedged ?? false, future: e.future ?? false }, acled: null, category: null,
      };
    });
  }

  place(words: string, country: string, featureType: Place['featureType'] = 'city'): this {
    const span = this.#span(words);
    this.places.push({ ...span, name: words, geonameId: null, country, lat: null, lon: null, featureType });
    return this;
  }

  figure(words: string, f: Omit<Figure, 'start' | 'end' | 'text' | 'approx' | 'unit'> & { approx?: Figure['approx']; unit?: string | null }): this {
    this.figures.push({ ...this.#span(words), approx: f.approx ?? '=', unit: f.unit ?? null, value: f.value, category: f.category, subject: f.subject });
    return this;
  }

  /** A quote: the quoted words, then the speaker (an actor) and the cue. */
  quote(words: string, kind: Quote['kind'], between: string, speaker: string, who: ActorSpec, after: string, cue: string, end: string): this {
    const q = this.#span(words);
    this.text += between;
    const id = this.#mention(speaker, who);
    const s = this.actors.get(`${who.code}|${who.name}`)!.mentions.at(-1)!;
    this.text += after;
    const c = this.#span(cue);
    this.text += end;
    this.quotes.push({ ...q, kind, speaker: { ...s, actor: id }, cue: c });
    return this;
  }
}

type Pick = <T>(xs: readonly T[]) => T;

interface Ctx {
  readonly pick: Pick;
  readonly int: (lo: number, hi: number) => number;
  readonly a: Country;
  readonly b: Country;
  readonly city: string;
  readonly cityCountry: Country;
  readonly when: string;
  readonly date: string;
}

const person = (name: string, c: Country, sector = 'GOV'): ActorSpec => ({ name, kind: 'person', country: c.code, sector, code: `${c.code}${sector}` });
const country = (c: Country): ActorSpec => ({ name: c.name.replace(/^the /, ''), kind: 'country', country: c.code, sector: null, code: c.code });
const forces = (c: Country): ActorSpec => ({ name: `${c.adj} forces`, kind: 'group', country: c.code, sector: 'MIL', code: `${c.code}MIL` });
const civilians = (c: Country): ActorSpec => ({ name: `${c.adj} civilians`, kind: 'group', country: c.code, sector: 'CVL', code: `${c.code}CVL` });
const police = (c: Country): ActorSpec => ({ name: `${c.adj} police`, kind: 'group', country: c.code, sector: 'COP', code: `${c.code}COP` });

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lead paragraphs, one per kind of event: who did what to whom, where, when. Each returns the title. */
const LEADS: readonly ((w: Writer, c: Ctx) => string)[] = [
  (w, c) => {
    const [g, sector] = c.pick(GROUPS);
    const grp: ActorSpec = { name: `${c.cityCountry.adj} ${g}`, kind: 'group', country: c.cityCountry.code, sector, code: `${c.cityCountry.code}${sector}` };
    const n = c.int(2, 40) * 100;
    w.startSentence().t('Thousands of ').actor(g, grp).t(' ').event('protested', { type: 'PROTEST', cameo: '141', quad: 4, goldstein: -6.5, actor: grp, place: c.city, date: c.date })
      .t(' in ').place(c.city, c.cityCountry.code).t(` ${c.when} against ${c.pick(ISSUES)}. `)
      .startSentence().actor('Police', police(c.cityCountry)).t(' ')
      .event('detained', { type: 'COERCE', mode: 'arrest', cameo: '173', quad: 4, goldstein: -5, actor: police(c.cityCountry), target: grp, place: c.city, date: c.date })
      .t(' ').figure(`more than ${n.toLocaleString('en-US')} people`, { value: n, approx: '>', category: 'ARREST', subject: 'people' }).t(', a rights group said.');
    return `${cap(g)} protest in ${c.city}`;
  },
  (w, c) => {
    const k = c.int(2, 60);
    const wounded = c.int(5, 120);
    w.startSentence().actor(`${c.a.adj} forces`, forces(c.a)).t(' ')
      .event('shelled', { type: 'ASSAULT', mode: 'aerial', cameo: '195', quad: 4, goldstein: -10, actor: forces(c.a), target: civilians(c.b), place: c.city, date: c.date })
      .t(' residential areas of ').place(c.city, c.cityCountry.code).t(` ${c.when}, killing `).figure(`${k} civilians`, { value: k, category: 'KILL', subject: 'civilians' })
      .t(' and wounding ').figure(`${wounded} others`, { value: wounded, category: 'WOUND', subject: 'others' }).t(', local officials said.');
    return `${c.a.adj} forces strike ${c.city}`;
  },
  (w, c) => {
    w.startSentence().actor(c.a.leader, person(c.a.leader, c.a)).t(' ')
      .event('met', { type: 'CONSULT', cameo: '040', quad: 1, goldstein: 1, actor: person(c.a.leader, c.a), target: person(c.b.leader, c.b), place: c.city, date: c.date })
      .t(' ').actor(c.b.leader, person(c.b.leader, c.b)).t(' in ').place(c.city, c.cityCountry.code).t(` ${c.when} to discuss trade and security, and the two leaders `)
      .event('agreed to expand cooperation', { type: 'AGREE', cameo: '030', quad: 1, goldstein: 4, actor: person(c.a.leader, c.a), target: person(c.b.leader, c.b), place: c.city, date: c.date })
      .t('.');
    return `${c.a.leader} meets ${c.b.leader}`;
  },
  (w, c) => {
    const bn = c.int(1, 90);
    w.startSentence().actor(cap(c.a.name), country(c.a)).t(' ')
      .event('imposed new sanctions', { type: 'SANCTION', cameo: '163', quad: 3, goldstein: -8, actor: country(c.a), target: country(c.b), date: c.date })
      .t(` on ${c.b.adj} banks ${c.when}, freezing assets worth `)
      .figure(`${bn} billion dollars`, { value: bn * 1e9, unit: 'USD', category: 'MONEY', subject: 'assets' }).t('.');
    return `${cap(c.a.name)} imposes sanctions on ${c.b.name}`;
  },
  (w, c) => {
    w.startSentence().t(`${c.a.adj} Foreign Minister `).actor(c.a.minister, person(c.a.minister, c.a)).t(' ')
      .event('accused', { type: 'ACCUSE', cameo: '112', quad: 3, goldstein: -2, actor: person(c.a.minister, c.a), target: country(c.b), place: c.city, date: c.date })
      .t(' ').actor(c.b.name, country(c.b)).t(` ${c.when} of violating the ceasefire near `).place(c.city, c.cityCountry.code).t('.');
    return `${c.a.adj} minister accuses ${c.b.name}`;
  },
  (w, c) => {
    const n = c.int(10, 300);
    w.startSentence().actor(cap(c.a.name), country(c.a)).t(` announced ${c.when} a partial `)
      .event('mobilization', { type: 'MOBILIZE', mode: 'troops', cameo: '154', quad: 4, goldstein: -7.2, actor: country(c.a), date: c.date })
      .t(' of ').figure(`${n},000 reservists`, { value: n * 1000, category: 'OTHER', subject: 'reservists' }).t(` and moved ${c.pick(UNITS)} toward `).place(c.city, c.cityCountry.code).t('.');
    return `${cap(c.a.name)} mobilizes reservists`;
  },
  (w, c) => {
    const fled = c.int(2, 90);
    w.startSentence().actor(cap(c.a.name), country(c.a)).t(' ')
      .event('sent', { type: 'AID', mode: 'humanitarian', cameo: '073', quad: 2, goldstein: 7.4, actor: country(c.a), target: civilians(c.cityCountry), place: c.city, date: c.date })
      .t(` ${c.int(10, 400)} tonnes of food and medicine to `).place(c.city, c.cityCountry.code).t(` ${c.when}, after floods forced `)
      .figure(`${fled},000 residents`, { value: fled * 1000, category: 'DISPLACE', subject: 'residents' }).t(' to flee their homes.');
    return `Aid reaches ${c.city}`;
  },
  (w, c) => {
    w.startSentence().actor(c.b.leader, person(c.b.leader, c.b)).t(' ')
      .event('rejected', { type: 'REJECT', cameo: '125', quad: 3, goldstein: -5, actor: person(c.b.leader, c.b), target: country(c.a), date: c.date })
      .t(` a ${c.a.adj} proposal for talks ${c.when}, saying ${c.b.name} would not negotiate under threat.`);
    return `${c.b.leader} rejects ${c.a.adj} proposal`;
  },
  (w, c) => {
    w.startSentence().actor(c.a.leader, person(c.a.leader, c.a)).t(' ')
      .event('threatened', { type: 'THREATEN', cameo: '138', quad: 3, goldstein: -7, actor: person(c.a.leader, c.a), target: country(c.b), place: c.city, date: c.date, future: true })
      .t(` ${c.when} to retaliate against `).actor(c.b.name, country(c.b)).t(' if its forces crossed into ').place(c.city, c.cityCountry.code).t('.');
    return `${c.a.adj} leader threatens retaliation`;
  },
  (w, c) => {
    w.startSentence().t('Negotiators from ').actor(c.a.name, country(c.a)).t(' and ').actor(c.b.name, country(c.b)).t(' ')
      .event('held talks', { type: 'CONSULT', cameo: '046', quad: 1, goldstein: 7, actor: country(c.a), target: country(c.b), place: c.city, date: c.date })
      .t(' in ').place(c.city, c.cityCountry.code).t(` ${c.when} on a prisoner exchange, officials from both sides said.`);
    return `Talks in ${c.city}`;
  },
];

const FOLLOWS: readonly ((w: Writer, c: Ctx) => void)[] = [
  (w, c) => { w.startSentence().quote('"We will not accept this,"', 'direct', ' ', c.a.leader, person(c.a.leader, c.a), ' ', 'said', ' in a televised address.'); },
  (w, c) => { w.startSentence().t(`${c.b.adj} officials said the move was "a dangerous escalation" and called for an emergency meeting of the United Nations Security Council.`); },
  (w, c) => { w.startSentence().quote(`${c.a.name} remained open to dialogue but would defend its interests`, 'indirect', ', ', c.a.minister, person(c.a.minister, c.a), ' ', 'said', '.'); },
  (w, c) => {
    const blinken = person('Antony Blinken', COUNTRIES[2]!);
    w.startSentence().t('Secretary of State ').actor('Antony Blinken', blinken).t(' ').t('said').t(` the United States was following events in ${c.city} closely.`);
    const s = w.actors.get(`${blinken.code}|${blinken.name}`)!.mentions.at(-1)!;
    const quoteStart = s.end + ' said '.length;
    const text = w.text.slice(quoteStart, w.text.length - 1);
    w.quotes.push({ start: quoteStart, end: quoteStart + text.length, text, kind: 'indirect', speaker: { ...s, actor: w.actors.get(`${blinken.code}|${blinken.name}`)!.id }, cue: { start: s.end + 1, end: s.end + 5, text: 'said' } });
  },
  (w, c) => { w.startSentence().t(`Witnesses described long queues at petrol stations and shuttered shops across ${c.city}.`); },
  (w, c) => { const n = c.int(2, 30); w.startSentence().t(`The ${c.b.adj} defence ministry said `).figure(`${n} drones`, { value: n, category: 'OTHER', subject: 'drones' }).t(' had been shot down overnight.'); },
  (w, c) => {
    const kremlin: ActorSpec = { name: 'Kremlin', kind: 'organization', country: 'RUS', sector: 'GOV', code: 'RUSGOV' };
    w.startSentence().t('Analysts said the ').actor('Kremlin', kremlin).t(' ')
      .event('may expand the call-up', { type: 'MOBILIZE', mode: 'troops', cameo: '154', quad: 4, goldstein: -7.2, actor: kremlin, date: null, hedged: true, future: true })
      .t(' in the coming weeks.');
  },
  (w, c) => { const p = c.int(5, 45); w.startSentence().t('Prices of bread and fuel have risen by ').figure(`${p} percent`, { value: p, unit: '%', category: 'PERCENT', subject: 'prices' }).t(' since January, according to official figures.'); },
  (w, c) => { const n = c.int(1, 20); w.startSentence().t('Aid agencies said ').figure(`${n},000 people`, { value: n * 1000, category: 'AFFECT', subject: 'people' }).t(' were still without electricity in the region.'); },
  (w, c) => { w.startSentence().t(`${cap(c.b.people)} living abroad gathered outside the embassy in ${c.pick(c.a.cities)} to show their support.`); },
  (w) => { w.startSentence().t('The government did not say how long the measures would last.'); },
  (w, c) => { w.startSentence().actor(c.a.leader, person(c.a.leader, c.a)).t(` is expected to visit ${c.pick(c.b.cities)} next month, his office said.`); },
];

/** Day `n` (0-based) of the years 2022-2023, as YYYY-MM-DD, with its weekday. */
function dayAt(n: number): { day: string; weekday: string } {
  const d = new Date(Date.UTC(2022, 0, 1) + n * 86_400_000);
  return { day: d.toISOString().slice(0, 10), weekday: WEEKDAYS[d.getUTCDay()]! };
}

interface Generated {
  readonly article: GeneratedArticle;
  readonly writer: Writer;
}

function generate(seed: number, i: number): Generated {
  const r = rng(seed * 1_000_003 + i);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const a = pick(COUNTRIES);
  let b = pick(COUNTRIES);
  while (b === a) b = pick(COUNTRIES);
  const pubIndex = int(1, 729);
  const published = dayAt(pubIndex);
  const event = dayAt(pubIndex - int(0, 2));
  const when = event.day === published.day ? `on ${published.weekday}` : `on ${event.weekday}`;
  const cityCountry = r() < 0.5 ? a : b;
  const ctx: Ctx = { pick, int, a, b, city: pick(cityCountry.cities), cityCountry, when, date: event.day };
  const w = new Writer();
  const title = pick(LEADS)(w, ctx);
  const n = int(6, 12);
  for (let k = 0; k < n; k++) {
    w.t('\n\n');
    if (r() < 0.5) { pick(FOLLOWS)(w, ctx); w.t(' '); }
    pick(FOLLOWS)(w, ctx);
  }
  if (r() < 0.3) {
    w.t('\n\n');
    const other = pick(b.cities);
    pick(LEADS)(w, { ...ctx, city: other, cityCountry: b, when: 'earlier this week', date: dayAt(pubIndex - int(3, 6)).day });
  }
  const source = pick(SOURCES);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    writer: w,
    article: {
      id: `g${seed}-${i}`, title, text: w.text, publishedAt: published.day,
      url: `https://${source}/${published.day.slice(0, 7).replace('-', '/')}/${slug}-${i}`, source,
    },
  };
}

/** The `i`-th article of the corpus of `seed`. */
export function generateArticle(seed: number, i: number): GeneratedArticle {
  return generate(seed, i).article;
}

/** The article with the analysis its templates state (for measuring the store alone). */
export function generateAnalysed(seed: number, i: number): { article: GeneratedArticle; analysis: AnalysisJSON } {
  const { article, writer: w } = generate(seed, i);
  const sentences: { start: number; end: number }[] = [];
  const re = /[^.!?\n]+[.!?]+["”]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(article.text))) {
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  return {
    article,
    analysis: {
      id: article.id, publishedAt: article.publishedAt, language: 'en', title: article.title, url: article.url, text: article.text,
      sentences, entities: [], actors: [...w.actors.values()], quotes: w.quotes, figures: w.figures, times: [], places: w.places,
      events: w.events(), tone: { score: -2, positive: 1, negative: 3 }, diagnostics: [], versions: { document: '1.0.0', generated: '1.0.0' },
      formatVersion: FORMAT_VERSION,
    },
  };
}

/** The corpus as JSON Lines, one article a line. */
export function* corpusLines(seed: number, count: number): Generator<string> {
  for (let i = 0; i < count; i++) yield `${JSON.stringify(generateArticle(seed, i))}\n`;
}
