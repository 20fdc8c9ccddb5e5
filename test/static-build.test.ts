// `adherence build`, end to end: the static copy served by a plain static file server (no query
// strings, types from extensions) has no broken link, and its files are the dynamic server's
// answers for the same date. The build here is of one treaty (half the files of both: about
// 1,200 files, 3-4 s), which exercises every kind of page; the site of both is the same code.
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate } from '../src/domain/calendar-date.js';
import { createServer } from '../src/server/create-server.js';
import { siteAddress, staticAddress, staticPage } from '../src/server/static-paths.js';
import { cli } from './cli-harness.js';
import { shippedSite } from './site-harness.js';

const asOf = '2025-06-01';
const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.csv': 'text/csv' };

/** What a plain file server does: a path names a file, a directory its index.html, nothing else. */
function fileServer(root: string): Server {
  return createHttpServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const refuse = (code: number) => response.writeHead(code).end();
    if (relative(root, file).startsWith('..')) return refuse(403);
    stat(file).then(
      (found) => {
        if (found.isDirectory()) return response.writeHead(301, { location: `${path}/` }).end();
        response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
      },
      () => refuse(404),
    );
  });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

let out: string;
let server: Server;
let base: string;

beforeAll(async () => {
  out = join(await mkdtemp(join(tmpdir(), 'adherence-build-')), 'site');
  // Over an old site, as a redeploy does: --force replaces it whole.
  await mkdir(out);
  await writeFile(join(out, 'old.txt'), 'old');
  const built = await cli(['build', '--out', out, '--as-of', asOf, '--treaty', 'apmbc', '--force', '--public-url', 'https://adherence.example.org']);
  expect(built.err).toBe('');
  expect(built.out).toMatch(/^adherence build: wrote \d+ files \(\d+\.\d MB\), the site as of 2025-06-01, to /);
  server = fileServer(out);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(join(out, '..'), { recursive: true, force: true });
});

describe('the static build, served by a plain file server', () => {
  it('has no broken link: every href, src and srcset of every page answers', async () => {
    const links = new Set<string>();
    const pages = await htmlFiles(out);
    expect(pages.length).toBeGreaterThan(1000);
    for (const page of pages) {
      for (const [, value = ''] of (await readFile(page, 'utf8')).matchAll(/\s(?:href|src|srcset|action)="([^"]*)"/g)) {
        const href = value.replace(/&amp;/g, '&').split('#')[0] ?? '';
        if (href.startsWith('/') && !href.startsWith('//')) links.add(href);
      }
    }
    const broken: string[] = [];
    const queue = [...links];
    // A few requests at a time: the loopback server answers in well under a millisecond each.
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let href = queue.pop(); href !== undefined; href = queue.pop()) {
          const response = await fetch(`${base}${href}`, { redirect: 'manual' });
          await response.arrayBuffer();
          if (response.status !== 200) broken.push(`${href}: ${response.status}`);
        }
      }),
    );
    expect(broken).toEqual([]);
    expect(links.size).toBeGreaterThan(1000);
  });

  it('serves each page as the dynamic server answers it on the same date, with the links naming files', async () => {
    const whole = await shippedSite();
    const apmbcOnly = { ...whole, treaties: new Map([...whole.treaties].filter(([id]) => id === 'apmbc')) };
    const dynamic = await createServer({ site: () => apmbcOnly, today: () => calendarDate(asOf), defaultTreaty: 'apmbc', reportUrl: '#report' });
    const samples = [
      '/',
      '/en/',
      ...['en', 'fr', 'es'].map((lang) => `/${lang}/apmbc/`),
      '/fr/apmbc/states/FRA',
      '/es/states/COL',
      '/en/apmbc/states?basis=un-members-and-parties&status=not-joined',
      '/api/v1/apmbc/status',
      '/api/v1/apmbc/states/UKR',
      '/api/openapi.json',
      '/en/apmbc/lists/states.csv?basis=un-members-and-parties',
      '/fr/apmbc/lists/states-parties.pdf?basis=un-members-and-parties',
      '/es/apmbc/lists/states-not-party.xlsx?basis=un-members-and-parties',
    ];
    for (const url of samples) {
      const address = siteAddress(url);
      if (address === null) throw new Error(url);
      const expected = await dynamic.inject({ method: 'GET', url });
      expect(expected.statusCode, url).toBe(200);
      const isPage = String(expected.headers['content-type']).startsWith('text/html');
      const response = await fetch(`${base}${staticAddress(address.path, address.query).link}`);
      if (isPage) expect(await response.text(), url).toBe(staticPage(expected.body, asOf));
      else expect(Buffer.from(await response.arrayBuffer()).equals(expected.rawPayload), url).toBe(true);
    }
    await dynamic.close();
  });

  it('writes every language, the States table sorted and filtered as the pages link it, and the API', async () => {
    for (const file of ['404.html', 'en/apmbc/index.html', 'fr/apmbc/states/index.html', 'es/apmbc/states/basis=un-members-and-parties&status=joined.html', 'api/v1/apmbc/states/AFG.json', 'api/v1/apmbc/status.json']) {
      expect((await stat(join(out, file))).isFile(), file).toBe(true);
    }
    await expect(stat(join(out, 'en', 'ccm'))).rejects.toThrow();
    // The feeds' links are absolute, at the address the copy is published at.
    const feed = await readFile(join(out, 'en', 'apmbc', 'feed.atom'), 'utf8');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://adherence.example.org/en/apmbc/feed.atom"/>');
    expect(feed).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('replaced the old site whole, leaving no work directory beside it', async () => {
    await expect(stat(join(out, 'old.txt'))).rejects.toThrow();
    expect(await readdir(join(out, '..'))).toEqual(['site']);
  });
});

describe('adherence build refuses', () => {
  it('a directory that holds files, unless --force, and then replaces it whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'adherence-build-'));
    try {
      await writeFile(join(dir, 'old.txt'), 'old');
      const refused = await cli(['build', '--out', dir, '--as-of', asOf, '--treaty', 'apmbc', '--public-url', 'https://adherence.example.org']);
      expect(refused).toMatchObject({ code: 2, out: '' });
      expect(refused.err).toBe(`adherence build: --out: ${dir} is not empty; give --force to replace what it holds\n`);
      expect(await readdir(dir)).toEqual(['old.txt']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a date that is not real or not in the treaty’s time, naming the option', async () => {
    expect(await cli(['build', '--out', 'x', '--as-of', '2025-02-29'])).toMatchObject({ code: 2, err: 'adherence build: --as-of: "2025-02-29" is not a real calendar date\n' });
    expect((await cli(['build', '--out', 'x', '--as-of', '2027-01-01'])).err).toMatch(/^adherence build: --as-of: 2027-01-01 is after today/);
    expect(await cli(['build', '--as-of', asOf])).toMatchObject({ code: 2, err: 'adherence build: --out: give the directory to write the site to, e.g. "adherence build --out ./site"\n' });
    expect((await cli(['build', '--out', 'x', '--as-of', asOf]))).toMatchObject({ code: 2, err: expect.stringMatching(/^adherence build: --public-url: give the address/) });
    expect((await cli(['build', '--out', 'x', '--as-of', asOf, '--public-url', 'https://example.org/site']))).toMatchObject({ code: 2, err: expect.stringMatching(/--public-url: "https:\/\/example.org\/site" must be an http\(s\) origin/) });
    expect(await cli(['build', '--out', 'x', '--treaty', 'npt'])).toMatchObject({ code: 2, err: 'adherence build: --treaty: unknown treaty "npt"; known: apmbc, ccm\n' });
  });
});


