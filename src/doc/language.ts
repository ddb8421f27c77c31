/**
 * A cheap English check: the share of very common English function words
 * among the first words of the text. News in English sits far above the
 * threshold (~0.25-0.45); other Latin-script languages sit near zero.
 */
const FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'on', 'it', 'with', 'as', 'was', 'he', 'she',
  'by', 'at', 'from', 'his', 'her', 'an', 'have', 'has', 'had', 'are', 'were', 'be', 'been', 'said', 'they',
  'this', 'not', 'but', 'or', 'which', 'who', 'will', 'would', 'their', 'its', 'we', 'after', 'than',
]);

export function detectLanguage(words: readonly string[]): string {
  const n = Math.min(words.length, 400);
  if (n < 8) return 'en';
  let hits = 0;
  let counted = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    if (!/[a-zà-ÿ]/i.test(w)) continue;
    counted++;
    if (FUNCTION_WORDS.has(w)) hits++;
  }
  if (counted < 8) return 'en';
  return hits / counted >= 0.08 ? 'en' : 'und';
}
