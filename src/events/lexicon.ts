/**
 * The event lexicon, loaded once per engine from data/events/ and then only
 * read: verb and noun triggers indexed by their inflected forms, their
 * patterns, the CAMEO code table and the modality cues.
 */
import type { Resources } from '../engine/resources.js';
import { CameoTable, loadCodeTables } from './codes.js';
import { IntentTable } from './convert.js';
import { DomesticTargets } from './domestic.js';
import { firstWords, loadCues, type Cues } from './cues.js';
import { inflectVerb, nounForms } from './inflect.js';
import { parsePattern, PatternSet, type Pattern, type Synsets } from './patterns.js';
import { readTsv } from './tsv.js';
import { WordFilter } from './word-filter.js';

export interface LexEntry {
  readonly kind: 'verb' | 'noun';
  /** Words joined by `_`: `blow_up`, `hunger_strike`. */
  readonly lemma: string;
  readonly words: readonly string[];
  /** Index of the inflected word (the verb, or the noun's head). */
  readonly head: number;
  /** Code when no pattern matches; null when the entry needs a pattern to code an event. */
  readonly code: string | null;
  readonly flags: ReadonlySet<string>;
  /** Most specific first, indexed by key word. */
  readonly patterns: PatternSet;
}

export interface EventLexicon {
  /** Inflected form of the head word -> entries (simple and multi-word). */
  readonly verbs: ReadonlyMap<string, readonly LexEntry[]>;
  readonly nouns: ReadonlyMap<string, readonly LexEntry[]>;
  readonly codes: CameoTable;
  readonly cues: Cues;
  /** First words of the obligation cues ("must", "has" of "has to"). */
  readonly obligationWords: ReadonlySet<string>;
  /** Every word that may start an event: verb and noun forms, obligation cues (a sentence without one has none). */
  readonly triggerWords: WordFilter;
  /** Every key word of every pattern (a cheap first test before an entry's own). */
  readonly patternKeys: WordFilter;
  readonly intent: IntentTable;
  /** CAMEO code prefix -> head words of the actors that do such events when the text names none. */
  readonly implicitAgents: ReadonlyMap<string, ReadonlySet<string>>;
  /** Events whose unnamed target is the other side of a country's own politics. */
  readonly domestic: DomesticTargets;
}

export function getEventLexicon(resources: Resources): EventLexicon {
  return resources.get('events/lexicon', (r) => loadEventLexicon((f) => r.path('events', f)));
}

const EMPTY = new Set<string>();

export function loadEventLexicon(path: (file: string) => string): EventLexicon {
  const synsets: Synsets = new Map(readTsv(path('cameo-synsets.tsv')).map(([name, phrases]) => [name!, phrases!.split('|')]));
  const irregular = new Map(readTsv(path('irregular-verbs.tsv')).map((r) => {
    const [base, ...forms] = r[0]!.split(/\s+/);
    return [base!, forms] as const;
  }));

  // block -> CAMEO patterns, each for the verbs it was found with (null: every verb of the block)
  const blockPatterns = new Map<string, { p: Pattern; verbs: ReadonlySet<string> | null }[]>();
  for (const [block, text, code, verbs = ''] of readTsv(path('cameo-patterns.tsv'))) {
    const p = parsePattern(text!, code!, synsets);
    if (!p) continue;
    let list = blockPatterns.get(block!);
    if (!list) blockPatterns.set(block!, (list = []));
    list.push({ p, verbs: verbs ? new Set(verbs.split(',')) : null });
  }
  // lemma -> curated patterns (verbs and nouns)
  const curated = new Map<string, Pattern[]>();
  for (const [lemma, text, code] of readTsv(path('verb-patterns.tsv'))) {
    const p = parsePattern(text!, code!, synsets);
    if (!p) throw new Error(`verb-patterns.tsv: cannot parse "${text}" for ${lemma}`);
    let list = curated.get(lemma!);
    if (!list) curated.set(lemma!, (list = []));
    list.push(p);
  }

  // verbs: CAMEO verbs (forms, blocks) + curated defaults
  interface Draft { words: string[]; head: number; forms: Set<string>; blocks: Set<string>; code: string | null; flags: Set<string> }
  const drafts = new Map<string, Draft>();
  for (const [marked, block, , forms] of readTsv(path('cameo-verbs.tsv'))) {
    const parts = marked!.split(' ');
    const head = Math.max(0, parts.findIndex((p) => p.startsWith('+')));
    const words = parts.map((p) => p.replace(/^\+/, ''));
    const lemma = words.join('_');
    let d = drafts.get(lemma);
    if (!d) drafts.set(lemma, (d = { words, head, forms: new Set(), blocks: new Set(), code: null, flags: new Set() }));
    for (const f of forms!.split(',')) d.forms.add(f);
    d.blocks.add(block!);
  }
  for (const [lemma, code, flags = ''] of readTsv(path('verb-defaults.tsv'))) {
    let d = drafts.get(lemma!);
    if (!d) {
      const words = lemma!.split('_');
      d = { words, head: 0, forms: new Set(inflectVerb(words[0]!, irregular.get(words[0]!))), blocks: new Set(), code: null, flags: new Set() };
      drafts.set(lemma!, d);
    }
    d.code = code || null;
    for (const f of flags.split(',').filter(Boolean)) d.flags.add(f);
  }
  for (const lemma of curated.keys()) {
    if (drafts.has(lemma)) continue;
    const words = lemma.split('_');
    drafts.set(lemma, { words, head: 0, forms: new Set(inflectVerb(words[0]!, irregular.get(words[0]!))), blocks: new Set(), code: null, flags: new Set() });
  }
  const verbs = new Map<string, LexEntry[]>();
  for (const [lemma, d] of drafts) {
    const own = [...d.blocks].flatMap((b) => (blockPatterns.get(b) ?? []).filter((x) => !x.verbs || x.verbs.has(lemma)).map((x) => x.p));
    const patterns = [...(curated.get(lemma) ?? []), ...own];
    if (d.code === null && patterns.every((p) => p.code === null)) continue; // can never code an event
    const entry: LexEntry = {
      kind: 'verb', lemma, words: d.words, head: d.head, code: d.code,
      flags: d.flags.size ? d.flags : EMPTY, patterns: new PatternSet(sortPatterns(patterns)),
    };
    for (const f of d.forms) add(verbs, f, entry);
  }

  // nouns: phrase, code, flags, optional pattern (the noun is `*`)
  interface NounDraft { words: string[]; code: string | null; flags: Set<string>; patterns: Pattern[] }
  const nounDrafts = new Map<string, NounDraft>();
  for (const [phrase, code, flags = '', pattern = ''] of readTsv(path('nouns.tsv'))) {
    const words = phrase!.split(/[\s-]+/).filter(Boolean);
    const lemma = words.join('_');
    let d = nounDrafts.get(lemma);
    if (!d) nounDrafts.set(lemma, (d = { words, code: null, flags: new Set(), patterns: [] }));
    for (const f of flags.split(',').filter(Boolean)) d.flags.add(f);
    if (pattern) {
      const p = parsePattern(pattern, code!, synsets);
      if (!p) throw new Error(`nouns.tsv: cannot parse "${pattern}" for ${phrase}`);
      d.patterns.push(p);
    } else {
      d.code = code || null;
    }
  }
  const nouns = new Map<string, LexEntry[]>();
  for (const [lemma, d] of nounDrafts) {
    const head = d.words.length - 1;
    const entry: LexEntry = {
      kind: 'noun', lemma, words: d.words, head, code: d.code,
      flags: d.flags.size ? d.flags : EMPTY, patterns: new PatternSet(sortPatterns(d.patterns)),
    };
    const headWord = d.words[head]!;
    const forms = d.flags.has('nopl') ? [headWord] : nounForms(headWord);
    for (const f of forms) add(nouns, f, entry);
  }
  // longest entries first, so that "hunger strike" is tried before "strike"
  for (const m of [verbs, nouns]) for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);

  const cues = loadCues(path('cues.tsv'), irregular);
  const obligationWords = firstWords(cues, 'obligation');
  return {
    verbs, nouns,
    triggerWords: new WordFilter([...verbs.keys(), ...nouns.keys(), ...obligationWords]),
    patternKeys: new WordFilter([...verbs.values(), ...nouns.values()].flatMap((list) => list.flatMap((e) => [...e.patterns.keys]))),
    codes: new CameoTable(loadCodeTables(path)),
    cues,
    obligationWords,
    intent: new IntentTable(path('intent-codes.tsv')),
    implicitAgents: new Map(readTsv(path('implicit-agents.tsv')).map(([p, words]) => [p!, new Set(words!.split(','))])),
    domestic: new DomesticTargets(path('domestic-targets.tsv')),
  };
}

function add(m: Map<string, LexEntry[]>, key: string, e: LexEntry): void {
  const list = m.get(key);
  if (!list) m.set(key, [e]);
  else if (!list.includes(e)) list.push(e);
}

/** Most specific (heaviest) first; stable, so curated patterns win ties over CAMEO's. */
function sortPatterns(ps: Pattern[]): Pattern[] {
  return ps.map((p, i) => [p, i] as const).sort((a, b) => b[0].weight - a[0].weight || a[1] - b[1]).map(([p]) => p);
}
