import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { clip, h, isSafeUrl, svg } from './dom.js';

beforeAll(() => {
  const { document, Node } = parseHTML('<!doctype html><html><body></body></html>');
  Object.assign(globalThis, { document, Node });
});

describe('h', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ['"><img src=x onerror="alert(1)">'],
    ['Tom & Jerry <b>bold</b>'],
  ])('puts %s into the page as text', (text) => {
    const el = h('p', { title: text }, text);
    expect(el.textContent).toBe(text);
    expect(el.children.length).toBe(0);
    expect(el.getAttribute('title')).toBe(text);
    expect(el.innerHTML).not.toContain('<');
  });

  it.each([
    ['javascript:alert(1)', false], ['JAVASCRIPT:alert(1)', false], ['data:text/html,<script>x</script>', false], ['vbscript:x', false],
    ['//evil.example/x', false], ['https://news.example/a?b=1', true], ['http://news.example/', true], ['#/article/3?at=1-4', true], ['/openapi.json', true],
  ])('follows %s: %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
    expect(h('a', { href: url }, 'x').hasAttribute('href')).toBe(safe);
  });

  it.each([['onclick'], ['onmouseover'], ['style'], ['srcdoc']])('refuses the attribute %s as text', (name) => {
    expect(() => h('div', { [name]: 'alert(1)' })).toThrow(/not set from data/);
  });

  it('takes event handlers as functions, and skips empty attributes', () => {
    let clicked = 0;
    const b = h('button', { onclick: () => { clicked++; }, hidden: false, title: null, disabled: true });
    b.dispatchEvent(new (globalThis.document.defaultView as unknown as typeof globalThis).Event('click'));
    expect(clicked).toBe(1);
    expect(b.hasAttribute('hidden')).toBe(false);
    expect(b.hasAttribute('title')).toBe(false);
    expect(b.getAttribute('disabled')).toBe('');
  });

  it('flattens children and leaves out null, undefined and false', () => {
    expect(h('p', null, 'a', [1, null, ['b', false]], undefined, h('b', null, 'c')).textContent).toBe('a1bc');
  });

  it('makes SVG elements in the SVG namespace', () => {
    expect(svg('circle', { r: 3 }).namespaceURI).toBe('http://www.w3.org/2000/svg');
  });
});

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['  spaced \n out  ', 20, 'spaced out'],
    ['a long sentence here', 10, 'a long se…'],
  ])('clip(%j, %i)', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});
