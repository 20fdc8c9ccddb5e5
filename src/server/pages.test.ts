import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { brotliDecompressSync } from 'node:zlib';
import { assets } from '../views/assets.js';
import { lookalikeSpelling } from '../../test/iso3-arbitrary.js';
import { testServer } from '../../test/site-harness.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testServer();
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const decode = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const text = (body: string) => decode(body.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' '));

describe('the status page on 1 June 2015, against the Convention’s own page of that day', () => {
  let page: string;
  beforeAll(async () => {
    const response = await get('/en/apmbc/?asOf=2015-06-01');
    expect(response.statusCode).toBe(200);
    page = text(response.body);
  });

  it('counts 162 that have ratified or acceded and 34 that have not, on the Convention page’s own basis, with the number in force beside it', () => {
    expect(page).toContain('162 States have ratified or acceded to the Convention; it is in force for 162 of them.');
    expect(page).toContain('34 States have not yet ratified or acceded.');
    expect(page).toContain('Counting UN Member States, plus any other State that has joined.');
  });

  it('says the majority of States that are or have been affected have joined', () => {
    expect(page).toMatch(/The record lists \d+ States that are or have been affected by anti-personnel mines; \d+ of them have ratified or acceded: a majority\./);
  });

  it('names the six States not party the Convention’s page named for their stockpiles, largest first', () => {
    const section = page.slice(page.indexOf('Largest stockpiles of States not party'), page.indexOf('New use by States not party'));
    const named = [...section.matchAll(/(Russian Federation|China|India|Pakistan|United States of America|Republic of Korea): about/g)].map((m) => m[1]);
    expect(new Set(named)).toEqual(new Set(['Russian Federation', 'China', 'India', 'Pakistan', 'United States of America', 'Republic of Korea']));
    expect(named[0]).toBe('Russian Federation');
  });

  it('gives the record’s figure for former producers that joined (the Convention’s page said 34 of 50; the difference is in the record’s conflicts)', () => {
    expect(page).toContain('The record lists 50 States that at one time produced anti-personnel mines; 35 of them have ratified or acceded: a majority.');
  });

  it('has the sentence on non-State armed groups, and new use by States not party ordered by name', () => {
    expect(page).toMatch(/In 2014–2015, non-State armed groups were reported to have used anti-personnel mines in \d+ States:/);
    expect(page).toMatch(/Government forces of \d+ States not party were reported to have used anti-personnel mines since 1999/);
  });

  it('quotes Article 1(1), Article 2(1), Article 19 and the preamble, and keeps the plain-words explanation apart', () => {
    expect(page).toContain('Each State Party undertakes never under any circumstances:');
    expect(page).toContain('The Articles of this Convention shall not be subject to reservations. Article 19');
    expect(page).toContain('Emphasizing the desirability of attracting the adherence of all States to this Convention');
    expect(page).toContain('In plain words (an explanation, not the treaty’s text)');
    expect(page).toContain('Claymore');
  });

  it('links each count to a list with exactly that number, keeping the date and the basis', async () => {
    const response = await get('/en/apmbc/?asOf=2015-06-01');
    const links = [...response.body.matchAll(/<a href="([^"]+)">The (\d+) States (that have ratified or acceded|not bound)/g)];
    expect(links).toHaveLength(2);
    for (const [, href, count] of links) {
      const list = text((await get(decode(href ?? ''))).body);
      expect(href).toContain('asOf=2015-06-01');
      expect(href).toContain('basis=un-members-and-parties');
      expect(list).toContain(`${count} States as of 1 June 2015`);
    }
  });
});

describe('the status page today', () => {
  it('never counts a State that withdrew among those that have not yet ratified, and names the withdrawals in the regions', async () => {
    const page = text((await get('/en/apmbc/')).body);
    expect(page).toContain('36 States are not bound: 31 have never ratified or acceded; 5 ratified or acceded and later withdrew (Estonia, Finland, Latvia, Lithuania and Poland).');
    expect(page).not.toContain('have not yet ratified or acceded');
    expect(page).toContain('Every State in Eastern Europe has ratified or acceded except the Russian Federation; Poland withdrew on 20 February 2026.');
  });

  it('says the Convention was not yet in force before 1 March 1999', async () => {
    expect(text((await get('/en/apmbc/?asOf=1998-12-01')).body)).toContain('55 States have ratified or acceded to the Convention, which has not yet entered into force.');
  });

  it('rejects a bad date with a 400 page naming the parameter, in the page’s language', async () => {
    const response = await get('/fr/apmbc/?asOf=2025-02-30');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<html lang="fr">');
    expect(response.body).toContain('Requête invalide');
    expect(response.body).toContain('asOf: &quot;2025-02-30&quot; is not a real calendar date');
  });
});

describe('the timeline, an image of its own in two layouts', () => {
  it('is the page’s <picture>: the wide layout on a wide screen, else the narrow one, each for the page’s date and basis, with a text alternative', async () => {
    const page = (await get('/fr/apmbc/?asOf=2015-06-01&basis=all-states')).body;
    const picture = /<picture>.*?<\/picture>/s.exec(page)?.[0] ?? '';
    expect(picture).toContain('<source media="(min-width: 62.5rem)" srcset="/fr/apmbc/timeline-wide.svg?asOf=2015-06-01&amp;basis=all-states" width="960" height="460">');
    expect(picture).toMatch(/<img class="timeline" src="\/fr\/apmbc\/timeline-narrow.svg\?asOf=2015-06-01&amp;basis=all-states" width="360" height="520" alt="Évolution\s: [^"]+" loading="lazy"/);
    expect(page).not.toContain('<svg xmlns="http://www.w3.org/2000/svg" id="adherence-timeline');
  });

  it('draws the counts to the date asked, in the language of the path, as SVG compressed and cached like a page', async () => {
    const today = await get('/en/apmbc/timeline-wide.svg', { 'accept-encoding': 'br' });
    expect(today.statusCode).toBe(200);
    expect(today.headers['content-type']).toBe('image/svg+xml');
    expect(today.headers['content-encoding']).toBe('br');
    expect(today.headers['cache-control']).toBe('public, max-age=300');
    const svg = brotliDecompressSync(today.rawPayload).toString();
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" id="adherence-timeline-wide" class="timeline timeline-wide"/);
    expect(svg).toContain('>In force: 161</text>');
    // 1 June 2015, all States counted: 162 had ratified or acceded (the page above says so).
    const then = (await get('/fr/apmbc/timeline-narrow.svg?asOf=2015-06-01&basis=all-states')).body;
    expect(then).toContain('class="timeline timeline-narrow"');
    // French sets a narrow no-break space before the colon.
    expect(then).toMatch(/>Ratification ou adhésion\s: 162<\/text>/);
  });

  it('refuses a bad date or basis like the page, and redirects unknown parameters to its canonical address', async () => {
    expect((await get('/en/apmbc/timeline-wide.svg?asOf=2015-02-30')).statusCode).toBe(400);
    expect((await get('/en/apmbc/timeline-wide.svg?basis=planets')).statusCode).toBe(400);
    const tagged = await get('/en/apmbc/timeline-narrow.svg?asOf=2015-06-01&utm_source=x');
    expect(tagged.statusCode).toBe(301);
    expect(tagged.headers.location).toBe('/en/apmbc/timeline-narrow.svg?asOf=2015-06-01');
    expect((await get('/en/apmbc/timeline-tall.svg')).statusCode).toBe(404);
  });

  it('leaves the status page within 60 KB of HTML in every language', async () => {
    for (const lang of ['en', 'fr', 'es']) {
      const page = await get(`/${lang}/apmbc/`);
      expect(page.rawPayload.length, lang).toBeLessThanOrEqual(60 * 1024);
    }
  });
});

describe('languages', () => {
  it('serves French and Spanish with their typography and articles', async () => {
    const fr = text((await get('/fr/apmbc/?asOf=2015-06-01')).body);
    expect(fr).toContain('162 États ont ratifié la Convention ou y ont adhéré\u202f; elle est en vigueur pour 162 d’entre eux.');
    expect(fr).toContain('sauf Cuba et les États-Unis d\'Amérique.');
    expect(fr).toContain('Article premier, paragraphe 1');
    const frToday = text((await get('/fr/apmbc/')).body);
    expect(frToday).toContain('sauf la Fédération de Russie\u202f; la Pologne a quitté la Convention le 20 février 2026.');
    const es = text((await get('/es/apmbc/states/AUS')).body);
    expect(es).toContain('1 de julio de 1999');
    expect(text((await get('/es/apmbc/?asOf=2015-06-01')).body)).toContain('Todos los Estados de las Américas han ratificado la Convención o se han adherido a ella, excepto Cuba y los Estados Unidos de América.');
  });

  it('formats numbers for the language', async () => {
    const page = (lang: string) => get(`/${lang}/apmbc/?asOf=2015-06-01`).then((r) => text(r.body));
    expect(await page('en')).toContain('about 26,500,000 anti-personnel mines');
    expect(await page('fr')).toContain('environ 26\u202f500\u202f000 mines antipersonnel');
    expect(await page('es')).toContain('unas 26.500.000 minas antipersonal');
  });

  it('honours Accept-Language on unprefixed paths and says it varies', async () => {
    const response = await get('/apmbc/', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
    expect(response.body).toContain('<html lang="es">');
    expect(response.headers['vary']).toMatch(/Accept-Language/i);
    expect(response.headers['content-language']).toBe('es');
  });
});

describe('addresses', () => {
  it('lists the treaties at / with their headline counts', async () => {
    const page = text((await get('/en/')).body);
    expect(page).toContain('Status of the Anti-Personnel Mine Ban Convention');
    expect(page).toContain('161 States have ratified or acceded; 36 are not bound.');
  });

  it('keeps the first release’s addresses working by redirect', async () => {
    for (const [from, to] of [
      ['/?asOf=2015-06-01', '/apmbc/?asOf=2015-06-01'],
      ['/en/?asOf=2015-06-01&basis=all-states', '/en/apmbc/?asOf=2015-06-01&basis=all-states'],
      ['/en/states', '/en/apmbc/states'],
      ['/states?status=withdrawn', '/apmbc/states?status=withdrawn'],
    ]) {
      const response = await get(from ?? '');
      expect(response.statusCode, from).toBe(301);
      expect(response.headers['location']).toBe(to);
    }
  });

  it('shows one State under every treaty at /states/{ISO3}', async () => {
    const page = text((await get('/en/states/UKR')).body);
    expect(page).toContain('Ukraine under each treaty');
    expect(page).toContain('State Party');
  });

  it('redirects a page with unknown or repeated query parameters to its canonical address, so they never reach the cache', async () => {
    for (const [url, canonical] of [
      ['/en/apmbc/?asOf=2015-06-01&utm_source=x', '/en/apmbc/?asOf=2015-06-01'],
      ['/en/apmbc/?x=2&asOf=2015-06-01&basis=all-states', '/en/apmbc/?asOf=2015-06-01&basis=all-states'],
      ['/en/apmbc/states?status=joined&status=withdrawn', '/en/apmbc/states?status=joined'],
      ['/fr/apmbc/states/AUS?fbclid=1', '/fr/apmbc/states/AUS'],
    ]) {
      const response = await get(url!);
      expect([response.statusCode, response.headers.location], url).toEqual([301, canonical]);
    }
    expect((await get('/en/apmbc/?asOf=2015-06-01')).statusCode).toBe(200);
  });
});

describe('the States table and profiles', () => {
  it('filters by status', async () => {
    const page = text((await get('/en/apmbc/states?asOf=2025-07-01&status=withdrawal-pending')).body);
    expect(page).toContain('3 States as of 1 July 2025');
    expect(page).toContain('Estonia');
  });

  it('filters by region and sorts by entry into force, descending', async () => {
    const response = await get('/en/apmbc/states?region=202&sort=entryIntoForce&order=desc');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('aria-sort="descending"');
    const first = /<tbody>\s*<tr>\s*<th scope="row"><a [^>]+>([^<]+)</.exec(response.body)?.[1];
    expect(first).toBe('Somalia');
  });

  it('leaves out a column that would be empty', async () => {
    expect((await get('/en/apmbc/states?asOf=2015-06-01')).body).not.toContain('>Withdrawal<');
    expect((await get('/en/apmbc/states')).body).toContain('>Withdrawal<');
  });

  it('explains a State’s entry into force with the article, under a summary sentence', async () => {
    const page = text((await get('/en/apmbc/states/AUS')).body);
    expect(page).toContain('Australia is a State Party: the Convention has been in force for it since 1 July 1999.');
    expect(page).toContain('1 July 1999: the first day of the sixth month after deposit on 14 January 1999 (Art. 17(2))');
  });

  it('explains a succession, a withdrawal, and Ukraine’s notice of suspension in plain words', async () => {
    expect(text((await get('/en/apmbc/states/SSD')).body)).toContain('9 July 2011: the date from which its succession (deposited 11 November 2011) takes effect');
    expect(text((await get('/en/apmbc/states/EST')).body)).toContain('Received by the depositary on 27 June 2025; effective 27 December 2025, six months later (Art. 20(3))');
    const ukraine = text((await get('/en/apmbc/states/UKR')).body);
    expect(ukraine).toContain('Ukraine is a State Party');
    expect(ukraine).toContain('The Convention provides for no suspension and this is not an instrument of withdrawal: Ukraine remains bound.');
    expect(ukraine).not.toContain('still counted');
  });

  it('cites the depositary for each action, with the notification number of a withdrawal', async () => {
    const body = (await get('/en/apmbc/states/FIN')).body;
    expect(body).toContain('C.N.372.2025.TREATIES-XXVI.5');
    expect(body).toContain('href="https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&amp;mtdsg_no=XXVI-5&amp;chapter=26"');
  });

  it('answers 404 for an unknown State, treaty and page', async () => {
    expect((await get('/en/apmbc/states/XYZ')).statusCode).toBe(404);
    expect((await get('/en/nowhere/')).statusCode).toBe(404);
    expect((await get('/en/apmbc/elsewhere')).statusCode).toBe(404);
  });

  it('answers 404 for a code with a letter that Unicode upper-cases to an ASCII one: /states/ıSL is not Iceland (property)', async () => {
    await fc.assert(
      fc.asyncProperty(lookalikeSpelling, async ({ spelling }) => {
        for (const path of [`/en/apmbc/states/${encodeURIComponent(spelling)}`, `/en/states/${encodeURIComponent(spelling)}`]) expect((await get(path)).statusCode).toBe(404);
      }),
      { numRuns: 20 },
    );
  });
});

describe('HTTP caching and headers', () => {
  it('sends ETag and Cache-Control, and 304 on revalidation', async () => {
    const first = await get('/en/apmbc/states');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers['etag'];
    expect(etag).toBeTruthy();
    const again = await get('/en/apmbc/states', { 'if-none-match': String(etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('compresses, forbids inline scripts and styles, and serves a favicon', async () => {
    const response = await get('/en/apmbc/', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const icon = await get('/assets/favicon.svg');
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/);
  });
});

describe('the files every page shares', () => {
  it('serves the stylesheet and the map’s geometry at addresses of their content, kept a year and compressed once', async () => {
    const page = await get('/en/apmbc/');
    const referenced = [...new Set([...page.body.matchAll(/(?:href)="(\/assets\/(?:site|map)-[0-9a-f]{12}\.(?:css|svg))/g)].map((m) => m[1] ?? ''))];
    expect(referenced.sort()).toEqual([assets.map.path, assets.stylesheet.path].sort());
    for (const asset of Object.values(assets)) {
      const plain = await get(asset.path);
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.headers['content-type']).toBe(asset.type);
      expect(plain.body).toBe(asset.body);
      const br = await get(asset.path, { 'accept-encoding': 'br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(asset.body);
      expect(br.headers['etag']).not.toBe(plain.headers['etag']);
    }
  });

  it('draws every shape of the status page’s map from a shape the geometry file holds', async () => {
    const page = await get('/fr/apmbc/?asOf=2011-06-01');
    const map = /<svg [^>]*id="adherence-map"[\s\S]*?<\/svg>/.exec(page.body)?.[0] ?? '';
    const keys = [...map.matchAll(/<use href="([^"#]+)#([^"]+)"/g)];
    expect(keys.length).toBeGreaterThan(150);
    for (const [, file, key] of keys) {
      expect(file).toBe(assets.map.path);
      expect(assets.map.body).toContain(`<path id="${key}" d="`);
    }
    expect(map).not.toContain('<path ');
  });
});
