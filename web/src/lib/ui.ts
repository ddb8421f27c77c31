import type { EventRow, FigureRow, QuoteRow } from './api.js';
import { clip, h, type Child } from './dom.js';
import { dayLabel, figureValue, QUAD_NAMES, quadClass, typeLabel } from './format.js';
import { actorHref, articleHref } from './router.js';

/** Pieces of page used by several views. */

export const loading = () => h('p', { class: 'muted loading' }, 'Loading…');

export function failure(err: unknown): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, `Could not load: ${err instanceof Error ? err.message : String(err)}`);
}

export const empty = (text: string) => h('p', { class: 'muted empty' }, text);

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

/** A sentence with some words in bold (a trigger, a figure): text nodes only. */
export function sentenceWith(sentence: string, words: string, max = 260): HTMLElement {
  const at = words ? sentence.indexOf(words) : -1;
  if (at < 0) return h('span', { class: 'sentence' }, clip(sentence, max));
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + words.length);
  const room = Math.max(40, max - words.length);
  return h('span', { class: 'sentence' },
    before.length > room / 2 ? `…${before.slice(before.length - Math.floor(room / 2))}` : before,
    h('b', null, words),
    after.length > room / 2 ? `${after.slice(0, Math.floor(room / 2))}…` : after);
}

export function actorLink(a: { id: number; name: string } | null | undefined, fallback = '—'): Child {
  return a ? h('a', { href: actorHref(a.id), class: 'actor' }, a.name) : h('span', { class: 'muted' }, fallback);
}

export function typeBadge(type: string | null, quad: number | null): HTMLElement {
  return h('span', { class: `badge ${quadClass(quad)}`, title: quad ? QUAD_NAMES[quad] : 'no quad class' }, typeLabel(type));
}

export function modalityBadges(e: { hedged: boolean; negated: boolean; future: boolean }): Child[] {
  return [
    e.negated && h('span', { class: 'badge flag', title: 'the text says it did not happen' }, 'negated'),
    e.hedged && h('span', { class: 'badge flag', title: 'the text says it may have happened' }, 'hedged'),
    e.future && h('span', { class: 'badge flag', title: 'announced or expected' }, 'future'),
  ];
}

/** One event: what, who on whom, where and when, and its sentence linking to the article. */
export function eventItem(e: EventRow): HTMLElement {
  return h('li', { class: 'event', 'data-event': e.id },
    h('div', { class: 'line' },
      typeBadge(e.type ?? e.category, e.quad), ' ',
      actorLink(e.actor, 'someone'), h('span', { class: 'arrow' }, ' → '), actorLink(e.target, '—'),
      e.place ? h('span', { class: 'place' }, ` · ${e.place.name ?? e.place.text}${e.place.country ? ` (${e.place.country})` : ''}`) : null,
      h('span', { class: 'day' }, ` · ${dayLabel(e.day)}`), ' ', ...modalityBadges(e)),
    h('a', { class: 'quote-line', href: articleHref(e.article.id, e.trigger), title: 'open the article at this sentence' },
      sentenceWith(e.sentence, e.trigger.text)),
    h('div', { class: 'source muted' }, e.article.title ?? `article ${e.article.id}`));
}

/**
 * Another telling of an event already listed (same occurrence): added under
 * it as one more source line, so that the list counts events, not retellings.
 */
export function addTelling(item: HTMLElement, e: EventRow): void {
  let more = item.querySelector<HTMLElement>('.tellings');
  if (!more) {
    more = h('div', { class: 'tellings' });
    item.appendChild(more);
  }
  more.appendChild(h('a', { class: 'quote-line telling', href: articleHref(e.article.id, e.trigger), title: 'the same event, told by another article' },
    h('span', { class: 'muted' }, `also ${e.article.title ?? `article ${e.article.id}`}: `), sentenceWith(e.sentence, e.trigger.text, 160)));
  const n = more.childElementCount + 1;
  item.dataset.tellings = String(n);
  const count = item.querySelector('.told') ?? item.querySelector('.line')!.appendChild(h('span', { class: 'badge told' }));
  count.textContent = `${n} articles`;
}

export function quoteItem(q: QuoteRow, showSpeaker = true): HTMLElement {
  return h('li', { class: 'quote' },
    h('a', { class: 'quote-text', href: articleHref(q.article.id, q.span), title: 'open the article at this quote' }, clip(q.span.text, 400)),
    h('div', { class: 'line' },
      showSpeaker && q.speaker ? [q.speaker.actor ? actorLink(q.speaker.actor) : h('span', null, q.speaker.text), ' · '] : null,
      h('span', { class: 'muted' }, `${q.kind} · ${dayLabel(q.article.publishedAt)} · ${q.article.title ?? `article ${q.article.id}`}`)));
}

export function figureItem(f: FigureRow): HTMLElement {
  return h('li', { class: 'figure' },
    h('div', { class: 'line' },
      h('a', { class: 'figure-value', href: articleHref(f.article.id, f.span), title: 'open the article at this figure' }, figureValue(f)),
      ' ', h('span', { class: 'badge' }, f.category), f.subject ? ` ${f.subject}` : '',
      h('span', { class: 'muted' }, ` · ${f.country ?? ''} ${dayLabel(f.day)}`)),
    h('a', { class: 'quote-line', href: articleHref(f.article.id, f.span) }, sentenceWith(f.sentence, f.span.text)));
}
