import { get, type Page, type QuoteRow } from '../lib/api.js';
import { h, mount } from '../lib/dom.js';
import { href, type Route } from '../lib/router.js';
import { empty, failure, loading, quoteItem, section } from '../lib/ui.js';

const PAGE = 50;

/** Who said what: quotes, newest articles first, by speaker. */
export async function quotesView(route: Route, el: HTMLElement): Promise<void> {
  const speaker = route.params.get('speaker') ?? '';
  const input = h('input', { name: 'speaker', value: speaker, placeholder: 'speaker: a name or part of one', size: 32, 'aria-label': 'speaker' });
  const form = h('form', { class: 'filters card', onsubmit: (e: Event) => {
    e.preventDefault();
    location.hash = href('quotes', null, { speaker: input.value.trim() });
  } }, h('label', { class: 'field' }, h('span', null, 'Speaker'), input),
  h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Filter'), h('a', { href: href('quotes'), class: 'reset' }, 'Reset')));
  const body = h('div', null, loading());
  mount(el, h('div', { class: 'view quotes-view' }, h('h1', null, 'Quotes'), form, body));
  try {
    const first = await get<Page<QuoteRow>>('/api/quotes', { speaker, limit: PAGE });
    const ul = h('ul', { class: 'quotes' }, first.items.map((q) => quoteItem(q)));
    const more = h('button', { type: 'button', class: 'more', hidden: first.next === null }, 'Show more');
    let next = first.next;
    more.addEventListener('click', async () => {
      if (next === null) return;
      more.disabled = true;
      const page = await get<Page<QuoteRow>>('/api/quotes', { speaker, limit: PAGE, offset: next });
      ul.append(...page.items.map((q) => quoteItem(q)));
      next = page.next;
      more.disabled = false;
      more.hidden = next === null;
    });
    mount(body, section(speaker ? `Quotes by “${speaker}”` : 'Quotes', first.items.length ? ul : empty('No quote matches.'), more));
  } catch (err) {
    mount(body, failure(err));
  }
}
