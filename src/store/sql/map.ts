import { inflateRawSync } from 'node:zlib';
import type { AnalysisJSON } from '../../analysis/format.js';
import type { ActorRef, ActorRow, ArticleRef, EventRow, FigureRow, QuoteRow, StoredArticle } from '../types.js';

/** A result row as a driver returns it (PostgreSQL gives COUNTs as strings, SQLite booleans as 0/1). */
export type Row = Record<string, unknown>;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const bool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';

function articleRef(r: Row): ArticleRef {
  return { id: Number(r.article_id), title: str(r.a_title), url: str(r.a_url), publishedAt: str(r.a_published), source: str(r.a_source) };
}

function actorRef(id: unknown, name: unknown, code: unknown, country: unknown): ActorRef | null {
  if (id === null || id === undefined) return null;
  return { id: Number(id), name: String(name ?? ''), code: str(code), country: str(country) };
}

function sentenceOf(texts: ReadonlyMap<number, string>, r: Row): string {
  const text = texts.get(Number(r.article_id)) ?? '';
  return text.slice(Number(r.sentence_start), Number(r.sentence_end));
}

export function toEventRow(r: Row, texts: ReadonlyMap<number, string>): EventRow {
  return {
    id: Number(r.id),
    occurrenceId: Number(r.occurrence_id),
    article: articleRef(r),
    span: { start: Number(r.span_start), end: Number(r.span_end), text: String(r.text) },
    trigger: { start: Number(r.trigger_start), end: Number(r.trigger_end), text: String(r.trigger_text) },
    sentence: sentenceOf(texts, r),
    type: str(r.type), mode: str(r.mode), category: str(r.category), cameo: str(r.cameo),
    quad: num(r.quad), goldstein: num(r.goldstein),
    actor: actorRef(r.actor_id, r.actor_name, r.actor_code, r.actor_country),
    target: actorRef(r.target_id, r.target_name, r.target_code, r.target_country),
    place: r.place_text === null || r.place_text === undefined ? null : {
      text: String(r.place_text), name: str(r.place_name), country: str(r.place_country), featureType: str(r.place_feature),
      lat: num(r.lat), lon: num(r.lon),
    },
    date: str(r.date), day: str(r.day),
    negated: bool(r.negated), hedged: bool(r.hedged), future: bool(r.future),
    acled: r.acled_type ? { type: String(r.acled_type), subType: String(r.acled_sub_type ?? '') } : null,
  };
}

export function toQuoteRow(r: Row): QuoteRow {
  const speaker = r.speaker_text === null || r.speaker_text === undefined ? null : {
    start: Number(r.speaker_start), end: Number(r.speaker_end), text: String(r.speaker_text),
    actor: actorRef(r.speaker_actor_id, r.actor_name, r.actor_code, r.actor_country),
  };
  return {
    id: Number(r.id),
    article: articleRef(r),
    span: { start: Number(r.span_start), end: Number(r.span_end), text: String(r.text) },
    kind: String(r.kind),
    speaker,
    cue: r.cue_text === null || r.cue_text === undefined ? null : { start: Number(r.cue_start), end: Number(r.cue_end), text: String(r.cue_text) },
  };
}

export function toFigureRow(r: Row, texts: ReadonlyMap<number, string>): FigureRow {
  return {
    id: Number(r.id),
    article: articleRef(r),
    span: { start: Number(r.span_start), end: Number(r.span_end), text: String(r.text) },
    sentence: sentenceOf(texts, r),
    value: Number(r.value), valueHigh: num(r.value_high), approx: String(r.approx), unit: str(r.unit),
    category: String(r.category), subject: str(r.subject), country: str(r.country), day: str(r.day),
  };
}

export function toActorRow(r: Row): ActorRow {
  return {
    id: Number(r.id), name: String(r.name), kind: str(r.kind), country: str(r.country), sector: str(r.sector), code: str(r.code),
    numArticles: Number(r.n_articles), numMentions: Number(r.n_mentions), firstDay: str(r.first_day), lastDay: str(r.last_day),
  };
}

/** An article row joined with its analysis JSON (stored without its text, which is the article's). */
export function toArticle(r: Row): StoredArticle {
  const text = String(r.text);
  let analysis: AnalysisJSON | null = null;
  if (r.json !== null && r.json !== undefined) {
    const json = Buffer.isBuffer(r.json) ? inflateRawSync(r.json).toString('utf8') : String(r.json);
    const { id, publishedAt, language, title, url, text: _stored, ...rest } = JSON.parse(json) as AnalysisJSON;
    analysis = {
      id, publishedAt, language, ...(title !== undefined ? { title } : {}), ...(url !== undefined ? { url } : {}), text, ...rest,
    } as AnalysisJSON;
  }
  return {
    id: Number(r.id), origin: String(r.origin), source: str(r.source), url: str(r.url), title: str(r.title),
    publishedAt: str(r.published), text, contentHash: String(r.content_hash), ingestedAt: String(r.ingested_at), analysis,
  };
}

/** The analysis JSON as stored: without its text (the article row holds it once). */
export function analysisForStorage(a: AnalysisJSON): string {
  return JSON.stringify({ ...a, text: undefined });
}
