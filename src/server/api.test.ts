import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testServer } from '../../test/site-harness.js';
import { errorSchema, stateDetailSchema, stateSummarySchema, statusSchema } from './api-schemas.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await testServer();
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ method: 'GET', url });

describe('the JSON API', () => {
  it('gives the counts on a date, in the documented shape', async () => {
    const response = await get('/api/v1/status?asOf=2015-06-01');
    expect(response.statusCode).toBe(200);
    const body = statusSchema.parse(response.json());
    expect(body.counts.formallyAccepted).toBe(162);
    expect(body.groups.find((g) => g.code === '019')).toMatchObject({ name: 'Americas', exceptions: ['CUB', 'USA'] });
  });

  it('lists States sorted by name and filters by status', async () => {
    const all = z.array(stateSummarySchema).parse((await get('/api/v1/states')).json());
    expect(all).toHaveLength(197);
    const withdrawn = z.array(stateSummarySchema).parse((await get('/api/v1/states?status=withdrawn')).json());
    expect(withdrawn.map((s) => s.iso3)).toEqual(['EST', 'FIN', 'LVA', 'LTU', 'POL']);
  });

  it('gives one State with reasons and sourced actions', async () => {
    const body = stateDetailSchema.parse((await get('/api/v1/states/jpn')).json());
    expect(body).toMatchObject({ iso3: 'JPN', consent: { kind: 'acceptance', date: '1998-09-30' }, entryIntoForce: '1999-03-01' });
  });

  it('answers bad input with 400 and the error shape, naming the parameter', async () => {
    const response = await get('/api/v1/status?asOf=1990-01-01');
    expect(response.statusCode).toBe(400);
    expect(errorSchema.parse(response.json()).error).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/^asOf: /) });
    const status = await get('/api/v1/states?status=bound');
    expect(status.statusCode).toBe(400);
    expect(status.json().error.message).toMatch(/^status: "bound" is not one of/);
  });

  it('answers 404 for an unknown State or route, in the error shape', async () => {
    expect(errorSchema.parse((await get('/api/v1/states/XYZ')).json()).error.code).toBe('not-found');
    const unknown = await get('/api/v1/nothing');
    expect(unknown.statusCode).toBe(404);
    expect(errorSchema.parse(unknown.json()).error.code).toBe('not-found');
  });

  it('serves the list as CSV', async () => {
    const response = await get('/states.csv?asOf=2015-06-01&status=joined');
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.body.trim().split('\n')).toHaveLength(163);
  });

  it('describes itself with an OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(['/api/v1/status', '/api/v1/states', '/api/v1/states/{iso3}']);
    expect(doc.paths['/api/v1/status'].get.responses['200'].content['application/json'].schema.properties.counts).toBeDefined();
  });
});
