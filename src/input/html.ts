import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../errors.js';

export interface HtmlArticle {
  readonly title: string | null;
  readonly text: string;
  readonly publishedAt: string | null;
  readonly url: string | null;
}

const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE', 'TR', 'FIGCAPTION', 'DD', 'DT']);

/** The main text of a news page (@mozilla/readability over linkedom), one paragraph per block, with its title and date. */
export function extractHtml(html: string, what = 'the page'): HtmlArticle {
  let document: Document;
  try {
    ({ document } = parseHTML(html) as unknown as { document: Document });
  } catch (err) {
    throw new InputError('input-unreadable', `${what} is not readable HTML: ${(err as Error).message}`);
  }
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const publishedAt = meta('meta[property="article:published_time"]') ?? meta('meta[name="pubdate"]')
    ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]')
    ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as never, { charThreshold: 100 }).parse();
  } catch {
    parsed = null;
  }
  let text = '';
  let title: string | null = null;
  if (parsed && parsed.content) {
    const { document: inner } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`) as unknown as { document: Document };
    text = blocksToText(inner.body);
    title = parsed.title?.trim() || null;
  }
  if (text.trim() === '') {
    // Readability found no article: fall back to the body's blocks.
    const body = document.body;
    if (body) {
      for (const el of Array.from(body.querySelectorAll('script,style,noscript,nav,header,footer'))) el.remove();
      text = blocksToText(body);
    }
    title = title ?? (document.querySelector('title')?.textContent?.trim() || null);
  }
  if (text.trim() === '') throw new InputError('input-empty', `${what} has no readable text`);
  return { title, text, publishedAt, url };
}

function blocksToText(root: Element): string {
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) paras.push(t);
    cur = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) { cur += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') return;
    if (el.tagName === 'BR') { cur += ' '; return; }
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paras.join('\n\n');
}
