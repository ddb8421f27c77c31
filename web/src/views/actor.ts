import { get, type ActorProfile } from '../lib/api.js';
import { dayBars } from '../lib/chart.js';
import { h, mount } from '../lib/dom.js';
import { dayLabel } from '../lib/format.js';
import { actorHref, href, type Route } from '../lib/router.js';
import { empty, eventItem, failure, loading, quoteItem, section } from '../lib/ui.js';

/** One actor: mentions over time, its quotes, what it did and what was done to it, who is named beside it. */
export async function actorView(route: Route, el: HTMLElement): Promise<void> {
  if (route.id === null) {
    mount(el, failure(new Error('no actor id in the address')));
    return;
  }
  const all = route.params.get('modality') === 'all';
  mount(el, loading());
  let p: ActorProfile;
  try {
    p = await get<ActorProfile>(`/api/actors/${route.id}`, { modality: all ? 'all' : undefined });
  } catch (err) {
    mount(el, failure(err));
    return;
  }
  const a = p.actor;
  const toggle = h('label', { class: 'toggle' },
    h('input', { type: 'checkbox', checked: all, onchange: (e: Event) => {
      location.hash = href('actor', a.id, { modality: (e.target as HTMLInputElement).checked ? 'all' : null });
    } }), ' include hedged and negated events');
  const facts = [a.kind, a.code, a.country, a.sector].filter(Boolean).join(' · ');
  mount(el, h('div', { class: 'view actor-view' },
    h('header', { class: 'actor-head' },
      h('h1', null, a.name),
      h('div', { class: 'muted' }, `${facts} · ${a.numArticles} articles · ${a.numMentions} mentions · ${dayLabel(a.firstDay)} – ${dayLabel(a.lastDay)}`),
      h('div', { class: 'row' },
        h('a', { href: href('timeline', null, { actor: a.kind === 'person' || !a.code ? a.name : a.code }) }, 'Timeline of its events →'), ' ',
        toggle)),
    section('Mentions over time', p.timeline.length
      ? dayBars(p.timeline.map((d) => ({ key: d.day, value: d.mentions, title: `${dayLabel(d.day)}: ${d.mentions} mentions in ${d.articles} articles` })), { label: 'mentions by day', height: 120 })
      : empty('No dated mentions.'),
    p.complete ? null : h('p', { class: 'muted small' }, `A large actor: lists and counts stop at their limits (${p.articlesRead} articles read).`)),
    h('div', { class: 'columns' },
      h('div', null,
        section(`Events as actor (${p.asActor.length})`, p.asActor.length ? h('ul', { class: 'events' }, p.asActor.map(eventItem)) : empty('None.')),
        section(`Events as target (${p.asTarget.length})`, p.asTarget.length ? h('ul', { class: 'events' }, p.asTarget.map(eventItem)) : empty('None.'))),
      h('div', null,
        section(`Quotes (${p.quotes.length})`, p.quotes.length ? h('ul', { class: 'quotes' }, p.quotes.map((q) => quoteItem(q, false))) : empty('No quotes.')),
        section('Named in the same articles', p.coActors.length
          ? h('ul', { class: 'chips' }, p.coActors.map((c) => h('li', null,
            c.id !== null ? h('a', { class: 'chip', href: actorHref(c.id) }, c.name, h('span', { class: 'muted' }, ` ${c.articles}`))
              : h('span', { class: 'chip' }, c.name, h('span', { class: 'muted' }, ` ${c.articles}`)))))
          : empty('No other actors.'))))));
  window.scrollTo(0, 0);
}
