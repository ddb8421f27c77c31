import { describe, expect, it } from 'vitest';
import { contentHash, dayOf, sourceOfUrl, urlKey, versionsKey } from './keys.js';

describe('urlKey', () => {
  it.each([
    ['https://www.example.com/world/story-1?utm_source=rss&utm_medium=feed', 'example.com/world/story-1'],
    ['http://example.com/world/story-1/', 'example.com/world/story-1'],
    ['https://EXAMPLE.com/world/story-1#comments', 'example.com/world/story-1'],
    ['https://example.com/story?id=7&b=2&fbclid=abc', 'example.com/story?b=2&id=7'],
    ['https://example.com:8443/a', 'example.com:8443/a'],
    ['ftp://example.com/a', null],
    ['not a url', null],
    ['', null],
  ])('%s -> %s', (url, key) => {
    expect(urlKey(url)).toBe(key);
  });
});

describe('contentHash', () => {
  it.each([
    ['The minister resigned on Monday.', 'the minister resigned on monday', true],
    ['The minister resigned on Monday.', 'The  minister\nresigned on Monday!', true],
    ['The minister resigned on Monday.', 'The minister resigned on Tuesday.', false],
  ])('"%s" and "%s" hash alike: %s', (a, b, same) => {
    expect(contentHash(a) === contentHash(b)).toBe(same);
    expect(contentHash(a)).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('small keys', () => {
  it.each([
    [sourceOfUrl('https://www.news.example.org/a/b'), 'news.example.org'],
    [sourceOfUrl('mailto:x@y.z'), null],
    [dayOf('2022-09-21T23:10:00+03:00'), '2022-09-21'],
    [dayOf('2022-09'), null],
    [dayOf(null), null],
    [versionsKey({ quotes: '1.0.1', document: '1.0.0' }), 'document@1.0.0 quotes@1.0.1'],
  ])('%s is %s', (got, expected) => {
    expect(got).toBe(expected);
  });
});
