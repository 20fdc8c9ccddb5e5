// The public site for one date as static files: every page and file asked of the real server
// (createServer, through inject), so each is what the server answers on that date, starting from
// the entry points and following every same-site link, so routes added later are found without
// being listed here. A link that does not answer is an error: the copy has no broken link.
import type { FastifyInstance } from 'fastify';
import { stateRows, type Site } from '../app/site.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import { escapeHtml } from '../views/html/html.js';
import { languages } from '../views/i18n/locale.js';
import { expectedTypes, pageLinks, siteAddress, staticAddress, staticPage } from './static-paths.js';
import { assets } from '../views/assets.js';

export interface StaticFile {
  /** Relative to the site's root, "/" separators. */
  readonly file: string;
  readonly body: Buffer;
}

export interface CrawlOptions {
  readonly asOf: CalendarDate;
  /** Called with each file once, in the order found. */
  write(file: StaticFile): Promise<void>;
  /** Files done and files known so far. */
  progress?(done: number, known: number): void;
  /** A guard against a page that links to endless variants of itself (default 100,000). */
  readonly maxFiles?: number;
}

export interface CrawlSummary {
  readonly files: number;
  readonly bytes: number;
  /** Links that did not answer, each with a page that has it. */
  readonly broken: readonly string[];
}

/** Where the crawl starts: each language's pages, every State's profiles, the API, the assets. */
export function entryPoints(site: Site, asOf: CalendarDate): string[] {
  const treaties = [...site.treaties.values()];
  const existing = new Set<string>();
  const perTreaty = treaties.flatMap((t) => {
    const iso3s = stateRows(t, asOf, 'all-states', null, null).map((row) => row.iso3);
    for (const iso3 of iso3s) existing.add(iso3);
    const id = t.rules.id;
    return [
      `/${id}/`,
      `/api/v1/${id}/status`,
      `/api/v1/${id}/states`,
      ...iso3s.map((iso3) => `/api/v1/${id}/states/${iso3}`),
      ...languages.flatMap((lang) => [`/${lang}/${id}/`, `/${lang}/${id}/states`, ...iso3s.map((iso3) => `/${lang}/${id}/states/${iso3}`)]),
    ];
  });
  const across = languages.flatMap((lang) => [...existing].sort().map((iso3) => `/${lang}/states/${iso3}`));
  return ['/', ...languages.map((lang) => `/${lang}/`), ...perTreaty, ...across, '/api/openapi.json', ...Object.values(assets).map((a) => a.path), '/assets/favicon.svg'];
}

/** A page that sends the reader on, for an address the server answers with a redirect. */
const redirectPage = (link: string) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${escapeHtml(link)}"><link rel="canonical" href="${escapeHtml(link)}"><title>Moved</title></head><body><p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p></body></html>\n`;

export async function crawlSite(app: FastifyInstance, seeds: readonly string[], options: CrawlOptions): Promise<CrawlSummary> {
  const queue: { url: string; from: string }[] = [];
  const owner = new Map<string, string>();
  const broken: string[] = [];
  const enqueue = (href: string, from: string) => {
    const address = siteAddress(href);
    if (address === null) return;
    const url = address.query === '' ? address.path : `${address.path}?${address.query}`;
    const { file } = staticAddress(address.path, address.query);
    const known = owner.get(file);
    if (known === undefined) {
      if (owner.size >= (options.maxFiles ?? 100_000)) throw new Error(`more than ${owner.size} addresses to write (the last ${url}, linked from ${from}): does a page link to endless variants of itself?`);
      owner.set(file, url);
      queue.push({ url, from });
    } else if (known.replace(/\/(?=\?|$)/, '') !== url.replace(/\/(?=\?|$)/, '')) {
      throw new Error(`${known} and ${url} would both be written to ${file}`);
    }
  };
  for (const seed of seeds) enqueue(seed, 'the entry points');
  let bytes = 0;
  let done = 0;
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const { url, from } = next;
    const address = siteAddress(url);
    if (address === null) continue;
    const target = staticAddress(address.path, address.query);
    const response = await app.inject({ method: 'GET', url });
    let body: Buffer;
    if (response.statusCode >= 300 && response.statusCode < 400 && typeof response.headers.location === 'string') {
      enqueue(response.headers.location, url);
      const moved = siteAddress(response.headers.location);
      body = Buffer.from(redirectPage(moved === null ? response.headers.location : staticAddress(moved.path, moved.query).link));
    } else if (response.statusCode !== 200) {
      broken.push(`${url} (${response.statusCode}), linked from ${from}`);
      continue;
    } else {
      const type = String(response.headers['content-type'] ?? '').split(';')[0] ?? '';
      const expected = expectedTypes[target.ext];
      if (expected !== undefined && expected !== type) throw new Error(`${url} answers ${type}, but its file ${target.file} would be served as ${expected}`);
      if (type === 'text/html') {
        for (const link of pageLinks(response.body)) enqueue(link, url);
        body = Buffer.from(staticPage(response.body, options.asOf));
      } else {
        body = response.rawPayload;
      }
    }
    await options.write({ file: target.file, body });
    bytes += body.length;
    done += 1;
    options.progress?.(done, done + queue.length);
  }
  // Static hosts (and nginx's error_page) serve 404.html for a path they do not have.
  const missing = await app.inject({ method: 'GET', url: '/404' });
  if (missing.statusCode === 404 && String(missing.headers['content-type']).startsWith('text/html')) {
    const body = Buffer.from(staticPage(missing.body, options.asOf));
    await options.write({ file: '404.html', body });
    bytes += body.length;
    done += 1;
  }
  return { files: done, bytes, broken };
}
