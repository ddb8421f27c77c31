import { get, type FigureRow, type Page } from '../lib/api.js';
import { dayBars } from '../lib/chart.js';
import { h, mount } from '../lib/dom.js';
import { dayLabel, FIGURE_CATEGORIES, num, typeLabel } from '../lib/format.js';
import { href, type Route } from '../lib/router.js';
import { empty, failure, figureItem, loading, section } from '../lib/ui.js';

const PAGE = 100;
const KEYS = ['category', 'country', 'from', 'to'] as const;

/** Figures (arrests, deaths, sums...) day by day, each linking to its sentence. */
export async function figuresView(route: Route, el: HTMLElement): Promise<void> {
  const f: Record<string, string | undefined> = {};
  for (const k of KEYS) f[k] = route.params.get(k) ?? undefined;
  const chart = h('div', null, loading());
  const list = h('div', null);
  mount(el, h('div', { class: 'view figures-view' }, h('h1', null, 'Figures'), form(f), section('Largest figure reported each day', chart), list));
  try {
    const first = await get<Page<FigureRow>>('/api/figures', { ...f, limit: PAGE });
    const rows = [...first.items];
    const ul = h('ul', { class: 'figures' }, first.items.map(figureItem));
    const more = h('button', { type: 'button', class: 'more', hidden: first.next === null }, 'Show more');
    let next = first.next;
    const draw = () => {
      const byDay = new Map<string, FigureRow>();
      for (const r of rows) {
        const key = r.day ?? 'undated';
        const best = byDay.get(key);
        if (!best || r.value > best.value) byDay.set(key, r);
      }
      mount(chart, byDay.size
        ? [
          h('p', { class: 'muted small' }, f.category
            ? `The largest ${typeLabel(f.category).toLowerCase()} figure given on each day of publication (the same count told by several articles is not added up). Click a bar for its sentence.`
            : 'Pick a category to compare like with like. Click a bar for its sentence.'),
          dayBars([...byDay.entries()].map(([key, r]) => ({ key, value: r.value, title: `${dayLabel(key)}: ${num(r.value)} — ${r.span.text}` })), {
            label: 'largest figure by day',
            onClick: (day) => {
              const r = byDay.get(day);
              if (r) location.hash = href('article', r.article.id, { at: `${r.span.start}-${r.span.end}` });
            },
          }),
        ]
        : empty('No figure matches.'));
    };
    draw();
    more.addEventListener('click', async () => {
      if (next === null) return;
      more.disabled = true;
      const page = await get<Page<FigureRow>>('/api/figures', { ...f, limit: PAGE, offset: next });
      rows.push(...page.items);
      ul.append(...page.items.map(figureItem));
      next = page.next;
      more.disabled = false;
      more.hidden = next === null;
      draw();
    });
    mount(list, section('Figures, by day', rows.length ? ul : empty('No figure matches.'), more));
  } catch (err) {
    mount(chart, failure(err));
  }
}

function form(f: Record<string, string | undefined>): HTMLFormElement {
  const field = (label: string, input: HTMLElement) => h('label', { class: 'field' }, h('span', null, label), input);
  const category = h('select', { name: 'category' }, h('option', { value: '' }, 'any category'),
    FIGURE_CATEGORIES.map((c) => h('option', { value: c, selected: f.category === c }, typeLabel(c))));
  const el = h('form', { class: 'filters card', onsubmit: (e: Event) => {
    e.preventDefault();
    const data = new FormData(el);
    const params: Record<string, string> = {};
    for (const k of KEYS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) params[k] = k === 'country' ? v.toUpperCase() : v;
    }
    location.hash = href('figures', null, params);
  } },
  field('Category', category),
  field('Country', h('input', { name: 'country', value: f.country ?? '', placeholder: 'ISO3: FRA', size: 6 })),
  field('From', h('input', { type: 'date', name: 'from', value: f.from ?? '' })),
  field('To', h('input', { type: 'date', name: 'to', value: f.to ?? '' })),
  h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Filter'), h('a', { href: href('figures'), class: 'reset' }, 'Reset')));
  return el;
}
