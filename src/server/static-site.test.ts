import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../domain/calendar-date.js';
import { crawlSite, type StaticFile } from './static-site.js';

async function aSite(pages: Record<string, string>, redirects: Record<string, string> = {}) {
  const app = Fastify();
  for (const [path, body] of Object.entries(pages)) app.get(path, async (_request, reply) => reply.type('text/html; charset=utf-8').send(`<html lang="en"><body>${body}</body></html>`));
  for (const [from, to] of Object.entries(redirects)) app.get(from, async (_request, reply) => reply.redirect(to, 301));
  return app;
}

describe('crawling the site', () => {
  it('follows every same-site link once, writes a page for a redirect, and reports a link that does not answer', async () => {
    const app = await aSite({ '/': '<a href="/a?y=2&amp;x=1">a</a> <a href="/old">old</a> <a href="https://example.org/">out</a>', '/a': '<a href="/a?x=1&amp;y=2#top">again</a> <a href="/missing">gone</a>' }, { '/old': '/' });
    const written: StaticFile[] = [];
    const summary = await crawlSite(app, ['/'], { asOf: calendarDate('2025-06-01'), write: async (file) => void written.push(file) });
    expect(written.map((f) => f.file)).toEqual(['index.html', 'a/x=1&y=2.html', 'old/index.html']);
    expect(summary.files).toBe(3);
    expect(written[0]?.body.toString()).toContain('<a href="/a/x=1&amp;y=2.html">a</a> <a href="/old/">old</a>');
    expect(written[2]?.body.toString()).toContain('<meta http-equiv="refresh" content="0; url=/">');
    expect(summary.broken).toEqual(['/missing (404), linked from /a?x=1&y=2']);
    await app.close();
  });

  it('stops at a page that links to endless variants of itself', async () => {
    const app = Fastify();
    app.get('/', async (request, reply) => reply.type('text/html').send(`<a href="/?n=${Number((request.query as { n?: string }).n ?? 0) + 1}">next</a>`));
    await expect(crawlSite(app, ['/'], { asOf: calendarDate('2025-06-01'), write: async () => {}, maxFiles: 50 })).rejects.toThrow('more than 50 addresses to write (the last /?n=50, linked from /?n=49)');
    await app.close();
  });

  it('stops when an answer’s type is not what its file’s extension will tell the file server', async () => {
    const app = await aSite({ '/': '<a href="/data.json">data</a>', '/data.json': 'not json' });
    await expect(crawlSite(app, ['/'], { asOf: calendarDate('2025-06-01'), write: async () => {} })).rejects.toThrow('/data.json answers text/html, but its file data.json would be served as application/json');
    await app.close();
  });
});
