import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testServer } from '../../test/site-harness.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testServer();
});
afterAll(() => app.close());

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const text = (body: string) => body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the status page', () => {
  it('states 162 on 1 June 2015 and the regional sentences of the ISU page', async () => {
    const response = await get('/en/?asOf=2015-06-01');
    expect(response.statusCode).toBe(200);
    const page = text(response.body);
    expect(page).toContain('162 States have ratified or acceded to the Convention.');
    expect(page).toContain('35 States have not yet ratified or acceded.');
    expect(page).toContain('Every State in the Americas has ratified or acceded except Cuba and the United States of America.');
    expect(page).toContain('Every State in Sub-Saharan Africa has ratified or acceded.');
    expect(page).toMatch(/Counting all States/);
  });

  it('counts 34 not party on the ISU basis', async () => {
    const page = text((await get('/en/?asOf=2015-06-01&basis=un-members-and-parties')).body);
    expect(page).toContain('34 States have not yet ratified or acceded.');
  });

  it('names the withdrawals today and explains what the Convention bans', async () => {
    const page = text((await get('/en/')).body);
    expect(page).toMatch(/5 have withdrawn: Estonia, Finland, Latvia, Lithuania,? and Poland\./);
    expect(page).toContain('Claymore');
    expect(page).toContain('Article 19');
  });

  it('says the Convention was not yet in force before 1 March 1999', async () => {
    const page = text((await get('/en/?asOf=1998-12-01')).body);
    expect(page).toContain('The Convention had not yet entered into force on 1 December 1998.');
  });

  it('rejects a bad date with a 400 page naming the parameter', async () => {
    const response = await get('/en/?asOf=2025-02-30');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('asOf: &quot;2025-02-30&quot; is not a real calendar date');
  });
});

describe('languages', () => {
  it('serves French and Spanish under their prefixes', async () => {
    const fr = await get('/fr/?asOf=2015-06-01');
    expect(fr.body).toContain('<html lang="fr">');
    expect(text(fr.body)).toContain('162 États ont ratifié la Convention ou y ont adhéré.');
    const es = await get('/es/states/AUS');
    expect(text(es.body)).toContain('1 de julio de 1999');
  });

  it('honours Accept-Language on unprefixed paths and says it varies', async () => {
    const response = await get('/', { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' });
    expect(response.body).toContain('<html lang="es">');
    expect(response.headers['vary']).toMatch(/Accept-Language/i);
    expect(response.headers['content-language']).toBe('es');
  });
});

describe('the States table and profiles', () => {
  it('filters by status', async () => {
    const page = text((await get('/en/states?asOf=2025-07-01&status=withdrawal-pending')).body);
    expect(page).toContain('3 States as of 1 July 2025');
    expect(page).toContain('Estonia');
  });

  it('filters by region and sorts by entry into force, descending', async () => {
    const response = await get('/en/states?region=202&sort=entryIntoForce&order=desc');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('aria-sort="descending"');
    const first = /<tbody>\s*<tr>\s*<th scope="row"><a [^>]+>([^<]+)</.exec(response.body)?.[1];
    expect(first).toBe('Somalia');
  });

  it('explains a State’s entry into force with the article', async () => {
    const page = text((await get('/en/states/AUS')).body);
    expect(page).toContain('1 July 1999: the first day of the sixth month after deposit on 14 January 1999, Art. 17(2)');
  });

  it('explains a succession and a withdrawal', async () => {
    expect(text((await get('/en/states/SSD')).body)).toContain('9 July 2011: the date from which its succession (deposited 11 November 2011) takes effect');
    expect(text((await get('/en/states/EST')).body)).toContain('Received by the depositary on 27 June 2025; effective 27 December 2025, six months later (Art. 20(3))');
  });

  it('answers 404 for an unknown State and an unknown page', async () => {
    expect((await get('/en/states/XYZ')).statusCode).toBe(404);
    expect((await get('/nowhere')).statusCode).toBe(404);
  });
});

describe('HTTP caching and headers', () => {
  it('sends ETag and Cache-Control, and 304 on revalidation', async () => {
    const first = await get('/en/states');
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const etag = first.headers['etag'];
    expect(etag).toBeTruthy();
    const again = await get('/en/states', { 'if-none-match': String(etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('compresses and forbids inline scripts and styles', async () => {
    const response = await get('/en/', { 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
