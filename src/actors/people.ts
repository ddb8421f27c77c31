import type { Diagnostic } from '../analysis/format.js';
import type { Doc } from '../doc/types.js';
import { merge, newDraft, root, type Draft } from './drafts.js';
import type { Mention } from './mention.js';

/**
 * Resolve the person mentions of an article, in reading order: names (full
 * name, then surname; a lexicon name), names with titles, bare titles (the
 * latest holder of the title, or a new actor for the office), and "He"/"She"
 * at the start of a sentence (the latest person subject).
 */
export class People {
  readonly drafts: Draft[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly #byName = new Map<string, Draft>();
  readonly #byLex = new Map<string, Draft>();
  /** Person subjects of past sentences, latest last. */
  readonly #subjects: Draft[] = [];
  #order = 0;

  constructor(private readonly doc: Doc, private readonly counter: { n: number }) {}

  /** Resolve one sentence's person, title and pronoun mentions; returns mention -> draft. */
  sentence(mentions: readonly Mention[], out: Map<Mention, Draft>): void {
    let subject: Draft | null = null;
    for (const m of mentions) {
      let d: Draft | null = null;
      if (m.kind === 'person') d = this.#person(m);
      else if (m.kind === 'title') d = this.#title(m, out);
      else if (m.kind === 'pronoun') d = this.#pronoun(m);
      if (!d) continue;
      d.lastSeen = ++this.#order;
      out.set(m, d);
      if (m.subjectish && !subject) subject = d;
    }
    if (subject) this.#subjects.push(subject);
  }

  /** Bare titles met before the holder's name ("the President ... President Vladimir Putin") join the holder. */
  finish(): void {
    for (const t of this.drafts) {
      if (t.into || t.names.size > 0) continue;
      const first = t.mentions[0]!;
      const holders = this.drafts.filter(
        (p) => !p.into && p.names.size > 0 && p.mentions[0]!.ts > first.ts && holds(p, first.title!, t.country),
      );
      if (holders.length === 1) this.#mergeInto(t, holders[0]!);
    }
  }

  #new(m: Mention): Draft {
    const d = newDraft(this.counter.n++, 'person', m, this.#order);
    this.drafts.push(d);
    return d;
  }

  #mergeInto(from: Draft, to: Draft): void {
    merge(from, to);
    for (const [k, v] of this.#byName) if (v === from) this.#byName.set(k, to);
    for (const [k, v] of this.#byLex) if (v === from) this.#byLex.set(k, to);
  }

  #person(m: Mention): Draft {
    const words = m.key.split(' ');
    const lexKey = m.lex ? m.lex.code + '|' + m.lex.name : null;
    let d = this.#byName.get(m.key) ?? (lexKey ? this.#byLex.get(lexKey) : undefined);
    if (d) d = root(d);
    if (!d && words.length === 1) {
      // A surname: the person of that surname met last (two of them: say so).
      const same = this.drafts.filter((p) => !p.into && [...p.names].some((n) => n.includes(' ') && n.split(' ').at(-1) === m.key));
      if (same.length > 0) {
        d = same.reduce((x, y) => (y.lastSeen > x.lastSeen ? y : x));
        if (same.length > 1) {
          const t = this.doc.tokens;
          this.diagnostics.push({
            start: t[m.ts]!.start, end: t[m.te - 1]!.end, code: 'ambiguous-surname',
            message: `"${m.key}" may be any of ${same.length} people; linked to the one mentioned last`,
          });
        }
      }
    }
    if (!d && words.length > 1) {
      // A full name after its surname alone ("Putin ... Vladimir Putin").
      const last = words.at(-1)!;
      d = this.drafts.find((p) => !p.into && p.fullName === null && p.names.has(last) && (!p.lex || !m.lex || p.lex === m.lex));
    }
    if (d) d.mentions.push(m);
    else d = this.#new(m);
    d.names.add(m.key);
    this.#byName.set(m.key, d);
    if (words.length > 1 && (!d.fullName || m.te - m.nameTs > d.fullName.te - d.fullName.nameTs)) d.fullName = m;
    if (m.lex && lexKey) {
      d.lex ??= m.lex;
      this.#byLex.set(lexKey, d);
    }
    this.#learn(d, m);
    return d;
  }

  #title(m: Mention, resolved: Map<Mention, Draft>): Draft | null {
    const beside = m.appositionOf ? resolved.get(m.appositionOf) : undefined;
    let d: Draft | undefined = beside ? root(beside) : undefined;
    // "a Russian official" is someone new, not the official met before.
    if (!d && !m.indefinite) {
      const holders = this.drafts.filter((p) => !p.into && holds(p, m.title!, m.country));
      if (holders.length > 0) d = holders.reduce((x, y) => (y.lastSeen > x.lastSeen ? y : x));
    }
    // "the head", "the spokesman" with nobody holding it and nothing to place it: no actor.
    if (!d && m.genericTitle && m.country === null && m.sector === null) return null;
    if (d) d.mentions.push(m);
    else d = this.#new(m);
    this.#learn(d, m);
    return d;
  }

  /** "He"/"She": the latest person subject not yet called by the other pronoun. */
  #pronoun(m: Mention): Draft | null {
    const word = this.doc.tokens[m.ts]!.lower;
    for (let k = this.#subjects.length - 1; k >= 0 && k >= this.#subjects.length - 4; k--) {
      const d = root(this.#subjects[k]!);
      if (d.pronoun !== null && d.pronoun !== word) continue;
      d.pronoun = word;
      d.mentions.push(m);
      return d;
    }
    return null;
  }

  /** The person an article's name stands for, if any ("Sanders" tagged as an organization). */
  lookup(key: string): Draft | undefined {
    const d = this.#byName.get(key);
    if (d) return root(d);
    return this.drafts.find((p) => !p.into && p.fullName !== null && [...p.names].some((n) => n.split(' ').at(-1) === key));
  }

  /** What a mention tells about its person: a title, a country, a sector. */
  #learn(d: Draft, m: Mention): void {
    if (m.title && !d.titles.has(m.title)) d.titles.set(m.title, m.country);
    d.country ??= m.country;
    d.sector ??= m.sector;
    d.titleCountry ??= m.titleCountry;
  }
}

/** Whether `p` holds the title, in a country compatible with `country`. */
function holds(p: Draft, title: string, country: string | null): boolean {
  if (!p.titles.has(title)) return false;
  const c = p.titles.get(title) ?? p.country;
  return country === null || c === null || c === country;
}
