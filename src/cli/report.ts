import type { AnalysisJSON, Span } from '../analysis/format.js';

const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');
const at = (s: Span) => `@${s.start}`;

/** A plain-text report of one analysis that a person can check at a glance. */
export function textReport(a: AnalysisJSON): string {
  const out: string[] = [];
  const actorName = (id: string | null) => {
    if (id === null) return '-';
    const x = a.actors.find((y) => y.id === id);
    return x ? `${x.name}${x.code ? ` [${x.code}]` : ''}` : id;
  };
  out.push(`== ${a.id}${a.title ? ` — ${a.title}` : ''}`);
  out.push(`published ${a.publishedAt ?? 'unknown'} · language ${a.language} · ${a.sentences.length} sentences · ${a.text.length} chars`);
  out.push(`tone ${a.tone.score.toFixed(2)} (positive ${a.tone.positive.toFixed(2)}, negative ${a.tone.negative.toFixed(2)})`);

  out.push('', `Actors (${a.actors.length})`);
  for (const x of a.actors) {
    const ms = [...new Set(x.mentions.map((m) => m.text))].map((t) => JSON.stringify(t)).join(', ');
    out.push(`  ${x.id.padEnd(4)} ${x.name} — ${x.kind}, ${x.country ?? '?'} ${x.sector ?? ''}${x.code ? ` (${x.code})` : ''}`);
    out.push(`       mentions: ${clip(ms, 120)}`);
  }
  out.push('', `Quotes (${a.quotes.length})`);
  for (const q of a.quotes) {
    const who = q.speaker ? `${q.speaker.text}${q.speaker.actor ? ` → ${actorName(q.speaker.actor)}` : ''}` : '(no speaker)';
    out.push(`  ${q.kind.padEnd(8)} ${who}, cue ${q.cue ? JSON.stringify(q.cue.text) : '-'}: “${clip(q.text)}” ${at(q)}`);
  }
  out.push('', `Events (${a.events.length})`);
  for (const e of a.events) {
    const mod = [e.modality.negated && 'negated', e.modality.hedged && 'hedged', e.modality.future && 'future'].filter(Boolean).join(',');
    const what = e.type ? `${e.type}${e.mode ? `/${e.mode}` : ''}` : (e.category ?? '?');
    out.push(`  ${what.padEnd(22)} cameo ${e.cameo ?? '-'} q${e.quad ?? '-'} g${e.goldstein ?? '-'}  ${actorName(e.actor)} → ${actorName(e.target)}`);
    out.push(`       "${clip(e.trigger.text, 60)}" date ${e.date ?? '-'} place ${e.place?.text ?? '-'}${mod ? ` [${mod}]` : ''}${e.acled ? ` ACLED ${e.acled.type} / ${e.acled.subType}` : ''}`);
  }
  out.push('', `Figures (${a.figures.length})`);
  for (const f of a.figures) {
    const v = Array.isArray(f.value) ? `${f.value[0]}–${f.value[1]}` : String(f.value);
    out.push(`  ${f.approx} ${v}${f.unit ? ` ${f.unit}` : ''}  ${f.category.padEnd(8)} subject ${f.subject ?? '-'}  “${clip(f.text, 60)}”`);
  }
  out.push('', `Times (${a.times.length})`);
  for (const t of a.times) out.push(`  ${t.type.padEnd(8)} ${t.value.padEnd(12)} “${t.text}” ${at(t)}`);
  out.push('', `Places (${a.places.length})`);
  for (const p of a.places) {
    const ll = p.lat !== null && p.lon !== null ? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : 'no coordinates';
    out.push(`  “${p.text}” → ${p.name} (${p.featureType}, ${p.country ?? '?'}) ${ll}`);
  }
  out.push('', `Entities (${a.entities.length})`);
  const byType = new Map<string, string[]>();
  for (const e of a.entities) byType.set(e.type, [...(byType.get(e.type) ?? []), e.text]);
  for (const [t, names] of byType) out.push(`  ${t.padEnd(7)} ${clip([...new Set(names)].join(', '), 110)}`);
  if (a.diagnostics.length) {
    out.push('', `Diagnostics (${a.diagnostics.length})`);
    for (const d of a.diagnostics) out.push(`  ${d.code} @${d.start}-${d.end}: ${d.message}`);
  }
  return out.join('\n') + '\n';
}
