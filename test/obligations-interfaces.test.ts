// Obligations as the CLI and the API publish them: the same answer, keyed by article.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obligationsListSchema, stateDetailSchema } from '../src/server/api-schemas.js';
import { cli } from './cli-harness.js';
import { testServer } from './site-harness.js';

describe('obligations in the CLI and the API', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testServer();
  });
  afterAll(() => app.close());

  it('`state --json` gives each obligation its deadline, basis, status and sources', async () => {
    const { code, out } = await cli(['state', 'SSD', '--as-of', '2021-01-01', '--json']);
    expect(code).toBe(0);
    const { obligations } = JSON.parse(out);
    expect(obligations.entryIntoForce).toBe('2011-07-09');
    expect(obligations.article5).toMatchObject({ deadline: '2026-07-09', status: 'due', basis: 'Art. 5(1), Art. 5(3), record: art5-extension' });
    expect(obligations.article5.sources.length).toBeGreaterThan(0);
    expect(Object.keys(obligations)).toEqual(['entryIntoForce', 'endedOn', 'article4', 'article5', 'article7']);
  });

  it('the API gives the same, in the shape its schema describes; the second treaty keys them by its own articles', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/apmbc/states/SSD?asOf=2021-01-01' });
    const body = stateDetailSchema.parse(JSON.parse(response.body));
    const { out } = await cli(['state', 'SSD', '--as-of', '2021-01-01', '--json']);
    expect(body.obligations).toEqual(JSON.parse(out).obligations);
    const ccm = JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/ccm/states/NOR?asOf=2020-01-01' })).body);
    expect(Object.keys(ccm.obligations)).toEqual(['entryIntoForce', 'endedOn', 'article3', 'article4', 'article7']);
    expect(ccm.obligations.article3.deadline).toBe('2018-08-01');
  });

  it('gives no obligations to a State that never joined', async () => {
    const body = JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/apmbc/states/USA?asOf=2021-01-01' })).body);
    expect(body.obligations).toBeNull();
  });

  it('the profile shows each deadline with the reason for its date, in every language', async () => {
    const en = (await app.inject({ method: 'GET', url: '/en/apmbc/states/SSD?asOf=2021-01-01' })).body;
    expect(en).toContain('Obligations with deadlines');
    expect(en).toContain('extended from 9 July 2021 by a decision of 20 November 2020');
    const fr = (await app.inject({ method: 'GET', url: '/fr/apmbc/states/BLR?asOf=2018-01-01' })).body;
    expect(fr).toContain('Remplie après l’échéance');
    const es = (await app.inject({ method: 'GET', url: '/es/apmbc/states/ETH?asOf=2005-07-01' })).body;
    expect(es).toContain('informe inicial, 180 días después de la entrada en vigor');
  });

  it('/obligations lists the States Parties past a deadline, filtered and sorted', async () => {
    expect((await app.inject({ method: 'GET', url: '/obligations' })).headers.location).toBe('/apmbc/obligations');
    const page = (await app.inject({ method: 'GET', url: '/en/apmbc/obligations?asOf=2026-01-01&obligation=stockpile&status=missed&sort=stockpile' })).body;
    expect(page).toContain('>Greece<');
    expect(page).toContain('>Ukraine<');
    expect(page).not.toContain('>Australia<');
    expect(page.indexOf('>Greece<')).toBeLessThan(page.indexOf('>Ukraine<'));
    expect(page).toContain('href="/apmbc/obligations.csv?asOf=2026-01-01"');
    expect((await app.inject({ method: 'GET', url: '/en/apmbc/obligations?status=late' })).statusCode).toBe(400);
  });

  it('the API and the CSV list every State Party with the same obligations as its profile', async () => {
    const body = obligationsListSchema.parse(JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/apmbc/obligations?asOf=2021-01-01' })).body));
    const ssd = body.states.find((s) => s.iso3 === 'SSD');
    const one = JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/apmbc/states/SSD?asOf=2021-01-01' })).body);
    expect(ssd?.obligations).toEqual(one.obligations);
    expect(body.states.some((s) => s.iso3 === 'USA')).toBe(false);
    const csv = (await app.inject({ method: 'GET', url: '/apmbc/obligations.csv?asOf=2021-01-01' })).body;
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toContain('article5_deadline');
    expect(rows).toHaveLength(body.states.length);
    expect(rows.find((r) => r.startsWith('SSD,'))).toContain('2026-07-09');
  });

  it('the status page says how many completed destruction and clearance, and names those past the deadline', async () => {
    const page = (await app.inject({ method: 'GET', url: '/en/apmbc/?asOf=2026-01-01' })).body;
    expect(page).toMatch(/The record shows \d+ States Parties that have completed the destruction of their stockpiles\. 2 are past the deadline with stocks left: Greece and Ukraine\./);
    expect(page).toMatch(/The record shows \d+ States Parties that have declared the clearance/);
    const before = (await app.inject({ method: 'GET', url: '/en/apmbc/?asOf=2007-01-01' })).body;
    expect(before).not.toContain('past the deadline with stocks left');
  });

  it('`export obligations` writes the same bytes as the site’s CSV and the API’s JSON', async () => {
    const csv = await cli(['export', 'obligations', '--format', 'csv', '--as-of', '2021-01-01']);
    expect(csv.out).toBe((await app.inject({ method: 'GET', url: '/apmbc/obligations.csv?asOf=2021-01-01' })).body);
    const json = await cli(['export', 'obligations', '--format', 'json', '--as-of', '2021-01-01']);
    expect(json.out).toBe((await app.inject({ method: 'GET', url: '/api/v1/apmbc/obligations?asOf=2021-01-01' })).body);
    expect((await cli(['export', 'obligations', '--format', 'pdf'])).code).toBe(2);
  });
});
