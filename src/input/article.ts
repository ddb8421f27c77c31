import { z } from 'zod';
import { InputError } from '../errors.js';

/** An input article, as the analysis format's input section defines it. */
export interface ArticleInput {
  readonly id?: string;
  readonly text: string;
  readonly title?: string | null;
  readonly publishedAt?: string | null;
  readonly url?: string | null;
}

/** The largest text analysed, in UTF-16 code units (about 5 MB of English): news articles are far smaller. */
export const DEFAULT_MAX_CHARS = 5_000_000;

export const articleSchema = z.object({
  id: z.union([z.string(), z.number()]).optional().transform((v) => (v === undefined ? undefined : String(v))),
  text: z.string({ error: (iss) => (iss.input === undefined ? 'missing "text"' : '"text" must be a string') }),
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
  url: z.string().nullish(),
}).loose();

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A publication date as the format writes it: "2022-09-22" or an ISO
 * date-time. Throws InputError on anything else, so that a mistyped date is
 * reported rather than silently ignored.
 */
export function normalizePublishedAt(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = value.trim();
  const m = DATE_RE.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const dt = new Date(Date.UTC(y, mo - 1, d));
    if (dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d) {
      return m[4] === undefined ? `${m[1]}-${m[2]}-${m[3]}` : v.replace(' ', 'T');
    }
  }
  // RFC 822 dates as RSS writes them ("Thu, 22 Sep 2022 10:00:00 GMT").
  if (/^[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4}/.test(v)) {
    const t = Date.parse(v);
    if (!Number.isNaN(t)) return new Date(t).toISOString().replace('.000Z', 'Z');
  }
  throw new InputError('input-invalid', `publishedAt "${value}" is not a date (expected YYYY-MM-DD or an ISO date-time)`);
}

/** Check an article before analysis; throws InputError with a stable code on input that cannot be analysed. */
export function checkArticle(a: ArticleInput, maxChars = DEFAULT_MAX_CHARS): void {
  if (typeof a.text !== 'string') throw new InputError('input-invalid', 'the article has no "text" string');
  if (a.text.trim() === '') throw new InputError('input-empty', 'the article text is empty');
  if (a.text.length > maxChars) {
    throw new InputError('input-too-large', `the article text has ${a.text.length} characters, more than the limit of ${maxChars}`);
  }
  if (looksBinary(a.text)) throw new InputError('input-binary', 'the article text looks binary (NUL or many control characters)');
}

/** True for text with a NUL or more than 1% control characters in its first 64 KB. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  return ctrl > n / 100;
}
