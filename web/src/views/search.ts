import { get, type ActorRow, type ArticleSummary, type FigureRow, type Page, type QuoteRow, type SearchHit, type Stats } from '../lib/api.js';
import { dayBars } from '../lib/chart.js';
import { h, mount } from '../lib/dom.js';
import { dayLabel, num, plural, typeLabel } from '../lib/format.js';
import { actorHref, articleHref, href, type Route } from '../lib/router.js';
import { empty, failure, figureItem, loading, quoteItem, section } from '../lib/ui.js';

/** The first view: a search box; with no query, what the store holds. */
export async function searchView(route: Route, el: HTMLElement): Promise<void> {
  const q = route.params.get('q') ?? '';
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Search articles: words or "a phrase"', 'aria-label': 'search', autofocus: true });
  const form = h('form', { class: 'search', role: 'search', onsubmit: (e: Event) => {
    e.preventDefault();
    location.hash = href('search', null, { q: input.value.trim() });
  } }, input, h('button', { type: 'submit' }, 'Search'));
  const body = h('div', { class: 'results' }, loading());
  mount(el, h('div', { class: 'view search-view' }, form, body));
  try {
    mount(body, ...(q ? await results(q) : await overview()));
  } catch (err) {
    mount(body, failure(err));
  }
}

async function results(q: string): Promise<HTMLElement[]> {
  const [hits, actors, quotes] = await Promise.all([
    get<Page<SearchHit>>('/api/search', { q, limit: 50 }),
    get<Page<ActorRow>>('/api/actors', { name: q, limit: 8 }).catch(() => null),
    get<Page<QuoteRow>>('/api/quotes', { speaker: q, limit: 5 }).catch(() => null),
  ]);
  const out: HTMLElement[] = [];
  if (actors?.items.length) {
    out.push(section('Actors', h('ul', { class: 'chips' }, actors.items.map((a) => h('li', null,
      h('a', { href: actorHref(a.id), class: 'chip' }, a.name, h('span', { class: 'muted' }, ` ${a.code ?? a.kind ?? ''} · ${a.numArticles}`)))))));
  }
  if (quotes?.items.length) {
    out.push(section(`Quotes by “${q}”`, h('ul', { class: 'quotes' }, quotes.items.map((x) => quoteItem(x))),
      quotes.next !== null ? h('a', { href: href('quotes', null, { speaker: q }) }, 'All their quotes →') : null));
  }
  out.push(section(`Articles matching “${q}”`, hits.items.length
    ? h('ol', { class: 'hits' }, hits.items.map((hit) => h('li', { class: 'hit' },
      h('a', { href: articleHref(hit.article.id), class: 'title' }, hit.article.title ?? `Article ${hit.article.id}`),
      h('div', { class: 'muted' }, `${dayLabel(hit.article.publishedAt)}${hit.article.source ? ` · ${hit.article.source}` : ''}`),
      snippet(hit.snippet))))
    : empty('No article matches. Every word must appear; try fewer words.')));
  return out;
}

/** A snippet whose matched words come between [ and ]: marked with <mark>, as text nodes. */
export function snippet(text: string): HTMLElement {
  const p = h('p', { class: 'snippet' });
  for (const [i, part] of text.split(/[[\]]/).entries()) p.appendChild(i % 2 ? h('mark', null, part) : document.createTextNode(part));
  return p;
}

const ARTICLES = 25;
type ArticlePage = { items: ArticleSummary[]; next: number | null };

function articleItem(a: ArticleSummary): HTMLElement {
  return h('li', null,
    h('a', { href: articleHref(a.id), class: 'title' }, a.title ?? `Article ${a.id}`),
    h('div', { class: 'muted' }, [dayLabel(a.publishedAt), a.source, plural(a.counts.events, 'event'), plural(a.counts.quotes, 'quote'), plural(a.counts.figures, 'figure')]
      .filter(Boolean).join(' · ')),
    h('p', { class: 'lead' }, a.lead));
}

async function overview(): Promise<HTMLElement[]> {
  const [stats, articles, actors, figures] = await Promise.all([
    get<Stats>('/api/stats'),
    get<ArticlePage>('/api/articles', { limit: ARTICLES }),
    get<Page<ActorRow>>('/api/actors', { limit: 16 }),
    get<Page<FigureRow>>('/api/figures', { limit: 8, category: 'ARREST' }),
  ]);
  const f = stats.facts;
  const tiles = h('div', { class: 'tiles' }, ([
    ['articles', stats.articles, null], ['events', f.occurrences ?? 0, href('timeline')], ['actors', f.actors ?? 0, href('network')],
    ['quotes', f.quotes ?? 0, href('quotes')], ['figures', f.figures ?? 0, href('figures')], ['places', f.places ?? 0, href('map')],
  ] as const).map(([label, n, link]) => {
    const inner = [h('b', null, num(n)), h('span', null, label)];
    return link ? h('a', { class: 'tile', href: link }, ...inner) : h('div', { class: 'tile' }, ...inner);
  }));
  const out: HTMLElement[] = [tiles];
  if (stats.byDay.length) {
    out.push(section('Events by day',
      dayBars(stats.byDay.map((r) => ({ key: r.key ?? 'undated', value: r.occurrences })), {
        label: 'events by day', onClick: (day) => { location.hash = href('timeline', null, { from: day, to: day }); },
      }),
      h('ul', { class: 'chips' }, stats.byType.slice(0, 12).map((t) => h('li', null,
        h('a', { class: 'chip', href: href('timeline', null, { type: t.key }) }, typeLabel(t.key), h('span', { class: 'muted' }, ` ${t.occurrences}`)))))));
  }
  const list = h('ol', { class: 'articles' }, articles.items.map(articleItem));
  const more = h('button', { type: 'button', class: 'more', hidden: articles.next === null }, 'Show more');
  let next = articles.next;
  more.addEventListener('click', async () => {
    if (next === null) return;
    more.disabled = true;
    const page = await get<ArticlePage>('/api/articles', { limit: ARTICLES, after: next });
    list.append(...page.items.map(articleItem));
    next = page.next;
    more.disabled = false;
    more.hidden = next === null;
  });
  const columns = h('div', { class: 'columns' },
    section(`Articles (${stats.articles})`, articles.items.length ? [list, more] : empty('The store is empty: ingest articles, or run newsgraph demo.')),
    section('Actors most written about', actors.items.length
      ? h('ul', { class: 'actor-list' }, actors.items.map((a) => h('li', null,
        h('a', { href: actorHref(a.id) }, a.name), h('span', { class: 'muted' }, ` ${a.code ?? ''} · ${a.numArticles} articles`))))
      : empty('No actors yet.'),
    figures.items.length ? [h('h2', { class: 'sub' }, 'Arrests reported'), h('ul', { class: 'figures' }, figures.items.map(figureItem)),
      h('a', { href: href('figures', null, { category: 'ARREST' }) }, 'All arrest figures by day →')] : null));
  out.push(columns);
  return out;
}
