/**
 * Cutting an article's text into pieces for display: a piece starts or ends
 * wherever a sentence or a marked span does, so that each piece lies in one
 * sentence and is covered by a fixed set of spans (which may nest or overlap).
 */

export interface Mark {
  readonly start: number;
  readonly end: number;
}

export interface Piece {
  readonly start: number;
  readonly end: number;
  /** Index of the sentence holding the piece, or -1 between sentences. */
  readonly sentence: number;
  /** Indexes (into the marks given) of the marks covering the piece. */
  readonly marks: readonly number[];
}

export function pieces(length: number, sentences: readonly Mark[], marks: readonly Mark[]): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const s of sentences) cuts.add(clamp(s.start, length)).add(clamp(s.end, length));
  for (const m of marks) cuts.add(clamp(m.start, length)).add(clamp(m.end, length));
  const points = [...cuts].sort((a, b) => a - b);

  // Marks sorted by start, swept with the pieces: each piece holds the open marks.
  const order = marks.map((_, i) => i).sort((a, b) => marks[a]!.start - marks[b]!.start);
  const open = new Set<number>();
  let next = 0;
  let sentence = 0;
  const out: Piece[] = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p]!;
    const end = points[p + 1]!;
    while (next < order.length && marks[order[next]!]!.start <= start) open.add(order[next++]!);
    for (const i of open) if (marks[i]!.end <= start) open.delete(i);
    while (sentence < sentences.length && sentences[sentence]!.end <= start) sentence++;
    const s = sentences[sentence];
    const inSentence = s !== undefined && s.start <= start && end <= s.end ? sentence : -1;
    out.push({ start, end, sentence: inSentence, marks: [...open].filter((i) => marks[i]!.end > start).sort((a, b) => a - b) });
  }
  return out;
}

function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(length, n));
}
