/**
 * Building the page without HTML strings: every piece of text from the store
 * goes in as a text node, so an article's "<script>" stays words on the page.
 * Attributes are set one by one; event handlers only as functions, never as
 * strings; links only to this page or to http(s) addresses.
 */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

export interface Attrs {
  readonly [name: string]: string | number | boolean | null | undefined | ((e: Event) => void);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') {
      if (!k.startsWith('on')) throw new Error(`attribute ${k} takes no function`);
      el.addEventListener(k.slice(2).toLowerCase(), v);
      continue;
    }
    if (k.startsWith('on') || k === 'style' || k === 'srcdoc') throw new Error(`attribute ${k} is not set from data`);
    if (k === 'href' || k === 'src' || k === 'xlink:href') {
      const url = String(v);
      if (!isSafeUrl(url)) continue;
    }
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** True for links this page may follow: its own routes (#/...) and http(s) addresses. */
export function isSafeUrl(url: string): boolean {
  if (url.startsWith('#') || (url.startsWith('/') && !url.startsWith('//'))) return true;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c as readonly Child[]);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

/** An HTML element with attributes and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

/** Replace the children of `el`. */
export function mount(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A short piece of text, cut at `max` characters. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
