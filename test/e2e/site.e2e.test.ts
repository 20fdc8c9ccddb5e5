/// <reference lib="dom" />
// End to end: the real server on loopback, a real browser with the site's Content Security
// Policy in force, at desktop and phone widths in every language: axe-core, the console, text
// that is cut off, spills out or is too small, labels away from their controls, and the page
// working with the keyboard and without JavaScript. One browser, one context per width, many
// checks per page load: this runs inside `npm test`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../site-harness.js';
import { browserAvailable, launchBrowser } from './browser.js';
import { readingProblems } from './reading-checks.js';

const screenshots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
type Viewport = keyof typeof viewports;
const languages = ['en', 'fr', 'es'] as const;
const minFontPx = 12;

/** Every kind of page, the status page on three dates; `kind` is the index in this list. */
const kinds = ['/apmbc/', '/apmbc/?asOf=2015-06-01', '/apmbc/?asOf=1999-03-01', '/apmbc/states', '/apmbc/states/AUS', '/apmbc/states/UKR', '/states/AUS', '/apmbc/changes?from=2025-06-01&to=2026-03-01'];
const pages = languages.flatMap((lang, l) => kinds.map((path, kind) => ({ lang, path: `/${lang}${path}`, kind, l })));
const isStatusPage = (kind: number) => kind < 3;
// axe takes one to three seconds on a large page, most of this test's time, and the pages of a
// kind have one structure in every language. At desktop width it sees every kind of page, each
// in one language; at phone width, the three whose layout changes most (status, table, profile),
// each in another language.
const axeOnPhone: ReadonlyMap<number, number> = new Map([
  [0, 1], // the status page in French
  [3, 2], // the States table in Spanish
  [5, 0], // Ukraine's profile in English
]);
const runsAxe = (viewport: Viewport, { kind, l }: { kind: number; l: number }) =>
  viewport === 'desktop' ? kind % languages.length === l : axeOnPhone.get(kind) === l;
// Full-page screenshots of the status page for a person to look at: every language on a phone.
const screenshot = (viewport: Viewport, { kind, l }: { kind: number; l: number }) => kind === 0 && (viewport === 'phone' || l === 0);
/** Large numbers as each language writes them: the stockpile list on the status page. */
const threeMillion: Readonly<Record<(typeof languages)[number], RegExp>> = { en: /3,000,000/, fr: /3[\u00a0\u202f]000[\u00a0\u202f]000/, es: /3\.000\.000/ };

describe.skipIf(!browserAvailable)('the site in a browser', () => {
  let app: FastifyInstance;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    app = await testServer();
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
    mkdirSync(screenshots, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  // The CSP stays in force: axe is injected through the DevTools protocol, which it does not
  // govern. esbuild names functions with __name(); functions passed to the page need it there.
  async function newContext(viewport: Viewport, javaScript = true): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: viewports[viewport], javaScriptEnabled: javaScript });
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    return context;
  }

  async function open(path: string, viewport: Viewport, javaScript = true): Promise<Page> {
    const page = await (await newContext(viewport, javaScript)).newPage();
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `axe ${v.id} (${v.impact ?? ''}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
  }

  /** Every page at one width: what is wrong with each, by path; the favicon's responses. */
  async function readAll(viewport: Viewport): Promise<{ problems: Record<string, string[]>; favicon: number[] }> {
    const context = await newContext(viewport);
    const page = await context.newPage();
    const problems: Record<string, string[]> = {};
    const favicon: number[] = [];
    let current: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) current.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => current.push(`page error: ${error.message}`));
    // Going on to the next page aborts what the last one still loads (its favicon): not a failure.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') current.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.url().endsWith('/assets/favicon.svg')) favicon.push(response.status());
      if (response.status() >= 400) current.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    for (const { lang, path, kind, l } of pages) {
      current = [];
      const response = await page.goto(`${base}${path}`);
      if (response?.status() !== 200) current.push(`HTTP ${response?.status()}`);
      // The timeline is an image (a <picture> of two layouts): the one the browser chose for the
      // width must load.
      let timeline: { readonly src: string; readonly width: number } | null = null;
      if (isStatusPage(kind)) {
        const image = page.locator('.figure img.timeline');
        await image.scrollIntoViewIfNeeded();
        timeline = await image.evaluate(async (img: HTMLImageElement) => {
          await img.decode();
          return { src: img.currentSrc, width: img.getBoundingClientRect().width };
        });
        const layout = /timeline-(wide|narrow)\.svg/.exec(timeline.src)?.[1];
        if (layout !== (viewport === 'desktop' ? 'wide' : 'narrow')) current.push(`the timeline shown is ${timeline.src}`);
      }
      if (screenshot(viewport, { kind, l })) await page.screenshot({ path: join(screenshots, `status-${lang}-${viewport}.png`), fullPage: true });
      if (runsAxe(viewport, { kind, l })) current.push(...(await axeViolations(page)));
      // The image's text is then read as the page's own is: that SVG drawn inline in its place, at
      // the width the image is shown (nothing outside its drawing, nothing below 12 px).
      if (timeline !== null) {
        await page.evaluate(async ({ src, width }) => {
          const picture = document.querySelector('.figure picture');
          if (picture === null) return;
          picture.outerHTML = await (await fetch(src)).text();
          const svg = document.querySelector<SVGSVGElement>('.figure > svg.timeline');
          if (svg !== null) svg.style.width = `${width}px`;
        }, timeline);
      }
      const found = await page.evaluate(readingProblems, minFontPx);
      if (found.pageOverflow > 0) current.push(`the page scrolls sideways by ${found.pageOverflow}px`);
      current.push(
        ...found.clipped.map((p) => `cut off: ${p}`),
        ...found.scrolling.map((p) => `a table that does not fit: ${p}`),
        ...found.outsideSvg.map((p) => `outside its SVG: ${p}`),
        ...found.tooSmall.map((p) => `below ${minFontPx}px: ${p}`),
        ...found.labelsApart.map((p) => `label away from its control: ${p}`),
      );
      if (kind === 0) {
        const stockpiles = await page.locator('main ol').innerText();
        if (!threeMillion[lang].test(stockpiles)) current.push(`no ${threeMillion[lang].source} in the stockpile list: ${stockpiles.slice(0, 200)}`);
      }
      if (current.length > 0) problems[path] = current;
    }
    await context.close();
    return { problems, favicon };
  }

  it.concurrent.each(Object.keys(viewports) as Viewport[])(
    'reads well at %s width in every language: axe, console, nothing cut off, overflowing or too small',
    async (viewport) => {
      const { problems, favicon } = await readAll(viewport);
      expect(problems).toEqual({});
      expect(favicon.length).toBeGreaterThan(0);
      expect(favicon.every((status) => status === 200)).toBe(true);
    },
    90_000,
  );

  it('sends the first release\'s addresses to the treaty\'s pages', async () => {
    for (const [from, to] of [
      ['/en/states', '/en/apmbc/states'],
      ['/fr/?asOf=2015-06-01', '/fr/apmbc/?asOf=2015-06-01'],
      ['/es/states?status=withdrawn', '/es/apmbc/states?status=withdrawn'],
    ]) {
      const response = await fetch(`${base}${from}`, { redirect: 'manual' });
      expect([from, response.status, response.headers.get('location')]).toEqual([from, 301, to]);
    }
  });

  it('takes a keyboard user past the navigation with the skip link', async () => {
    const page = await open('/en/apmbc/', 'desktop');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.focus('a.skip-inline');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after-map');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg'))).toBeNull();
    await page.context().close();
  });

  it('rings a State of the map in focus, from the stylesheet', async () => {
    const page = await open('/en/apmbc/', 'phone');
    await page.focus('.world-map a[href*="/AUS"]');
    const ring = await page.evaluate(() => {
      const shape = document.querySelector('.world-map a[href*="/AUS"] > use');
      const style = shape === null ? null : getComputedStyle(shape);
      return style === null ? null : [style.stroke, style.strokeWidth];
    });
    expect(ring).toEqual(['rgb(0, 0, 0)', '2px']);
    await page.context().close();
  });

  it('changes the date with the plain form, JavaScript off', async () => {
    const page = await open('/en/apmbc/', 'desktop', false);
    await page.fill('#asOf', '2015-06-01');
    await Promise.all([page.waitForURL(/asOf=2015-06-01/), page.click('form.as-of-form button')]);
    expect(await page.textContent('main')).toContain('162 States have ratified or acceded to the Convention');
    await page.context().close();
  });
});
