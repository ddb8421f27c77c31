/**
 * A search box's text as terms: words, and "quoted phrases" kept together.
 * Every term must match (AND). Letters and digits only: operators and
 * punctuation of the text are not passed to the database's query syntax.
 */
export function searchTerms(text: string): string[][] {
  const out: string[][] = [];
  const re = /"([^"]*)"|([^\s"]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words = (m[1] ?? m[2] ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length) out.push(words);
  }
  return out;
}

/** Terms as an FTS5 query: each phrase quoted, all required. */
export function fts5Query(terms: readonly string[][]): string {
  return terms.map((t) => `"${t.join(' ')}"`).join(' AND ');
}

/** Terms as a PostgreSQL tsquery text for to_tsquery('english', ...): phrases with <->, all required. */
export function tsQuery(terms: readonly string[][]): string {
  return terms.map((t) => (t.length === 1 ? t[0]! : `(${t.join(' <-> ')})`)).join(' & ');
}
