import { h } from '../lib/dom.js';
import { CATEGORIES, PLOVER, typeLabel } from '../lib/format.js';
import { href, type Route, type View } from '../lib/router.js';

/** Event filters shared by the timeline, the map and the network: kept in the address. */
export const FILTER_KEYS = ['type', 'actor', 'target', 'country', 'from', 'to', 'modality'] as const;

export function filtersOf(route: Route): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const k of [...FILTER_KEYS, 'article']) out[k] = route.params.get(k) ?? undefined;
  return out;
}

export function filterForm(view: View, route: Route): HTMLFormElement {
  const f = filtersOf(route);
  const field = (name: string, label: string, input: HTMLElement) => h('label', { class: `field f-${name}` }, h('span', null, label), input);
  const type = h('select', { name: 'type' },
    h('option', { value: '' }, 'any type'),
    h('optgroup', { label: 'PLOVER' }, PLOVER.map((t) => h('option', { value: t, selected: f.type === t }, typeLabel(t)))),
    h('optgroup', { label: 'other events' }, CATEGORIES.map((t) => h('option', { value: t, selected: f.type === t }, typeLabel(t)))));
  const text = (name: string, placeholder: string, size = 14) => h('input', { name, value: f[name] ?? '', placeholder, size });
  const all = h('input', { type: 'checkbox', name: 'modality', value: 'all', checked: f.modality === 'all' });
  const form = h('form', { class: 'filters card', onsubmit: (e: Event) => {
    e.preventDefault();
    const data = new FormData(form);
    const params: Record<string, string> = {};
    for (const k of FILTER_KEYS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) params[k] = k === 'country' ? v.toUpperCase() : v;
    }
    location.hash = href(view, null, params);
  } },
  field('type', 'Type', type),
  field('actor', 'Actor', text('actor', 'name, RUS, USAGOV')),
  field('target', 'Target', text('target', 'name or code')),
  field('country', 'Country', text('country', 'ISO3: FRA', 6)),
  field('from', 'From', h('input', { type: 'date', name: 'from', value: f.from ?? '' })),
  field('to', 'To', h('input', { type: 'date', name: 'to', value: f.to ?? '' })),
  h('label', { class: 'toggle' }, all, ' include hedged and negated'),
  h('div', { class: 'buttons' },
    h('button', { type: 'submit' }, 'Filter'),
    h('a', { href: href(view), class: 'reset' }, 'Reset')));
  return form;
}
