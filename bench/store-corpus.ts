/**
 * A generated news corpus for the store benchmark and the crash tests:
 * wire-style articles assembled from templates written for newsgraph, with a
 * seeded random generator, so that the same seed gives the same corpus.
 * Varied actors, event types, places, figures, quotes and dates; nothing is
 * taken from any real article.
 */

export interface GeneratedArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly url: string;
  readonly source: string;
}

/** mulberry32: a small, fast, seeded generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Country {
  readonly name: string;
  readonly adj: string;
  readonly people: string;
  readonly cities: readonly string[];
  readonly leader: string;
  readonly minister: string;
}

const COUNTRIES: readonly Country[] = [
  { name: 'Russia', adj: 'Russian', people: 'Russians', cities: ['Moscow', 'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg'], leader: 'Vladimir Putin', minister: 'Sergei Lavrov' },
  { name: 'Ukraine', adj: 'Ukrainian', people: 'Ukrainians', cities: ['Kyiv', 'Kharkiv', 'Odesa', 'Lviv', 'Dnipro'], leader: 'Volodymyr Zelensky', minister: 'Dmytro Kuleba' },
  { name: 'the United States', adj: 'American', people: 'Americans', cities: ['Washington', 'New York', 'Chicago'], leader: 'Joe Biden', minister: 'Antony Blinken' },
  { name: 'France', adj: 'French', people: 'French citizens', cities: ['Paris', 'Marseille', 'Lyon'], leader: 'Emmanuel Macron', minister: 'Catherine Colonna' },
  { name: 'Germany', adj: 'German', people: 'Germans', cities: ['Berlin', 'Hamburg', 'Munich'], leader: 'Olaf Scholz', minister: 'Annalena Baerbock' },
  { name: 'Turkey', adj: 'Turkish', people: 'Turks', cities: ['Ankara', 'Istanbul', 'Izmir'], leader: 'Recep Tayyip Erdogan', minister: 'Mevlut Cavusoglu' },
  { name: 'Iran', adj: 'Iranian', people: 'Iranians', cities: ['Tehran', 'Isfahan', 'Mashhad'], leader: 'Ebrahim Raisi', minister: 'Hossein Amirabdollahian' },
  { name: 'Brazil', adj: 'Brazilian', people: 'Brazilians', cities: ['Brasilia', 'Sao Paulo', 'Rio de Janeiro'], leader: 'Luiz Inacio Lula da Silva', minister: 'Mauro Vieira' },
  { name: 'Kenya', adj: 'Kenyan', people: 'Kenyans', cities: ['Nairobi', 'Mombasa', 'Kisumu'], leader: 'William Ruto', minister: 'Alfred Mutua' },
  { name: 'Nigeria', adj: 'Nigerian', people: 'Nigerians', cities: ['Abuja', 'Lagos', 'Kano'], leader: 'Bola Tinubu', minister: 'Yusuf Tuggar' },
  { name: 'India', adj: 'Indian', people: 'Indians', cities: ['New Delhi', 'Mumbai', 'Kolkata'], leader: 'Narendra Modi', minister: 'Subrahmanyam Jaishankar' },
  { name: 'Mexico', adj: 'Mexican', people: 'Mexicans', cities: ['Mexico City', 'Guadalajara', 'Monterrey'], leader: 'Andres Manuel Lopez Obrador', minister: 'Alicia Barcena' },
  { name: 'Poland', adj: 'Polish', people: 'Poles', cities: ['Warsaw', 'Krakow', 'Gdansk'], leader: 'Andrzej Duda', minister: 'Zbigniew Rau' },
  { name: 'Israel', adj: 'Israeli', people: 'Israelis', cities: ['Jerusalem', 'Tel Aviv', 'Haifa'], leader: 'Benjamin Netanyahu', minister: 'Eli Cohen' },
  { name: 'China', adj: 'Chinese', people: 'Chinese citizens', cities: ['Beijing', 'Shanghai', 'Wuhan'], leader: 'Xi Jinping', minister: 'Wang Yi' },
  { name: 'Sudan', adj: 'Sudanese', people: 'Sudanese civilians', cities: ['Khartoum', 'Omdurman', 'El Fasher'], leader: 'Abdel Fattah al-Burhan', minister: 'Ali al-Sadiq' },
];

const SOURCES = ['wire-east.example', 'daily-ledger.example', 'morning-post.example', 'globe-report.example', 'capital-times.example',
  'frontline-news.example', 'harbor-herald.example', 'open-wire.example', 'evening-star.example', 'the-observer.example'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const GROUPS = ['students', 'workers', 'farmers', 'teachers', 'pensioners', 'opposition supporters', 'nurses', 'truck drivers'];
const ISSUES = ['rising fuel prices', 'the mobilization order', 'a new pension law', 'electoral fraud', 'food shortages', 'police violence', 'the war', 'higher taxes'];
const UNITS = ['troops', 'armoured units', 'naval vessels', 'reserve battalions'];

type Pick = <T>(xs: readonly T[]) => T;

interface Ctx {
  readonly pick: Pick;
  readonly int: (lo: number, hi: number) => number;
  readonly a: Country;
  readonly b: Country;
  readonly city: string;
  readonly when: string;
}

/** Lead sentences, one per kind of event, each naming who did what to whom, where and when. */
const LEADS: readonly ((c: Ctx) => { title: string; text: string })[] = [
  (c) => {
    const g = c.pick(GROUPS);
    const n = c.int(2, 40) * 100;
    return { title: `${cap(g)} protest in ${c.city}`, text: `Thousands of ${g} protested in ${c.city} ${c.when} against ${c.pick(ISSUES)}. Police detained more than ${n} people, a rights group said.` };
  },
  (c) => ({ title: `${c.a.adj} forces strike ${c.b.cities[0]}`, text: `${c.a.adj} forces shelled residential areas of ${c.city} ${c.when}, killing ${c.int(2, 60)} civilians and wounding ${c.int(5, 120)} others, local officials said.` }),
  (c) => ({ title: `${c.a.leader} meets ${c.b.leader}`, text: `${c.a.leader} met ${c.b.leader} in ${c.city} ${c.when} to discuss trade and security, and the two leaders agreed to expand cooperation.` }),
  (c) => ({ title: `${c.a.name} imposes sanctions on ${c.b.name}`, text: `${cap(c.a.name)} imposed new sanctions on ${c.b.adj} banks ${c.when}, freezing assets worth ${c.int(1, 90)} billion dollars.` }),
  (c) => ({ title: `${c.a.adj} minister accuses ${c.b.name}`, text: `${c.a.adj} Foreign Minister ${c.a.minister} accused ${c.b.name} ${c.when} of violating the ceasefire near ${c.city}.` }),
  (c) => ({ title: `${c.a.name} mobilizes reservists`, text: `${cap(c.a.name)} announced ${c.when} a partial mobilization of ${c.int(10, 300)},000 reservists and moved ${c.pick(UNITS)} toward ${c.city}.` }),
  (c) => ({ title: `Aid reaches ${c.city}`, text: `${cap(c.a.name)} sent ${c.int(10, 400)} tonnes of food and medicine to ${c.city} ${c.when}, after floods forced ${c.int(2, 90)},000 residents to flee their homes.` }),
  (c) => ({ title: `${c.b.leader} rejects ${c.a.adj} proposal`, text: `${c.b.leader} rejected a ${c.a.adj} proposal for talks ${c.when}, saying ${c.b.name} would not negotiate under threat.` }),
  (c) => ({ title: `${c.a.adj} leader threatens retaliation`, text: `${c.a.leader} threatened ${c.when} to retaliate against ${c.b.name} if its forces crossed into ${c.city}.` }),
  (c) => ({ title: `Talks in ${c.city}`, text: `Negotiators from ${c.a.name} and ${c.b.name} held talks in ${c.city} ${c.when} on a prisoner exchange, officials from both sides said.` }),
];

const FOLLOWS: readonly ((c: Ctx) => string)[] = [
  (c) => `"We will not accept this," ${c.a.leader} said in a televised address.`,
  (c) => `${c.b.adj} officials said the move was "a dangerous escalation" and called for an emergency meeting of the United Nations Security Council.`,
  (c) => `${c.a.minister} said ${c.a.name} remained open to dialogue but would defend its interests.`,
  (c) => `Secretary of State Antony Blinken said the United States was following events in ${c.city} closely.`,
  (c) => `Witnesses described long queues at petrol stations and shuttered shops across ${c.city}.`,
  (c) => `The ${c.b.adj} defence ministry said ${c.int(2, 30)} drones had been shot down overnight.`,
  (c) => `Analysts said the Kremlin may expand the call-up in the coming weeks.`,
  (c) => `Prices of bread and fuel have risen by ${c.int(5, 45)} percent since January, according to official figures.`,
  (c) => `Aid agencies said ${c.int(1, 20)},000 people were still without electricity in the region.`,
  (c) => `${cap(c.b.people)} living abroad gathered outside the embassy in ${c.pick(c.a.cities)} to show their support.`,
  (c) => `The government did not say how long the measures would last.`,
  (c) => `${c.a.leader} is expected to visit ${c.pick(c.b.cities)} next month, his office said.`,
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Day `n` (0-based) of the years 2022-2023, as YYYY-MM-DD, with its weekday. */
function dayAt(n: number): { day: string; weekday: string } {
  const d = new Date(Date.UTC(2022, 0, 1) + n * 86_400_000);
  return { day: d.toISOString().slice(0, 10), weekday: WEEKDAYS[d.getUTCDay()]! };
}

/** The `i`-th article of the corpus of `seed`. */
export function generateArticle(seed: number, i: number): GeneratedArticle {
  const r = rng(seed * 1_000_003 + i);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const a = pick(COUNTRIES);
  let b = pick(COUNTRIES);
  while (b === a) b = pick(COUNTRIES);
  const published = dayAt(int(1, 729));
  const event = dayAt(Math.max(0, Math.round((Date.parse(published.day) - Date.UTC(2022, 0, 1)) / 86_400_000) - int(0, 2)));
  const when = event.day === published.day ? 'on ' + published.weekday : `on ${event.weekday}`;
  const ctx: Ctx = { pick, int, a, b, city: pick(r() < 0.5 ? a.cities : b.cities), when };
  const lead = pick(LEADS)(ctx);
  const paragraphs = [lead.text];
  const n = int(3, 6);
  for (let k = 0; k < n; k++) {
    const second = pick(FOLLOWS)(ctx);
    paragraphs.push(r() < 0.5 ? `${pick(FOLLOWS)(ctx)} ${second}` : second);
  }
  if (r() < 0.3) paragraphs.push(pick(LEADS)({ ...ctx, city: pick(b.cities), when: 'earlier this week' }).text);
  const source = pick(SOURCES);
  const slug = lead.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    id: `g${seed}-${i}`,
    title: lead.title,
    text: paragraphs.join('\n\n'),
    publishedAt: published.day,
    url: `https://${source}/${published.day.slice(0, 7).replace('-', '/')}/${slug}-${i}`,
    source,
  };
}

/** The corpus as JSON Lines, one article a line. */
export function* corpusLines(seed: number, count: number): Generator<string> {
  for (let i = 0; i < count; i++) yield `${JSON.stringify(generateArticle(seed, i))}\n`;
}
