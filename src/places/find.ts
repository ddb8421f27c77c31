import type { Doc } from '../doc/types.js';
import type { EntityMention } from '../pipeline/layers.js';
import { KIND, type Gazetteer } from './gazetteer.js';
import type { NameLookup } from './name-index.js';
import { nameKey, prefixKey } from './names.js';
import { featureEnd, landmarkEnd, type EntityTypes } from './sites.js';
import { isUpper, sentenceStart, tokenKey } from './tokens.js';
import type { PlaceWords } from './words.js';

/** What kind of place the words around a name say it is. */
export type Hint = 'admin1' | 'admin2' | 'city' | 'region' | null;

/** A place name found in the text, before disambiguation. */
export interface Mention {
  /** The mention's span (may take in "eastern" before or "region" after the name). */
  readonly start: number;
  end: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** The name as a key (see nameKey): mentions of one name are weighed together. */
  readonly name: string;
  /** Gazetteer entries the name may refer to; empty for a landmark or a tagged place the gazetteer lacks. */
  readonly candidates: readonly number[];
  hint: Hint;
  /** Entry (admin1 or country) the text puts this place in ("Springfield, Ill."), or -1. */
  within: number;
  /** The entity tagger marked it GPE/LOC/FAC. */
  readonly tagged: boolean;
  /** A locative preposition stands before it ("in", "near"). */
  readonly locative: boolean;
  /** Only kept when the article's other places support one of its candidates. */
  readonly needsContext: boolean;
  readonly landmark: boolean;
  /** A nationality or residence word ("Russian", "Texans") rather than the place's name. */
  readonly demonym: boolean;
}

const PLACE_ENTITY = new Set(['GPE', 'LOC', 'FAC']);


function entityTypes(doc: Doc, entities: readonly EntityMention[]): EntityTypes {
  if (!entities.length) return null;
  const out: (string | null)[] = new Array(doc.tokens.length).fill(null);
  let k = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    while (k < doc.tokens.length && doc.tokens[k]!.end <= e.start) k++;
    for (let j = k; j < doc.tokens.length && doc.tokens[j]!.start < e.end; j++) out[j] = e.type;
  }
  return out;
}

/** Longest gazetteer name in `map` starting at token i (within its sentence): [last token, entries] or null. */
function longestName(doc: Doc, g: Gazetteer, map: NameLookup, i: number): [number, readonly number[]] | null {
  const toks = doc.tokens;
  const t = toks[i]!;
  let key = tokenKey(t);
  const one = map.get(key);
  let best: [number, readonly number[]] | null = one ? [i, one] : null;
  const max = g.prefixes.get(prefixKey(key));
  if (max === undefined) return best;
  for (let j = i + 1; j < toks.length; j++) {
    const u = toks[j]!;
    if (u.sentence !== t.sentence || u.end - t.start > max + 4) break;
    if (u.pos === 'PUNCT' && u.text !== '.' && u.text !== '-' && u.text !== "'") break;
    key += (u.start > toks[j - 1]!.end ? ' ' : '') + tokenKey(u);
    const hit = map.get(key);
    if (hit) best = [j, hit];
  }
  return best;
}

/**
 * Words used as parts of person names in this article: tagged PERSON, after a
 * given name or a title ("President Obama"), or after another capitalised word
 * that is no place ("Barack Obama"). A town of that name elsewhere in the
 * article is taken for the person unless a preposition puts it in place.
 */
function personWords(doc: Doc, etype: EntityTypes, g: Gazetteer, w: PlaceWords): Set<string> {
  const out = new Set<string>();
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (etype && etype[i] === 'PERSON') { out.add(t.lower); continue; }
    const prev = toks[i - 1]!;
    if (!isUpper(t) || !isUpper(prev) || prev.sentence !== t.sentence) continue;
    if (w.given.has(prev.lower) || w.honorific.has(prev.lower)) out.add(t.lower);
    else if (!sentenceStart(doc, i - 1) && /^\p{L}+$/u.test(prev.text) && !g.names.has(prev.lower) && !g.prefixes.has(prev.lower) && !w.lower.has(prev.lower)
      && !w.never.has(prev.lower) && prev.pos === 'PROPN') out.add(t.lower);
  }
  return out;
}

/**
 * Find place names: gazetteer names in capitalised text, nationality words,
 * tagged GPE/LOC/FAC entities and landmarks ("... Cathedral"), with the clues
 * around each that the resolver weighs. Look-alikes are dropped here: person
 * names ("Vladimir Putin", "President Jackson"), parts of longer names ("Main
 * Street"), common words ("Mobile" at a sentence start), months.
 */
export function findMentions(doc: Doc, entities: readonly EntityMention[], g: Gazetteer, w: PlaceWords): Mention[] {
  const toks = doc.tokens;
  const etype = entityTypes(doc, entities);
  const persons = personWords(doc, etype, g, w);
  const mentions: Mention[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isUpper(t) || etype?.[i] === 'PERSON' || w.never.has(t.lower)) continue;
    const prev = toks[i - 1];
    const samePrev = !!prev && prev.sentence === t.sentence;
    const hit = longestName(doc, g, g.names, i);
    // Streets and natural features ("Washington Drive", "Kanawha River", "Highway 19"), unless the gazetteer knows the whole name.
    const feature = featureEnd(doc, i, w);
    if (feature >= 0 && (!hit || feature > hit[0])) {
      mentions.push(makeMention(doc, i, feature, [], w, etype, false, false));
      i = feature;
      continue;
    }
    if (!hit) {
      const dem = longestName(doc, g, g.demonyms, i);
      if (dem) {
        mentions.push({ ...makeMention(doc, i, dem[0], dem[1], w, etype, false, false), hint: null, demonym: true });
        i = dem[0];
        continue;
      }
      const end = landmarkEnd(doc, i, w, etype);
      if (end >= 0 || (etype && PLACE_ENTITY.has(etype[i] ?? '') && (i === 0 || etype[i - 1] !== etype[i]))) {
        const last = end >= 0 ? end : entityEnd(etype!, i);
        const m = makeMention(doc, i, last, [], w, etype, false, end >= 0 || etype?.[i] === 'FAC');
        // A tagged name the gazetteer lacks is a place when a preposition puts something in it ("at Camp Verinko").
        if (end >= 0 || m.locative) mentions.push(m);
        i = last;
      }
      continue;
    }
    // The tagger's longer name wins over a gazetteer name inside it ("Camp Verinko" is not Camp County).
    if (etype && PLACE_ENTITY.has(etype[i] ?? '') && (i === 0 || etype[i - 1] !== etype[i])) {
      const end = entityEnd(etype, i);
      const next = toks[hit[0] + 1];
      const suffix = !!next && (w.admin1.has(next.lower) || w.admin2.has(next.lower)) ? 1 : 0;
      // "Springfield, Ill." tagged as one name is still a town and its state.
      const area = next?.text === ',' ? longestName(doc, g, g.afterComma, hit[0] + 2) ?? longestName(doc, g, g.names, hit[0] + 2) : null;
      if (end > hit[0] + suffix && area?.[0] !== end) {
        mentions.push(makeMention(doc, i, end, [], w, etype, true, etype[i] === 'FAC'));
        i = end;
        continue;
      }
    }
    const [last, found] = hit;
    if (last > i && (!isUpper(toks[last]!) || w.never.has(nameKey(doc.text.slice(t.start, toks[last]!.end))))) continue;
    const next = toks[last + 1];
    const single = last === i;
    const afterLocative = samePrev && w.locative.has(prev!.lower);
    // A county by its bare name ("Scott", "DeKalb") is never a given name or a person's name of the article,
    // whatever a tagger said: bare county names are mostly surnames.
    const bare = single && !w.admin2.has(next?.lower ?? '');
    const candidates = bare && !afterLocative && (w.given.has(t.lower) || persons.has(t.lower))
      ? found.filter((e) => g.kind[e] !== KIND.admin2) : found;
    if (!candidates.length) continue;
    const strong = isStrong(g, candidates);
    const tagged = !!etype && PLACE_ENTITY.has(etype[i] ?? '');
    // A word the article uses in a person's name is that person elsewhere too, whatever a tagger said, unless put in place.
    if (single && !afterLocative && !strong && persons.has(t.lower)) continue;
    // Person names: after a given name or a title, before a surname, or used as a name elsewhere.
    if (samePrev && isUpper(prev!) && (w.given.has(prev!.lower) || w.honorific.has(prev!.lower))) continue;
    // A capitalised word that is no ordinary word after the name: a surname ("Paris Hilton"), not "Dublin Arts Council".
    const nameFollows = !!next && next.sentence === t.sentence && isUpper(next) && next.pos !== 'PUNCT' && !w.continuation.has(next.lower)
      && !w.admin1.has(next.lower) && !w.admin2.has(next.lower) && (!w.lower.has(next.lower) || w.given.has(next.lower));
    if (!tagged && single && nameFollows && w.given.has(t.lower)) continue;
    // A town's name starting a tagged organisation ("Dublin Arts Council") is still the town.
    const startsOrg = etype?.[i] === 'ORG' && (i === 0 || etype[i - 1] !== 'ORG');
    if (!tagged && single && (w.direction.has(t.lower) || (t.text.length <= 3 && t.text === t.text.toUpperCase() && !strong))) continue;
    if (!tagged && !strong && single) {
      if (nameFollows && !startsOrg) { i = last; continue; }
      // Second word of a longer name: "Main Street", "Barack Obama".
      if (samePrev && isUpper(prev!) && !sentenceStart(doc, i - 1) && prev!.pos !== 'PUNCT' && !w.direction.has(prev!.lower)
        && !w.lower.has(prev!.lower) && !w.never.has(prev!.lower)) continue;
      // "Obama said" is a person; "Tbilisi says" is a capital speaking for its government.
      const capital = candidates.some((e) => g.code[e] === 'PPLC');
      if (!afterLocative && ((w.speech.has(next?.lower ?? '') && !capital) || persons.has(t.lower))) continue;
    }
    // Only bare county names: only where their state is in the text, tagged or not.
    const bareCounty = bare && candidates.every((e) => g.kind[e] === KIND.admin2);
    const m = makeMention(doc, i, last, candidates, w, etype, tagged && !bareCounty, false);
    if (!tagged && strong && single && persons.has(t.lower) && !m.locative) continue;
    // An ordinary word capitalised ("Union", "Center", "Free") is a place only after a preposition.
    const ordinary = single && w.lower.has(t.lower) && !candidates.some((e) => g.kind[e] === KIND.country);
    if (!tagged && ordinary && !m.locative) continue;
    // Common words and small towns need support from the rest of the article.
    const towns = candidates.filter((e) => g.kind[e] !== KIND.admin2);
    const maxPop = Math.max(...(towns.length ? towns : candidates).map((e) => g.population[e]!));
    const weak = !tagged && !strong && single;
    const needsContext = bareCounty || (weak && (w.common.has(t.lower) || ordinary || maxPop < 5000 || (!afterLocative && maxPop < 50_000)));
    const mention = needsContext ? { ...m, needsContext } : m;
    mentions.push(mention);
    i = last;
    // "Springfield, Ill.": the state or country after a comma locates the town, and is a place itself.
    if (toks[last + 1]?.text === ',' && toks[last + 2] && isUpper(toks[last + 2]!)) {
      const after = longestName(doc, g, g.afterComma, last + 2) ?? longestName(doc, g, g.names, last + 2);
      // Only an area that holds one of the town's candidates: "Mariupol, Kherson" is a list, not a town in Kherson.
      const holds = (a: number) => candidates.some((e) => g.admin1[e] === a || (g.kind[a] === KIND.country && g.country[e] === g.country[a]));
      const area = after?.[1].find((e) => (g.kind[e] === KIND.admin1 || g.kind[e] === KIND.country) && holds(e));
      if (after && area !== undefined) {
        mention.within = area;
        mentions.push(makeMention(doc, last + 2, after[0], [area], w, etype, true, false));
        i = after[0];
      }
    }
  }
  shareListHints(doc, mentions);
  return mentions;
}

/** "the Kharkiv, Sumy and Chernihiv regions": the names listed before an area word get its hint. */
function shareListHints(doc: Doc, mentions: Mention[]) {
  for (let k = mentions.length - 1; k > 0; k--) {
    const m = mentions[k]!;
    if (m.hint !== 'admin1' && m.hint !== 'admin2') continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = mentions[j]!;
      const between = doc.tokens.slice(p.tokenEnd, mentions[j + 1]!.tokenStart);
      if (p.hint || !p.candidates.length || between.length !== 1 || (between[0]!.text !== ',' && between[0]!.lower !== 'and')) break;
      p.hint = m.hint;
    }
  }
}

/**
 * Whether a name surely means an area rather than a town: a country or region,
 * or an admin area far more populous than any town of that name ("Texas", not "Vladimir").
 */
function isStrong(g: Gazetteer, candidates: readonly number[]): boolean {
  let area = 0;
  let town = 0;
  for (const e of candidates) {
    const k = g.kind[e]!;
    if (k === KIND.country || k === KIND.region) return true;
    if (k === KIND.admin1) area = Math.max(area, g.population[e]!);
    else town = Math.max(town, g.population[e]!);
  }
  return area > 0 && area >= 10 * town;
}

function entityEnd(etype: readonly (string | null)[], i: number): number {
  let j = i;
  while (j + 1 < etype.length && etype[j + 1] === etype[i]) j++;
  return j;
}

function makeMention(doc: Doc, i: number, last: number, candidates: readonly number[], w: PlaceWords,
  etype: EntityTypes, tagged: boolean, landmark: boolean): Mention {
  const toks = doc.tokens;
  let first = i;
  let end = last;
  let hint: Hint = null;
  const prev = toks[i - 1];
  if (prev && prev.sentence === toks[i]!.sentence && w.direction.has(prev.lower) && candidates.length) {
    first = i - 1;
    hint = 'region';
  }
  const next = toks[last + 1];
  if (!hint && next && next.sentence === toks[i]!.sentence && candidates.length) {
    const after = toks[last + 2];
    // "Lansing State Journal", "Ohio State University": a capitalised suffix followed by a name is an organisation's.
    const orgName = isUpper(next) && !!after && after.sentence === next.sentence && isUpper(after);
    // A plural ("the Kharkiv and Sumy regions") covers several names: the hint, not the span.
    const plural = next.lower.endsWith('s') && next.lower !== 'status';
    if (orgName) { /* no hint */ }
    else if (w.admin1.has(next.lower)) { hint = 'admin1'; end = plural ? last : last + 1; }
    else if (w.admin2.has(next.lower)) { hint = 'admin2'; end = plural ? last : last + 1; }
  }
  if (!hint && toks[i - 1]?.lower === 'of' && toks[i - 2] && w.city.has(toks[i - 2]!.lower)) hint = 'city';
  const before = toks[first - 1];
  const locative = !!before && before.sentence === toks[i]!.sentence && w.locative.has(before.lower);
  return {
    start: toks[first]!.start, end: toks[end]!.end, tokenStart: first, tokenEnd: end + 1,
    name: nameKey(doc.text.slice(toks[i]!.start, toks[last]!.end)), candidates, hint, within: -1,
    tagged: tagged || (!!etype && PLACE_ENTITY.has(etype[i] ?? '')), locative, needsContext: false, landmark, demonym: false,
  };
}
