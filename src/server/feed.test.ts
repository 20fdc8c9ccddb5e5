import type { FastifyInstance } from 'fastify';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedSite, testServer } from '../../test/site-harness.js';
import { calendarDate } from '../domain/calendar-date.js';
import { createServer } from './create-server.js';
import { feedEntries } from './feed.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testServer('2026-11-26');
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

interface Link {
  readonly '@_rel': string;
  readonly '@_href': string;
  readonly '@_type'?: string;
}
interface Entry {
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly summary: string;
  readonly link: readonly Link[];
}
interface Feed {
  readonly '@_xmlns': string;
  readonly '@_xml:lang': string;
  readonly id: string;
  readonly title: string;
  readonly updated: string;
  readonly author: { readonly name: string };
  readonly link: readonly Link[];
  readonly entry: readonly Entry[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'entry' || name === 'link', parseTagValue: false });

/** Checks the document is well-formed XML and returns its feed element. */
function parseFeed(xml: string): Feed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { feed: Feed }).feed;
}

const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('the Atom feed of depositary actions', () => {
  let feed: Feed;
  beforeAll(async () => {
    const response = await get('/en/apmbc/feed.atom');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    feed = parseFeed(response.body);
  });

  it('has the elements RFC 4287 requires of a feed: id, title, updated (its newest entry’s), author and a self link', () => {
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe('en');
    expect(feed.id).toMatch(/^tag:localhost,2026:apmbc\//);
    expect(feed.title).toBe('The Anti-Personnel Mine Ban Convention: depositary actions');
    expect(feed.author.name).not.toBe('');
    expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe('http://localhost:80/en/apmbc/feed.atom');
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.updated).toBe(feed.entry[0]?.updated);
  });

  it(`carries the latest ${feedEntries} actions, newest first, Poland’s withdrawal of 20 August 2025 at the top`, () => {
    expect(feed.entry).toHaveLength(feedEntries);
    const dates = feed.entry.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.entry[0]).toMatchObject({
      id: 'tag:localhost,2026:apmbc/POL/withdrawal/2025-08-20',
      title: 'Poland: Withdrawal',
      updated: '2025-08-20T00:00:00Z',
      summary: 'Withdrawal by Poland on 20 August 2025 (depositary notification C.N.421.2025.TREATIES-XXVI.5).',
    });
  });

  it('gives every entry a unique id, a title, a date, a summary, the State’s profile and its sources', () => {
    expect(new Set(feed.entry.map((e) => e.id)).size).toBe(feed.entry.length);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^tag:localhost,2026:apmbc\/[A-Z]{3}\/[a-z-]+\/\d{4}-\d{2}-\d{2}$/);
      expect(entry.title).not.toBe('');
      expect(entry.summary).not.toBe('');
      expect(entry.updated).toMatch(rfc3339);
      expect(entry.link.filter((l) => l['@_rel'] === 'alternate').map((l) => l['@_href'])).toEqual([expect.stringMatching(/^http:\/\/localhost:80\/en\/apmbc\/states\/[A-Z]{3}$/)]);
      expect(entry.link.filter((l) => l['@_rel'] === 'related').length).toBeGreaterThan(0);
      for (const link of entry.link.filter((l) => l['@_rel'] === 'related')) expect(link['@_href']).toMatch(/^https?:\/\//);
    }
  });

  it('links only to pages the server has', async () => {
    const paths = new Set([...feed.link, ...feed.entry.flatMap((e) => e.link)].map((l) => l['@_href']).filter((href) => href.startsWith('http://localhost:80/')));
    for (const path of paths) expect((await get(path.slice('http://localhost:80'.length))).statusCode, path).toBe(200);
  });
});

describe('feed addresses and headers', () => {
  it('answers /feed.atom for the Mine Ban Convention in the language Accept-Language prefers, and each treaty at its own path', async () => {
    const fr = await get('/feed.atom', { 'accept-language': 'fr' });
    expect(fr.headers['vary']).toMatch(/Accept-Language/);
    const french = parseFeed(fr.body);
    expect(french['@_xml:lang']).toBe('fr');
    expect(french.entry[0]?.title).toBe('Pologne\u00a0: Retrait');
    expect(french.entry[0]?.id).toBe('tag:localhost,2026:apmbc/POL/withdrawal/2025-08-20');
    const clusters = parseFeed((await get('/ccm/feed.atom')).body);
    expect(clusters.entry.find((e) => e.id === 'tag:localhost,2026:ccm/LTU/withdrawal/2024-09-06')).toBeDefined();
    expect((await get('/en/nothing/feed.atom')).statusCode).toBe(404);
  });

  it('sends an ETag and answers 304 on revalidation, like the pages', async () => {
    const first = await get('/en/apmbc/feed.atom');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    expect((await get('/en/apmbc/feed.atom', { 'if-none-match': String(first.headers['etag']) })).statusCode).toBe(304);
  });

  it('is announced in the head of a treaty’s pages', async () => {
    expect((await get('/en/apmbc/states')).body).toContain('<link rel="alternate" type="application/atom+xml" title="Atom feed of depositary actions" href="/en/apmbc/feed.atom">');
  });

  it('starts its links with ADHERENCE_PUBLIC_URL when set, and refuses a Host header that is not a host name otherwise', async () => {
    const current = await shippedSite();
    const published = await createServer({ site: () => current, today: () => calendarDate('2026-11-26'), defaultTreaty: 'apmbc', reportUrl: '#report', publicUrl: 'https://adherence.example.org' });
    const feed = parseFeed((await published.inject({ url: '/en/apmbc/feed.atom', headers: { host: 'internal:8080' } })).body);
    await published.close();
    expect(feed.id).toBe('tag:adherence.example.org,2026:apmbc/actions/en');
    expect(feed.entry[0]?.link[0]?.['@_href']).toBe('https://adherence.example.org/en/apmbc/states/POL');
    const refused = await get('/en/apmbc/feed.atom', { host: 'evil.example/<x>' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/^Host: "evil\.example\/<x>" is not a host name/);
  });
});
