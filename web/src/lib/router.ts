/**
 * Routes live in the address's hash (#/article/12?at=40-52), so the server
 * only ever serves one page and every view can be linked to.
 */

export type View = 'search' | 'article' | 'actor' | 'timeline' | 'figures' | 'quotes' | 'map' | 'network';
const VIEWS: readonly View[] = ['search', 'article', 'actor', 'timeline', 'figures', 'quotes', 'map', 'network'];

export interface Route {
  readonly view: View;
  readonly id: number | null;
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [name = '', id] = path.split('/');
  const view = (VIEWS as readonly string[]).includes(name) ? (name as View) : 'search';
  const n = id !== undefined && /^\d+$/.test(id) ? Number(id) : null;
  return { view, id: n, params: new URLSearchParams(query) };
}

export function href(view: View, id?: number | null, params?: Record<string, string | number | boolean | null | undefined>): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== undefined && v !== null && v !== '' && v !== false) qs.set(k, String(v));
  const q = qs.size ? `?${qs}` : '';
  return `#/${view === 'search' ? '' : view}${id !== undefined && id !== null ? `/${id}` : ''}${q}`;
}

/** The article view, scrolled to and marking the words start-end. */
export const articleHref = (id: number, span?: { start: number; end: number } | null) =>
  href('article', id, span ? { at: `${span.start}-${span.end}` } : {});

export const actorHref = (id: number) => href('actor', id);

/** A span from the `at` parameter (start-end), or null. */
export function parseAt(v: string | null): { start: number; end: number } | null {
  const m = v ? /^(\d+)-(\d+)$/.exec(v) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return end > start ? { start, end } : null;
}
