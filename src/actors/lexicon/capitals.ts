/** Parse data/actors/capitals.tsv (capital key<TAB>ISO alpha-3) into [key, country] pairs. */
export function parseCapitals(tsv: string): [string, string][] {
  const out: [string, string][] = [];
  for (const [n, line] of tsv.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [key, country, extra] = line.split('\t');
    if (!key || !country || !/^[A-Z]{3}$/.test(country) || extra !== undefined) {
      throw new Error(`actors/capitals.tsv line ${n + 1}: expected capital<TAB>ISO alpha-3, got "${line}"`);
    }
    out.push([key, country]);
  }
  return out;
}
