import { get, type EventRow, type Page, type Stats } from '../lib/api.js';
import { dayBars } from '../lib/chart.js';
import { h, mount } from '../lib/dom.js';
import { dayLabel, typeLabel } from '../lib/format.js';
import { href, type Route } from '../lib/router.js';
import { addTelling, empty, eventItem, failure, loading, section } from '../lib/ui.js';
import { filterForm, filtersOf } from './filters.js';

const PAGE = 100;

/** Events day by day, filtered; each links to its sentence. */
export async function timelineView(route: Route, el: HTMLElement): Promise<void> {
  const filters = filtersOf(route);
  const chart = h('div', null, loading());
  const list = h('div', null);
  mount(el, h('div', { class: 'view timeline-view' }, h('h1', null, 'Timeline'), filterForm('timeline', route), section('Events by day', chart), list));
  try {
    const [stats, first] = await Promise.all([
      get<Stats>('/api/stats', filters),
      get<Page<EventRow>>('/api/events', { ...filters, limit: PAGE }),
    ]);
    const occurrences = stats.byDay.reduce((n, r) => n + r.occurrences, 0);
    mount(chart, stats.byDay.length
      ? [
        h('p', { class: 'muted small' }, `${occurrences} events (the same event told by several articles counts once), `
          + `${stats.byType.map((t) => `${typeLabel(t.key)} ${t.occurrences}`).slice(0, 8).join(', ')}`),
        dayBars(stats.byDay.map((r) => ({ key: r.key ?? 'undated', value: r.occurrences, title: `${dayLabel(r.key)}: ${r.occurrences} events in ${r.articles} articles` })), {
          label: 'events by day',
          onClick: (day) => { location.hash = href('timeline', null, { ...filters, from: day, to: day }); },
        }),
      ]
      : empty('No events match these filters.'));
    const ul = h('ul', { class: 'events timeline' });
    let lastDay: string | null | undefined;
    // One item per occurrence: its other tellings are listed under the first.
    const byOccurrence = new Map<number, HTMLElement>();
    const add = (rows: EventRow[]) => {
      for (const e of rows) {
        const seen = byOccurrence.get(e.occurrenceId);
        if (seen) {
          addTelling(seen, e);
          continue;
        }
        if (e.day !== lastDay) {
          lastDay = e.day;
          ul.appendChild(h('li', { class: 'day-head' }, dayLabel(e.day)));
        }
        const item = eventItem(e);
        byOccurrence.set(e.occurrenceId, item);
        ul.appendChild(item);
      }
    };
    add(first.items);
    const more = h('button', { type: 'button', class: 'more', hidden: first.next === null }, 'Show more');
    let next = first.next;
    more.addEventListener('click', async () => {
      if (next === null) return;
      more.disabled = true;
      const page = await get<Page<EventRow>>('/api/events', { ...filters, limit: PAGE, offset: next });
      add(page.items);
      next = page.next;
      more.disabled = false;
      more.hidden = next === null;
    });
    mount(list, section('Events, day by day', first.items.length ? ul : empty('No event matches.'), more));
  } catch (err) {
    mount(chart, failure(err));
  }
}
