import type { AnalysisJSON } from '../../../src/analysis/format.js';
import { get, type StoredArticle } from '../lib/api.js';
import { clip, h, mount, type Child } from '../lib/dom.js';
import { dayLabel, figureValue, typeLabel } from '../lib/format.js';
import { pieces } from '../lib/highlight.js';
import { actorHref, articleHref, href, parseAt, type Route } from '../lib/router.js';
import { failure, loading, modalityBadges, typeBadge } from '../lib/ui.js';

type Kind = 'entity' | 'quote' | 'figure' | 'time' | 'place' | 'event';
const KIND_LABEL: Record<Kind, string> = { entity: 'actors & names', quote: 'quotes', figure: 'figures', time: 'times', place: 'places', event: 'events' };

interface Mark { start: number; end: number; kind: Kind; describe: () => Child }

let cached: StoredArticle | null = null;

/** One article: its text with every fact marked, and the facts listed beside it, each linking to its words. */
export async function articleView(route: Route, el: HTMLElement): Promise<void> {
  const id = route.id;
  if (id === null) {
    mount(el, failure(new Error('no article id in the address')));
    return;
  }
  if (cached?.id !== id) {
    mount(el, loading());
    try {
      cached = await get<StoredArticle>(`/api/articles/${id}`);
    } catch (err) {
      mount(el, failure(err));
      return;
    }
  }
  render(cached, parseAt(route.params.get('at')), el);
}

function render(a: StoredArticle, at: { start: number; end: number } | null, el: HTMLElement): void {
  const an = a.analysis;
  const actorLink = (local: string | null | undefined, text?: string): Child => {
    if (!local || !an) return text ?? null;
    const actor = an.actors.find((x) => x.id === local);
    const sid = a.actorIds[local];
    const name = text ?? actor?.name ?? local;
    return sid !== undefined ? h('a', { href: actorHref(sid), class: 'actor' }, name) : h('span', null, name);
  };
  const marks = an ? marksOf(an, actorLink) : [];
  const selection = h('div', { class: 'selection card', hidden: true });
  const text = h('div', { class: 'text', onclick: (e: Event) => {
    const piece = (e.target as Element).closest('[data-marks]');
    if (!piece) return;
    const chosen = (piece.getAttribute('data-marks') ?? '').split(',').map(Number).map((i) => marks[i]!).filter(Boolean);
    selection.hidden = false;
    mount(selection, h('h2', null, 'Selected words'), h('ul', null, chosen.map((m) => h('li', { class: `sel k-${m.kind}` }, m.describe()))));
  } });
  const sentences = an?.sentences ?? [];
  let focusPiece: HTMLElement | null = null;
  const focusSentence = at ? sentences.findIndex((s) => s.start <= at.start && at.start < s.end) : -1;
  let sentenceEl: HTMLElement | null = null;
  let sentenceIndex = -2;
  for (const p of pieces(a.text.length, sentences, marks)) {
    const words = a.text.slice(p.start, p.end);
    const focused = at !== null && p.start < at.end && at.start < p.end;
    let node: Node;
    if (p.marks.length || focused) {
      const kinds = [...new Set(p.marks.map((i) => marks[i]!.kind))].map((k) => `k-${k}`);
      const span = h('span', { class: ['m', ...kinds, focused ? 'focus' : ''].join(' ').trim(), 'data-marks': p.marks.join(',') || null }, words);
      if (focused && !focusPiece) focusPiece = span;
      node = span;
    } else {
      node = document.createTextNode(words);
    }
    if (p.sentence < 0) {
      text.appendChild(node);
      sentenceIndex = -2;
      continue;
    }
    if (p.sentence !== sentenceIndex) {
      sentenceIndex = p.sentence;
      sentenceEl = h('span', { class: p.sentence === focusSentence ? 'sent sent-focus' : 'sent', 'data-s': p.sentence });
      text.appendChild(sentenceEl);
    }
    sentenceEl!.appendChild(node);
  }

  const counts = new Map<Kind, number>();
  for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
  const legend = h('div', { class: 'legend' }, (Object.keys(KIND_LABEL) as Kind[]).filter((k) => counts.has(k))
    .map((k) => h('span', { class: `m k-${k}` }, `${KIND_LABEL[k]} ${counts.get(k)}`)),
  h('span', { class: 'muted small' }, 'click marked words for what was read in them'));
  const head = h('header', { class: 'article-head' },
    h('h1', null, a.title ?? `Article ${a.id}`),
    h('div', { class: 'muted' }, dayLabel(a.publishedAt), a.source ? ` · ${a.source}` : '',
      a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'original')] : '',
      an ? ` · tone ${an.tone.score.toFixed(1)}` : ''));
  mount(el, h('div', { class: 'view article-view' },
    h('div', { class: 'article-main' }, head, legend, h('article', { class: 'card' }, text)),
    h('aside', { class: 'article-side' }, selection, an ? sideLists(a, an, actorLink) : h('p', { class: 'muted' }, 'This article has no stored analysis.'))));
  if (focusPiece) {
    const target = focusPiece;
    requestAnimationFrame(() => target.scrollIntoView({ block: 'center' }));
  } else {
    window.scrollTo(0, 0);
  }
}

function marksOf(an: AnalysisJSON, actorLink: (local: string | null | undefined, text?: string) => Child): Mark[] {
  const marks: Mark[] = [];
  const seen = new Set<string>();
  for (const e of an.entities) {
    seen.add(`${e.start}-${e.end}`);
    marks.push({ start: e.start, end: e.end, kind: 'entity', describe: () => [h('b', null, e.type), ' ', e.actor ? actorLink(e.actor, e.text) : e.text] });
  }
  for (const actor of an.actors) {
    for (const m of actor.mentions) {
      if (seen.has(`${m.start}-${m.end}`)) continue;
      marks.push({ start: m.start, end: m.end, kind: 'entity', describe: () => [h('b', null, actor.kind), ' ', actorLink(actor.id, actor.name), actor.code ? ` (${actor.code})` : ''] });
    }
  }
  for (const q of an.quotes) {
    marks.push({ start: q.start, end: q.end, kind: 'quote', describe: () => [h('b', null, `${q.kind} quote`), ' by ', q.speaker ? actorLink(q.speaker.actor, q.speaker.text) : 'unknown speaker'] });
  }
  for (const f of an.figures) {
    marks.push({ start: f.start, end: f.end, kind: 'figure', describe: () => [h('b', null, f.category), ` ${figureValue(f)}${f.subject ? ` ${f.subject}` : ''}`] });
  }
  for (const t of an.times) marks.push({ start: t.start, end: t.end, kind: 'time', describe: () => [h('b', null, t.type), ` ${t.text} = ${t.value}`] });
  for (const p of an.places) {
    marks.push({ start: p.start, end: p.end, kind: 'place', describe: () => [h('b', null, p.featureType), ` ${p.name}${p.country ? ` (${p.country})` : ''}`] });
  }
  for (const e of an.events) {
    marks.push({ start: e.trigger.start, end: e.trigger.end, kind: 'event', describe: () => [
      typeBadge(e.type ?? e.category, e.quad), ' ', e.actor ? actorLink(e.actor) : 'someone', ' → ', e.target ? actorLink(e.target) : '—',
      e.date ? ` · ${dayLabel(e.date)}` : '', ' ', ...modalityBadges(e.modality),
    ] });
  }
  return marks;
}

function sideLists(a: StoredArticle, an: AnalysisJSON, actorLink: (local: string | null | undefined, text?: string) => Child): HTMLElement[] {
  const at = (s: { start: number; end: number }) => articleHref(a.id, s);
  const list = (title: string, kind: Kind, items: Child[]) => items.length
    ? h('section', { class: `card side k-${kind}-list` }, h('h2', null, `${title} `, h('span', { class: 'muted' }, String(items.length))), h('ul', null, items))
    : null;
  const sections = [
    list('Events', 'event', an.events.map((e) => h('li', { class: 'event' },
      typeBadge(e.type ?? e.category, e.quad), ' ', e.actor ? actorLink(e.actor) : 'someone', ' → ', e.target ? actorLink(e.target) : '—', ' ',
      ...modalityBadges(e.modality),
      h('div', null, h('a', { href: at(e.trigger), class: 'goto' }, `“${clip(e.text, 90)}”`), e.date ? h('span', { class: 'muted' }, ` ${dayLabel(e.date)}`) : null),
      e.cameo || e.acled ? h('div', { class: 'muted small' }, e.cameo ? `CAMEO ${e.cameo}` : '', e.acled ? ` · ACLED ${e.acled.type}` : '') : null))),
    list('Quotes', 'quote', an.quotes.map((q) => h('li', { class: 'quote' },
      h('a', { href: at(q), class: 'goto quote-text' }, clip(q.text, 200)),
      h('div', { class: 'line' }, q.speaker ? h('span', { class: 'speaker' }, actorLink(q.speaker.actor, q.speaker.text)) : h('span', { class: 'muted' }, 'unknown speaker'),
        h('span', { class: 'muted' }, ` · ${q.kind}`))))),
    list('Actors', 'entity', an.actors.map((x) => h('li', null, actorLink(x.id, x.name),
      h('span', { class: 'muted' }, ` ${x.code ?? x.kind} · `), h('a', { href: x.mentions[0] ? at(x.mentions[0]) : '#', class: 'goto' }, `${x.mentions.length} mention${x.mentions.length === 1 ? '' : 's'}`)))),
    list('Figures', 'figure', an.figures.map((f) => h('li', null,
      h('a', { href: at(f), class: 'goto figure-value' }, figureValue(f)), ' ', h('span', { class: 'badge' }, f.category), f.subject ? ` ${f.subject}` : ''))),
    list('Times', 'time', an.times.map((t) => h('li', null, h('a', { href: at(t), class: 'goto' }, t.text), h('span', { class: 'muted' }, ` ${t.type} ${t.value}`)))),
    list('Places', 'place', an.places.map((p) => h('li', null, h('a', { href: at(p), class: 'goto' }, p.text),
      h('span', { class: 'muted' }, ` ${p.name}${p.country ? `, ${p.country}` : ''} · ${p.featureType}`)))),
  ].filter((x): x is HTMLElement => x !== null);
  if (an.events.length) sections.push(h('p', { class: 'small' }, h('a', { href: href('timeline', null, { article: a.id, modality: 'all' }) }, 'These events on the timeline →')));
  return sections;
}
