import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillStore, fixtureAnalyses, xssArticle, XSS_MARKERS } from '../../src/api/fixture.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { DEMO_CORPUS, ingestJsonl } from '../../src/cli/demo.js';
import { createEngine } from '../../src/engine/engine.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';

/**
 * The web page in Debian's Chromium (never a downloaded browser): the demo
 * corpus plus articles with hand-made analyses (so that quotes, events and
 * places are there whatever the extractors find), served on loopback. Each
 * view is screenshot into test-results/web/.
 */

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
if (!HAS_CHROMIUM) console.log(`browser tests skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'test-results', 'web');

let tmp: string;
let store: SqliteStore;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
let ids: number[];
const problems: string[] = [];
const outside: string[] = [];

describe.skipIf(!HAS_CHROMIUM)('the web page in Chromium', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'newsgraph-web-'));
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: join(tmp, 'web'), emptyOutDir: true } });
    store = SqliteStore.open(join(tmp, 'store.db'));
    await ingestJsonl(store, createEngine(), DEMO_CORPUS);
    ids = await fillStore(store, [...fixtureAnalyses(), xssArticle()]);
    server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: join(tmp, 'web') });
    context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1360, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      outside.push(url.href);
      return route.abort();
    });
    page = context.pages()[0] ?? await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  async function open(hash: string, view: string): Promise<void> {
    await page.goto(`${server.url}/${hash}`);
    await ready(view);
  }
  async function ready(view: string): Promise<void> {
    await page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 15_000 });
  }
  /** Run an action that navigates within the same view, and wait for the new render (not the one already on screen). */
  async function rerender(view: string, action: () => Promise<unknown>): Promise<void> {
    const before = await page.getAttribute('body', 'data-render');
    await action();
    await page.waitForFunction(([v, b]) => document.body.dataset.ready === v && document.body.dataset.render !== b, [view, before] as const, { timeout: 15_000 });
  }
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it('opens on what the store holds', async () => {
    await open('', 'search');
    await expect.poll(() => page.locator('.tile b').first().textContent()).toBe(String(41 + 4));
    expect(await page.locator('ol.articles li').count()).toBe(25);
    await page.click('button.more');
    await expect.poll(() => page.locator('ol.articles li').count()).toBe(45);
    await shot('home');
  });

  it('searches, and opens an article with its facts marked and listed', async () => {
    await page.fill('form.search input', 'farmers Lyon');
    await rerender('search', () => page.press('form.search input', 'Enter'));
    const titles = await page.locator('.hits .title').allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['Test article lyon-march', 'Test article lyon-detention']));
    expect(await page.locator('.hits mark').count()).toBeGreaterThan(0);
    await shot('search');
    await page.click('.hits .title >> text=Test article lyon-march');
    await ready('article');
    expect(await page.locator('h1').textContent()).toBe('Test article lyon-march');
    for (const kind of ['entity', 'quote', 'figure', 'time', 'place', 'event']) {
      expect(await page.locator(`.text .m.k-${kind}`).count(), kind).toBeGreaterThan(0);
    }
    await page.locator('.text .m.k-figure', { hasText: '14 people' }).first().click();
    expect(await page.locator('.selection').textContent()).toMatch(/ARREST 14 people/);
    await shot('article');
  });

  it("goes from a quote's speaker to the actor's page", async () => {
    await page.click('.k-quote-list .speaker a');
    await ready('actor');
    expect(await page.locator('h1').textContent()).toBe('Claire Dubois');
    expect(await page.locator('.actor-view .quotes li').count()).toBe(2);
    expect(await page.locator('.actor-view svg.chart rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('.actor-view .events li.event').allTextContents()).toEqual([expect.stringMatching(/Accuse.*Paul Renard.*Claire Dubois/)]);
    await shot('actor');
  });

  it('filters the timeline, leaving hedged and negated events out unless asked', async () => {
    await open('#/timeline', 'timeline');
    expect(await page.locator('.timeline li.event').count()).toBeGreaterThan(0);
    await page.selectOption('form.filters select[name=type]', 'COERCE');
    await page.fill('form.filters input[name=country]', 'fra');
    await rerender('timeline', () => page.click('form.filters button[type=submit]'));
    expect(page.url()).toContain('type=COERCE');
    const badges = await page.locator('.timeline li.event .badge:not(.flag):not(.told)').allTextContents();
    expect(badges.length).toBeGreaterThanOrEqual(2);
    expect(new Set(badges)).toEqual(new Set(['Coerce']));
    // The Lyon detention, told by two articles, is one item with two sources.
    const lyon = page.locator('.timeline li.event', { hasText: 'Police detained 14 people' });
    expect(await lyon.getAttribute('data-tellings')).toBe('2');
    expect(await lyon.locator('.telling').textContent()).toContain('French police detained 14 farmers');
    await page.fill('form.filters input[name=country]', '');
    await page.selectOption('form.filters select[name=type]', 'ASSAULT');
    await rerender('timeline', () => page.click('form.filters button[type=submit]'));
    const before = await page.locator('.timeline li.event').allTextContents();
    expect(before.some((t) => t.includes('shelled'))).toBe(false);
    await page.check('form.filters input[name=modality]');
    await rerender('timeline', () => page.click('form.filters button[type=submit]'));
    const after = await page.locator('.timeline li.event').allTextContents();
    expect(after.some((t) => t.includes('shelled') && t.includes('negated'))).toBe(true);
    await open('#/timeline', 'timeline');
    await shot('timeline');
  });

  it('links an event to its sentence, marked in the article', async () => {
    await open(`#/timeline?type=AID&article=${ids[2]}`, 'timeline');
    await page.locator('.timeline li.event a.quote-line').first().click();
    await ready('article');
    expect(page.url()).toMatch(/#\/article\/\d+\?at=\d+-\d+/);
    expect(await page.locator('.text .m.focus').first().textContent()).toBe('pledged');
    expect(await page.locator('.sent-focus').textContent()).toContain('Germany pledged 300 million euros');
    await shot('article-at-event');
  });

  it('charts figures by day, each bar and line leading to its sentence', async () => {
    await open('#/figures?category=ARREST', 'figures');
    expect(await page.locator('.figures li.figure').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.figures-view svg.chart rect.bar:not(.empty)').count()).toBeGreaterThanOrEqual(2);
    await shot('figures');
    const bar = page.locator('.figures-view svg.chart rect.bar:not(.empty)').last();
    const words = (await bar.locator('title').textContent())!.split(' — ')[1]!;
    await bar.click();
    await ready('article');
    expect((await page.locator('.text .m.focus').allTextContents()).join('')).toBe(words);
  });

  it("lists a speaker's quotes", async () => {
    await open('#/quotes?speaker=dubois', 'quotes');
    expect(await page.locator('.quotes li.quote').count()).toBe(2);
    await shot('quotes');
    await open('#/?q=Claire%20Dubois', 'search');
    expect(await page.locator('.search-view .quotes li.quote').count()).toBe(2);
  });

  it('draws the map from the bundled world atlas, with events at their places', async () => {
    await open('#/map', 'map');
    expect(await page.locator('svg.world path.country').count()).toBeGreaterThan(150);
    expect(await page.locator('svg.world circle.spot').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg.world path.country.level1, svg.world path.country.level2, svg.world path.country.level3, svg.world path.country.level4').count()).toBeGreaterThan(0);
    expect(await page.locator('circle.spot[data-place="Berlin"]').count()).toBe(1);
    // Circles may overlap in Europe: the event is sent to the circle itself.
    await page.locator('circle.spot[data-place="Berlin"]').dispatchEvent('click');
    expect(await page.locator('.map-side h2').textContent()).toMatch(/^Berlin/);
    await page.click('.regions button:text("Europe")');
    expect(await page.locator('svg.world').getAttribute('viewBox')).not.toBe('0 0 960 500');
    await shot('map-europe');
    await page.click('.regions button:text("World")');
    await shot('map');
  });

  it('draws the actor network, edges coloured by quad class', async () => {
    await open('#/network', 'network');
    expect(await page.locator('svg.network .node').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('svg.network path.edge').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('svg.network path.edge.quad4').count()).toBeGreaterThan(0);
    await shot('network');
    await page.locator('svg.network .node', { has: page.locator('text', { hasText: /^Germany$/ }) }).first().click();
    await ready('actor');
    expect(await page.locator('h1').textContent()).toBe('Germany');
  });

  it('shows markup in an article as text and runs none of it', async () => {
    await open(`#/article/${ids[3]}`, 'article');
    const text = await page.locator('article .text').textContent();
    for (const m of XSS_MARKERS) expect(text).toContain(m);
    expect(await page.locator('article .text img, article .text script').count()).toBe(0);
    await page.locator('.text .m.k-quote').first().click();
    expect(await page.locator('.selection').textContent()).toContain('police');
    await open(`#/actor/${await actorId('police <b>unit</b>')}`, 'actor');
    expect(await page.locator('h1').textContent()).toBe('police <b>unit</b>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    await open(`#/article/${ids[3]}`, 'article');
    await shot('xss');
  });

  it('made no request outside loopback and met no script error', () => {
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });
});

async function actorId(name: string): Promise<number> {
  const res = await fetch(`${server.url}/api/actors?name=${encodeURIComponent(name)}`);
  const body = (await res.json()) as { items: { id: number; name: string }[] };
  return body.items.find((a) => a.name === name)!.id;
}
