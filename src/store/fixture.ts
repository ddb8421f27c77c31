import type {
  Actor, AnalysisJSON, Event, Figure, Place, Quote, TimeExpr,
} from '../analysis/format.js';
import { FORMAT_VERSION } from '../analysis/format.js';

/**
 * Hand-made analyses for store tests: spans are found by their words in a
 * text written for the test, so a test states facts, not offsets.
 */

interface Found { start: number; end: number; text: string }

export class AnalysisFixture {
  readonly #text: string;
  readonly #id: string;
  readonly #publishedAt: string | null;
  readonly #actors: Actor[] = [];
  readonly #events: Event[] = [];
  readonly #quotes: Quote[] = [];
  readonly #figures: Figure[] = [];
  readonly #places: Place[] = [];
  readonly #times: TimeExpr[] = [];
  #versions: Record<string, string> = { document: '1.0.0' };
  #language = 'en';
  #tone = 0;

  constructor(id: string, text: string, publishedAt: string | null) {
    this.#id = id;
    this.#text = text;
    this.#publishedAt = publishedAt;
  }

  /** The `nth` (0-based) occurrence of `words` in the text. */
  span(words: string, nth = 0): Found {
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = this.#text.indexOf(words, at + 1);
      if (at < 0) throw new Error(`fixture: "${words}" (#${nth}) is not in the text`);
    }
    return { start: at, end: at + words.length, text: words };
  }

  actor(id: string, name: string, o: { kind?: Actor['kind']; country?: string | null; sector?: string | null; code?: string | null; mentions?: string[] } = {}): this {
    this.#actors.push({
      id, name, kind: o.kind ?? 'person', country: o.country ?? null, sector: o.sector ?? null, code: o.code ?? null,
      mentions: (o.mentions ?? [name]).map((m) => this.span(m)),
    });
    return this;
  }

  event(o: {
    trigger: string; clause?: string; type: Event['type']; category?: Event['category']; actor?: string | null; target?: string | null;
    place?: string | null; date?: string | null; cameo?: string | null; quad?: Event['quad']; goldstein?: number | null; mode?: string | null;
    negated?: boolean; hedged?: boolean; future?: boolean; acled?: Event['acled'];
  }): this {
    const trigger = this.span(o.trigger);
    const clause = o.clause ? this.span(o.clause) : trigger;
    this.#events.push({
      ...clause, trigger, type: o.type, mode: o.mode ?? null, cameo: o.cameo ?? null, quad: o.quad ?? null, goldstein: o.goldstein ?? null,
      actor: o.actor ?? null, target: o.target ?? null, place: o.place ? this.span(o.place) : null, date: o.date ?? null,
      modality: { negated: o.negated ?? false, hedged: o.hedged ?? false, future: o.future ?? false },
      acled: o.acled ?? null, category: o.category ?? null,
    });
    return this;
  }

  quote(o: { text: string; kind?: Quote['kind']; speaker?: string; actor?: string | null; cue?: string }): this {
    this.#quotes.push({
      ...this.span(o.text), kind: o.kind ?? 'direct',
      speaker: o.speaker ? { ...this.span(o.speaker), actor: o.actor ?? null } : null,
      cue: o.cue ? this.span(o.cue) : null,
    });
    return this;
  }

  figure(o: { text: string; value: Figure['value']; category: Figure['category']; approx?: Figure['approx']; unit?: string | null; subject?: string | null }): this {
    this.#figures.push({ ...this.span(o.text), value: o.value, approx: o.approx ?? '=', unit: o.unit ?? null, category: o.category, subject: o.subject ?? null });
    return this;
  }

  place(o: { text: string; name?: string; country?: string | null; lat?: number | null; lon?: number | null; featureType?: Place['featureType']; geonameId?: number | null }): this {
    this.#places.push({
      ...this.span(o.text), name: o.name ?? o.text, geonameId: o.geonameId ?? null, country: o.country ?? null,
      lat: o.lat ?? null, lon: o.lon ?? null, featureType: o.featureType ?? 'city',
    });
    return this;
  }

  time(o: { text: string; type?: TimeExpr['type']; value: string }): this {
    this.#times.push({ ...this.span(o.text), type: o.type ?? 'DATE', value: o.value });
    return this;
  }

  versions(v: Record<string, string>): this {
    this.#versions = v;
    return this;
  }

  language(l: string): this {
    this.#language = l;
    return this;
  }

  tone(score: number): this {
    this.#tone = score;
    return this;
  }

  build(): AnalysisJSON {
    return {
      id: this.#id, publishedAt: this.#publishedAt, language: this.#language, text: this.#text,
      sentences: sentenceSpans(this.#text), entities: [], actors: this.#actors, quotes: this.#quotes,
      figures: this.#figures, times: this.#times, places: this.#places, events: this.#events,
      tone: { score: this.#tone, positive: Math.max(this.#tone, 0), negative: Math.max(-this.#tone, 0) },
      diagnostics: [], versions: this.#versions, formatVersion: FORMAT_VERSION,
    };
  }
}

/** Sentences split after ". " (enough for texts written for tests). */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const re = /[.!?]["”]?(?=\s+|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
