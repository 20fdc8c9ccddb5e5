/// <reference lib="dom" />
// The editor's pages in a real browser, under the site's Content Security Policy and with its
// SameSite=Strict cookies: an editor signs in through the form, pastes Tonga's accession
// notification, checks the filled form and proposes it; axe-core finds nothing on each page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorHarness, password, type Harness } from '../editor-harness.js';
import { browserAvailable, launchBrowser } from './browser.js';

describe.skipIf(!browserAvailable)('the editor\'s pages in a browser', () => {
  let h: Harness;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    h = await editorHarness(1);
    base = await h.servers[0]!.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(axe.source);
    return page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `axe ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
  }

  it('signs in, fills the form from a pasted notification, proposes; every page passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${base}/editor`);
    expect(new URL(page.url()).pathname).toBe('/editor/sign-in');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Email').fill('editor@example.org');
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/editor`);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Paste a depositary notification').fill(readFileSync(join(import.meta.dirname, '..', 'cases', 'notifications', 'apmbc-tonga-accession.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Fill the form from it' }).click();
    await page.waitForLoadState();
    expect(await page.getByLabel('State', { exact: true }).inputValue()).toBe('TON');
    expect(await page.getByLabel('Kind', { exact: true }).inputValue()).toBe('accession');
    expect(await page.getByLabel(/^Date deposited/).inputValue()).toBe('2025-06-25');
    await page.getByLabel(/^Source URL/).fill('https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26');
    await page.getByRole('button', { name: 'Propose' }).click();
    await page.waitForURL(/\/editor\?done=\d+$/);
    expect(await page.locator('table.proposals').innerText()).toMatch(/apmbc TON: add accession 2025-06-25\s+proposed\s+editor@example.org/);

    await page.goto(`${base}/editor/audit`);
    expect(await page.locator('table.audit').innerText()).toMatch(/propose/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
