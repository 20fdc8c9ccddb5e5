import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lookalikeSpelling } from '../../test/iso3-arbitrary.js';
import { testServer } from '../../test/site-harness.js';
import { errorSchema, stateDetailSchema, statesListSchema, statusSchema } from './api-schemas.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testServer();
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('the JSON API', () => {
  it('gives the counts on a date on the Convention page’s basis by default, in the documented shape', async () => {
    const response = await get('/api/v1/apmbc/status?asOf=2015-06-01');
    expect(response.statusCode).toBe(200);
    const body = statusSchema.parse(response.json());
    expect(body).toMatchObject({ treaty: 'apmbc', basis: 'un-members-and-parties', counts: { formallyAccepted: 162, notParties: 34, neverJoined: 34 } });
    expect(body.groups.find((g) => g.code === '019')).toMatchObject({ name: 'Americas', exceptions: ['CUB', 'USA'], withdrawn: [] });
  });

  it('answers the first release’s paths for the Mine Ban Convention', async () => {
    expect((await get('/api/v1/status?asOf=2015-06-01')).json()).toEqual((await get('/api/v1/apmbc/status?asOf=2015-06-01')).json());
    expect((await get('/api/v1/states/JPN')).json()).toEqual((await get('/api/v1/apmbc/states/JPN')).json());
  });

  it('lists the States the basis counts, sorted by name, with the date and the basis, filtered by status and region', async () => {
    const all = statesListSchema.parse((await get('/api/v1/apmbc/states?asOf=2015-06-01')).json());
    expect(all).toMatchObject({ treaty: 'apmbc', asOf: '2015-06-01', basis: 'un-members-and-parties' });
    expect(all.states).toHaveLength(196);
    expect(statesListSchema.parse((await get('/api/v1/apmbc/states?asOf=2015-06-01&basis=all-states')).json()).states).toHaveLength(197);
    const withdrawn = statesListSchema.parse((await get('/api/v1/apmbc/states?status=withdrawn')).json());
    expect(withdrawn.states.map((s) => s.iso3)).toEqual(['EST', 'FIN', 'LVA', 'LTU', 'POL']);
    const americas = statesListSchema.parse((await get('/api/v1/apmbc/states?asOf=2015-06-01&region=019&status=not-joined')).json());
    expect(americas.states.map((s) => s.iso3)).toEqual(['CUB', 'USA']);
  });

  it('gives one State with reasons and sourced actions, as the depositary records them', async () => {
    const body = stateDetailSchema.parse((await get('/api/v1/apmbc/states/nld')).json());
    expect(body).toMatchObject({ iso3: 'NLD', consent: { kind: 'acceptance', date: '1999-04-12' }, entryIntoForce: '1999-10-01' });
    expect(body.actions.find((a) => a.kind === 'territorial-application')).toMatchObject({ date: '2014-02-21' });
  });

  it('answers bad input with 400 and the error shape, naming the parameter', async () => {
    const response = await get('/api/v1/apmbc/status?asOf=1990-01-01');
    expect(response.statusCode).toBe(400);
    expect(errorSchema.parse(response.json()).error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^asOf: /) });
    const status = await get('/api/v1/apmbc/states?status=bound');
    expect(status.statusCode).toBe(400);
    expect(status.json().error.message).toMatch(/^status: "bound" is not one of/);
    const region = await get('/api/v1/apmbc/states?region=999');
    expect(region.json().error.message).toMatch(/^region: "999" is not one of/);
  });

  it('refuses a parameter it does not know, naming it, rather than ignoring it', async () => {
    const response = await get('/api/v1/apmbc/states?asof=2015-06-01&regoin=019');
    expect(response.statusCode).toBe(400);
    expect(errorSchema.parse(response.json()).error.message).toMatch(/^asof, regoin: unknown parameters; this endpoint takes asOf, basis, status, region/);
    expect((await get('/api/v1/apmbc/status?status=joined')).statusCode).toBe(400);
  });

  it('refuses a parameter given twice, and echoes at most a short excerpt of what was sent', async () => {
    // Asked without it first, so that an answer is cached that a repeated parameter must not reach.
    expect((await get('/api/v1/apmbc/states')).statusCode).toBe(200);
    const repeated = await get('/api/v1/apmbc/states?status=joined&status=party');
    expect([repeated.statusCode, repeated.json().error.message]).toEqual([400, 'status: given more than once; give it once']);
    const long = 'x'.repeat(5000);
    for (const url of [`/api/v1/apmbc/states?status=${long}`, `/api/v1/apmbc/status?asOf=${long}`, `/api/v1/apmbc/status?${long}=1`]) {
      const response = await get(url);
      expect(response.statusCode, url.slice(0, 40)).toBe(400);
      expect(response.json().error.message.length, url.slice(0, 40)).toBeLessThan(200);
    }
  });

  it('answers 404 for an unknown treaty, State or route, in the error shape', async () => {
    expect(errorSchema.parse((await get('/api/v1/apmbc/states/XYZ')).json()).error.code).toBe('not-found');
    expect(errorSchema.parse((await get('/api/v1/nothing/status')).json()).error.message).toMatch(/^treaty: no treaty "nothing"/);
    const unknown = await get('/api/v1/apmbc/elsewhere');
    expect(unknown.statusCode).toBe(404);
    expect(errorSchema.parse(unknown.json()).error.code).toBe('not-found');
  });

  it('refuses a code with a letter that Unicode upper-cases to an ASCII one: /states/ıSL is not Iceland (property)', async () => {
    const dotless = await get('/api/v1/states/%C4%B1SL');
    expect([dotless.statusCode, dotless.json()]).toEqual([400, { error: { code: 'invalid-input', message: 'iso3: "ıSL" is not an ISO 3166-1 alpha-3 code (three letters A-Z)' } }]);
    await fc.assert(
      fc.asyncProperty(lookalikeSpelling, async ({ spelling }) => {
        const response = await get(`/api/v1/apmbc/states/${encodeURIComponent(spelling)}`);
        expect(errorSchema.parse(response.json()).error.code).toBe('invalid-input');
      }),
      { numRuns: 40 },
    );
  });

  it('serves the list as CSV with the same rows', async () => {
    const response = await get('/apmbc/states.csv?asOf=2015-06-01&status=joined');
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="apmbc-states-2015-06-01.csv"');
    expect(response.body.trim().split('\n')).toHaveLength(163);
  });

  it('describes itself with an OpenAPI document, per treaty', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(['/api/v1/{treaty}/status', '/api/v1/{treaty}/states', '/api/v1/{treaty}/states/{iso3}', '/api/v1/{treaty}/obligations', '/api/v1/{treaty}/changes']);
    expect(doc.paths['/api/v1/{treaty}/status'].get.parameters[0].schema.enum).toContain('apmbc');
    expect(doc.paths['/api/v1/{treaty}/status'].get.responses['200'].content['application/json'].schema.properties.counts).toBeDefined();
  });
});
