import { createHash } from 'node:crypto';

/**
 * The keys that find an article again: a hash of its normalized text (so that
 * the same story with other spacing, case or punctuation is one article), its
 * normalized URL, and the key of the extractor versions that analysed it.
 */

/** Text reduced to lower-case letters and digits separated by single spaces. */
export function normalizeForHash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** SHA-256 of the normalized text, base64url, 22 characters (128 bits). */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('base64url').slice(0, 22);
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|ref|ref_src|src|smid|sr_share)$/i;

/**
 * A URL as a deduplication key: lower-case scheme and host without "www.",
 * no fragment, no tracking parameters (utm_*, fbclid...), remaining
 * parameters sorted, no trailing slash; http and https are the same. Null
 * for anything that is not an http(s) URL.
 */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...u.searchParams.entries()].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = u.pathname.replace(/\/+$/, '');
  const port = u.port && u.port !== '80' && u.port !== '443' ? `:${u.port}` : '';
  return `${host}${port}${path}${query}`;
}

/** The publisher of a URL: its host without "www.", or null. */
export function sourceOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase().replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Extractor versions as one comparable string: names sorted, name@version joined by spaces. */
export function versionsKey(versions: Readonly<Record<string, string>>): string {
  return Object.keys(versions).sort().map((k) => `${k}@${versions[k]}`).join(' ');
}

/** The calendar day (YYYY-MM-DD) of an ISO date or date-time, as written; null otherwise. */
export function dayOf(date: string | null | undefined): string | null {
  if (!date) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
}
