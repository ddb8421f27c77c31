import { readFileSync } from 'node:fs';
import type { Resources } from '../engine/resources.js';
import { COMPLEMENT_KINDS, HEAD_CLASSES, type ComplementKind, type HeadClass } from './complements.js';

/**
 * How a cue takes its content and speaker (see data/quotes/cues.tsv):
 * say (clause or quotation), tell (optional addressee first), think and
 * evidence (clause only), according ("according to X"), chant (crowds);
 * complement: a cue only before one of its complements (data/quotes/complements.derived.tsv).
 */
export type CueFrame = 'say' | 'tell' | 'think' | 'evidence' | 'according' | 'chant' | 'complement';
const FRAMES: ReadonlySet<string> = new Set(['say', 'tell', 'think', 'evidence', 'according', 'chant', 'none']);

export interface CueEntry {
  /** Lower-cased words of the form, e.g. ["according", "to"]. */
  readonly words: readonly string[];
  readonly lemma: string;
  readonly frame: CueFrame;
  /**
   * Complements after which the form is a cue whatever its frame ("vowed to", "urged X to", "the claim that"),
   * by the word class of the form there; their content takes precedence.
   */
  readonly complements?: ReadonlyMap<HeadClass, ReadonlySet<ComplementKind>>;
}

/** The compiled lexicon: read-only after the engine is built. */
export interface QuoteLexicon {
  /** Cue forms by their first word, longest form first. */
  readonly cuesByFirst: ReadonlyMap<string, readonly CueEntry[]>;
  /** Nouns that name people or bodies who speak: "officials", "spokesman", "ministry". */
  readonly speakerNouns: ReadonlySet<string>;
  /** Words that may stand between a cue and its content: "said Monday that", "told reporters late Tuesday". */
  readonly adjuncts: ReadonlySet<string>;
  /** Nouns of polls, studies and documents: "In a poll released Monday, ...". */
  readonly sourceNouns: ReadonlySet<string>;
}

interface CueRow { readonly lemma: string; readonly frame: string; readonly forms: readonly string[] }

/** Rows of the curated cue table: lemma, frame, comma-separated forms. */
export function parseCueTable(text: string): CueRow[] {
  const rows: CueRow[] = [];
  for (const [n, line] of dataLines(text)) {
    const [lemma, frame, forms] = line.split('\t');
    if (!lemma || !frame || !forms || !FRAMES.has(frame)) throw new Error(`cues.tsv line ${n}: expected "lemma<TAB>frame<TAB>forms"`);
    rows.push({ lemma, frame, forms: forms.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean) });
  }
  return rows;
}

/** Forms of the derived cue list (first column; the others are the statistics it was chosen by). */
export function parseDerivedCues(text: string): string[] {
  return [...dataLines(text)].map(([, line]) => line.split('\t')[0]!.trim().toLowerCase()).filter(Boolean);
}

/** One row of the derived complement list. */
export interface ComplementRow { readonly form: string; readonly head: HeadClass; readonly kind: ComplementKind }

/** Rows of the derived complement list: a form, its word class and a complement kind (the other columns are statistics). */
export function parseComplements(text: string): ComplementRow[] {
  const out: ComplementRow[] = [];
  for (const [n, line] of dataLines(text)) {
    const [form, head, kind] = line.split('\t');
    if (!form || !HEAD_CLASSES.includes(head as HeadClass) || !COMPLEMENT_KINDS.includes(kind as ComplementKind)) {
      throw new Error(`complements.derived.tsv line ${n}: expected "form<TAB>verb|noun|adj<TAB>kind<TAB>..."`);
    }
    out.push({ form: form.trim().toLowerCase(), head: head as HeadClass, kind: kind as ComplementKind });
  }
  return out;
}

/** Words of a one-word-a-line list (the first column, when a line has tab-separated statistics). */
export function parseWordList(text: string): string[] {
  return [...dataLines(text)].map(([, line]) => line.split('\t')[0]!.trim().toLowerCase()).filter(Boolean);
}

/**
 * Build the lexicon from the curated cue table, the cue forms derived from a
 * corpus (added with the `say` frame unless the curated table lists the form,
 * including under `none`), the complements derived from it (a form takes its
 * kinds; a form that is no cue otherwise, `none` included, becomes a cue of
 * the `complement` frame) and the speaker nouns.
 */
export function compileQuoteLexicon(
  curated: readonly CueRow[], derived: readonly string[], speakerNouns: readonly string[], adjuncts: readonly string[],
  complements: readonly ComplementRow[] = [], sourceNouns: readonly string[] = [],
): QuoteLexicon {
  const byForm = new Map<string, CueEntry | null>();
  for (const row of curated) {
    for (const form of row.forms) {
      byForm.set(form, row.frame === 'none' ? null : { words: form.split(/\s+/), lemma: row.lemma, frame: row.frame as CueFrame });
    }
  }
  const multiFirst = new Set([...byForm.keys()].filter((f) => f.includes(' ')).map((f) => f.split(' ')[0]!));
  for (const form of derived) {
    if (!byForm.has(form) && !multiFirst.has(form)) byForm.set(form, { words: form.split(/\s+/), lemma: form, frame: 'say' });
  }
  const kinds = new Map<string, Map<HeadClass, Set<ComplementKind>>>();
  for (const { form, head, kind } of complements) {
    const byHead = kinds.get(form) ?? new Map<HeadClass, Set<ComplementKind>>();
    byHead.set(head, (byHead.get(head) ?? new Set()).add(kind));
    kinds.set(form, byHead);
  }
  for (const [form, byHead] of kinds) {
    const entry = byForm.get(form);
    if (!entry) {
      byForm.set(form, { words: form.split(/\s+/), lemma: form, frame: 'complement', complements: byHead });
      continue;
    }
    // a cue of a frame takes quotations its own way (`said Monday: “...”`)
    const verb = byHead.get('verb');
    if (verb) {
      const kept = new Set([...verb].filter((k) => k !== 'quote' && k !== 'obj-quote'));
      if (kept.size > 0) byHead.set('verb', kept);
      else byHead.delete('verb');
    }
    if (byHead.size > 0) byForm.set(form, { ...entry, complements: byHead });
  }
  const cuesByFirst = new Map<string, CueEntry[]>();
  for (const entry of byForm.values()) {
    if (!entry) continue;
    const list = cuesByFirst.get(entry.words[0]!) ?? [];
    list.push(entry);
    cuesByFirst.set(entry.words[0]!, list);
  }
  for (const list of cuesByFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return Object.freeze({ cuesByFirst, speakerNouns: new Set(speakerNouns), adjuncts: new Set(adjuncts), sourceNouns: new Set(sourceNouns) });
}

/** The lexicon from data/quotes/, loaded once per engine. */
export function loadQuoteLexicon(resources: Resources): QuoteLexicon {
  return resources.get('quotes/lexicon', (r) => {
    const read = (name: string) => readFileSync(r.path('quotes', name), 'utf8');
    return compileQuoteLexicon(
      parseCueTable(read('cues.tsv')),
      parseDerivedCues(read('cues.derived.tsv')),
      parseWordList(read('speaker-nouns.txt')),
      parseWordList(read('adjuncts.txt')),
      [...parseComplements(read('complements.derived.tsv')), ...parseComplements(read('complements.tsv'))],
      parseWordList(read('source-nouns.txt')),
    );
  });
}

/** Non-empty lines that are not comments, with their 1-based line numbers. */
function* dataLines(text: string): Generator<[number, string]> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) continue;
    yield [i + 1, line];
  }
}
