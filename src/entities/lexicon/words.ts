/** Parse data/entities/words.tsv: `class<TAB>entry|entry|...` lines, `#` comments. */
export function readWordClasses(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const cls = line.slice(0, tab).trim();
    const list = out.get(cls) ?? [];
    list.push(...line.slice(tab + 1).split('|').map((s) => s.trim()).filter(Boolean));
    out.set(cls, list);
  }
  return out;
}
