import type { AnalysisJSON } from './format.js';

/**
 * Every problem with an analysis's spans and references, as messages: a span
 * whose text is not text.slice(start, end), an actor id that does not exist.
 * Used by tests and the evaluation; an empty list means the contract holds.
 */
export function validateAnalysis(a: AnalysisJSON): string[] {
  const problems: string[] = [];
  const actorIds = new Set(a.actors.map((x) => x.id));
  const checkSpan = (where: string, s: { start: number; end: number; text?: string }) => {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= a.text.length && s.start <= s.end)) {
      problems.push(`${where}: bad offsets ${s.start}-${s.end}`);
    } else if (s.text !== undefined && a.text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where}: text ${JSON.stringify(s.text)} != slice ${JSON.stringify(a.text.slice(s.start, s.end))}`);
    }
  };
  const checkActor = (where: string, id: string | null) => {
    if (id !== null && !actorIds.has(id)) problems.push(`${where}: unknown actor ${id}`);
  };
  a.sentences.forEach((s, i) => checkSpan(`sentences[${i}]`, s));
  a.entities.forEach((e, i) => { checkSpan(`entities[${i}]`, e); checkActor(`entities[${i}].actor`, e.actor); });
  a.actors.forEach((x, i) => x.mentions.forEach((m, j) => checkSpan(`actors[${i}].mentions[${j}]`, m)));
  a.quotes.forEach((q, i) => {
    checkSpan(`quotes[${i}]`, q);
    if (q.speaker) { checkSpan(`quotes[${i}].speaker`, q.speaker); checkActor(`quotes[${i}].speaker.actor`, q.speaker.actor); }
    if (q.cue) checkSpan(`quotes[${i}].cue`, q.cue);
  });
  a.figures.forEach((f, i) => checkSpan(`figures[${i}]`, f));
  a.times.forEach((t, i) => checkSpan(`times[${i}]`, t));
  a.places.forEach((p, i) => checkSpan(`places[${i}]`, p));
  a.events.forEach((e, i) => {
    checkSpan(`events[${i}]`, e);
    checkSpan(`events[${i}].trigger`, e.trigger);
    if (e.place) checkSpan(`events[${i}].place`, e.place);
    checkActor(`events[${i}].actor`, e.actor);
    checkActor(`events[${i}].target`, e.target);
  });
  a.diagnostics.forEach((d, i) => checkSpan(`diagnostics[${i}]`, d));
  return problems;
}
