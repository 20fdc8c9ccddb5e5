/// <reference lib="dom" />
// End to end: the real server on loopback, a real browser, axe-core, screenshots at desktop
// and phone widths, and the page working with the keyboard and without JavaScript.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../site-harness.js';
import { browserAvailable, launchBrowser } from './browser.js';

const screenshots = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

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

  async function open(path: string, viewport: keyof typeof viewports, javaScript = true): Promise<Page> {
    // bypassCSP only so that axe can be injected; the pages themselves run no script.
    const context = await browser.newContext({ viewport: viewports[viewport], bypassCSP: true, javaScriptEnabled: javaScript });
    const page = await context.newPage();
    const response = await page.goto(`${base}${path}`);
    expect(response?.status()).toBe(200);
    return page;
  }

  async function axeViolations(page: Page) {
    await page.evaluate(axe.source);
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
  }

  const pages = ['/en/?asOf=2015-06-01', '/en/', '/fr/', '/es/?asOf=1999-03-01', '/en/states', '/fr/states?status=withdrawn', '/en/states/AUS', '/es/states/SSD'];

  it.each(pages)('has no axe violations: %s', async (path) => {
    const page = await open(path, 'desktop');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it.each(Object.keys(viewports) as (keyof typeof viewports)[])('screenshots the status page at %s width, without horizontal scrolling', async (viewport) => {
    const page = await open('/en/?asOf=2015-06-01', viewport);
    await page.screenshot({ path: join(screenshots, `status-${viewport}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('takes a keyboard user past the navigation with the skip link', async () => {
    const page = await open('/en/', 'desktop');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.context().close();
  });

  it('lets a keyboard user skip the links of the map', async () => {
    const page = await open('/en/', 'desktop');
    await page.focus('a.skip-inline');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after-map');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('svg'))).toBeNull();
    await page.context().close();
  });

  it('changes the date with the plain form, JavaScript off', async () => {
    const page = await open('/en/', 'desktop', false);
    await page.fill('#asOf', '2015-06-01');
    await Promise.all([page.waitForURL(/asOf=2015-06-01/), page.click('form.as-of-form button')]);
    expect(await page.textContent('main')).toContain('162 States have ratified or acceded to the Convention.');
    await page.context().close();
  });
});
