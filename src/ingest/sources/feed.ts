import { DOMParser } from 'linkedom';

/** One item of an RSS or Atom feed. */
export interface FeedItem {
  readonly title: string | null;
  readonly link: string | null;
  readonly guid: string | null;
  readonly publishedAt: string | null;
  /** The item's HTML: content:encoded or Atom content, else the description/summary. */
  readonly html: string | null;
}

export interface Feed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** True when the text looks like an RSS, RDF or Atom document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000);
  return /<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

type El = Element;

const first = (el: El, ...names: string[]): El | null => {
  for (const n of names) {
    const x = el.getElementsByTagName(n)[0];
    if (x) return x as El;
  }
  return null;
};
const textOf = (el: El | null): string | null => {
  const t = el?.textContent?.trim();
  return t ? t : null;
};

/** Parse an RSS 2.0, RSS 1.0 (RDF) or Atom feed; null when the text is not one. */
export function parseFeed(xml: string): Feed | null {
  if (!looksLikeFeed(xml)) return null;
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  } catch {
    return null;
  }
  const root = doc.documentElement as El | null;
  if (!root) return null;
  const atom = root.tagName.toLowerCase() === 'feed';
  const entries = Array.from(root.getElementsByTagName(atom ? 'entry' : 'item')) as El[];
  const channel = atom ? root : first(root, 'channel') ?? root;
  const title = textOf(Array.from(channel.children).find((c) => c.tagName.toLowerCase() === 'title') ?? null);
  const items = entries.map((e): FeedItem => {
    const link = atom ? atomLink(e) : textOf(first(e, 'link')) ?? textOf(first(e, 'guid'));
    return {
      title: textOf(first(e, 'title')),
      link,
      guid: textOf(first(e, atom ? 'id' : 'guid')),
      publishedAt: textOf(first(e, 'pubDate', 'published', 'dc:date', 'updated')),
      html: textOf(first(e, 'content:encoded', 'content')) ?? textOf(first(e, 'description', 'summary')),
    };
  });
  return { title, items };
}

function atomLink(e: El): string | null {
  const links = Array.from(e.getElementsByTagName('link')) as El[];
  const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alt?.getAttribute('href')?.trim() || null;
}

/** Characters of visible text in an HTML fragment (tags and entities aside). */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ').trim().length;
}
