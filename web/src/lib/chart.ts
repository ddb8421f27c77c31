import { svg } from './dom.js';
import { dayLabel } from './format.js';

export interface Bar { readonly key: string; readonly value: number; readonly title?: string }

/**
 * Bars by day: days without a value are drawn as gaps on a continuous axis
 * (when the keys are dates), so a rise reads as a rise.
 */
export function dayBars(rows: readonly Bar[], opts: { width?: number; height?: number; onClick?: (key: string) => void; label: string }): SVGSVGElement {
  const width = opts.width ?? 1200;
  const height = opts.height ?? 170;
  const days = fillDays(rows);
  const max = Math.max(1, ...days.map((d) => d.value));
  const padL = 28;
  const padB = 22;
  const w = Math.min(60, (width - padL) / Math.max(1, days.length));
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', role: 'img', 'aria-label': opts.label });
  chart.appendChild(svg('text', { x: 2, y: 12, class: 'axis' }, String(max)));
  chart.appendChild(svg('line', { x1: padL, x2: width, y1: height - padB, y2: height - padB, class: 'axis-line' }));
  days.forEach((d, i) => {
    const bh = ((height - padB - 8) * d.value) / max;
    const x = padL + i * w;
    const bar = svg('rect', {
      x: (x + Math.min(2, w * 0.15)).toFixed(1), y: (height - padB - bh).toFixed(1), width: Math.max(1, w - Math.min(4, w * 0.3)).toFixed(1),
      height: bh.toFixed(1), class: d.value ? 'bar' : 'bar empty', 'data-key': d.key,
      onclick: opts.onClick && d.value ? () => opts.onClick!(d.key) : undefined,
    }, svg('title', null, d.title ?? `${dayLabel(d.key)}: ${d.value}`));
    chart.appendChild(bar);
  });
  const ticks = Math.min(days.length, 6);
  for (let t = 0; t < ticks; t++) {
    const i = Math.round((t * (days.length - 1)) / Math.max(1, ticks - 1));
    const d = days[i];
    if (!d) continue;
    chart.appendChild(svg('text', { x: (padL + i * w + w / 2).toFixed(1), y: height - 6, class: 'axis', 'text-anchor': 'middle' }, shortDay(d.key)));
  }
  return chart;
}

function shortDay(key: string): string {
  const label = dayLabel(key);
  return label.replace(/ \d{4}$/, '');
}

/** Rows keyed by YYYY-MM-DD, with the missing days between the first and last as zeros (at most two years). */
export function fillDays(rows: readonly Bar[]): Bar[] {
  const dated = rows.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.key)).sort((a, b) => (a.key < b.key ? -1 : 1));
  if (dated.length !== rows.length || dated.length === 0) return [...rows];
  const byKey = new Map(dated.map((r) => [r.key, r]));
  const out: Bar[] = [];
  const end = Date.parse(dated[dated.length - 1]!.key);
  for (let t = Date.parse(dated[0]!.key), n = 0; t <= end && n < 731; t += 86_400_000, n++) {
    const key = new Date(t).toISOString().slice(0, 10);
    out.push(byKey.get(key) ?? { key, value: 0 });
  }
  return out;
}
