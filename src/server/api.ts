// The JSON API under /api/v1 and its OpenAPI document, generated from the zod schemas.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { stateProfile, stateRows } from '../app/site.js';
import { statusReport } from '../app/status-report.js';
import { countingBases } from '../domain/counting-basis.js';
import type { DomainError, Result } from '../domain/result.js';
import { statesCsv } from '../views/states-csv.js';
import { statusFilters } from '../views/html/states-page.js';
import { errorSchema, stateDetailSchema, stateSummarySchema, statusSchema } from './api-schemas.js';
import { cacheControl } from './cache-control.js';
import type { ServerDeps } from './create-server.js';
import { errorBody, httpStatus } from './errors.js';
import { asOfParam, basisParam, enumParam, type Query } from './query.js';
import { cachedBody, cachePerRecord, sendCached, type CachedBody } from './render-cache.js';

const fail = (reply: FastifyReply, error: DomainError) =>
  reply.code(httpStatus[error.code]).header('cache-control', 'no-store').send(errorBody(error.code, error.message));

const responses = cachePerRecord<CachedBody>(512);

export async function registerApi(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const json = (reply: FastifyReply, body: unknown) => reply.header('cache-control', cacheControl.page).send(body);
  /** Answers from the per-record cache, computing the JSON once per URL and day. */
  const cachedJson = async (url: string, reply: FastifyReply, compute: () => Promise<Result<unknown>>) => {
    const cache = responses(await deps.site());
    const key = `${deps.today()} ${url}`;
    const hit = cache.get(key);
    if (hit !== undefined) return sendCached(reply, hit, 'application/json; charset=utf-8');
    const result = await compute();
    if (!result.ok) return fail(reply, result.error);
    const entry = cachedBody(JSON.stringify(result.value));
    cache.set(key, entry);
    return sendCached(reply, entry, 'application/json; charset=utf-8');
  };

  app.get('/api/v1/status', async (request, reply) => {
    const site = await deps.site();
    const query = request.query as Query;
    const asOf = asOfParam(query, site.rules, deps.today());
    if (!asOf.ok) return fail(reply, asOf.error);
    const basis = basisParam(query);
    if (!basis.ok) return fail(reply, basis.error);
    return json(reply, statusReport(site.history, asOf.value, basis.value, site.groupNames));
  });

  const listStates = async (query: Query) => {
    const site = await deps.site();
    const asOf = asOfParam(query, site.rules, deps.today());
    if (!asOf.ok) return asOf;
    const status = enumParam(query, 'status', statusFilters);
    if (!status.ok) return status;
    const rows = stateRows(site, asOf.value, status.value, null).map(
      ({ iso3, name, status: s, signature, consent, entryIntoForce, entryIntoForceBasis, withdrawal }) => ({
        iso3, name, status: s, signature, consent, entryIntoForce, entryIntoForceBasis, withdrawal,
      }),
    );
    return { ok: true as const, value: rows };
  };

  app.get('/api/v1/states', async (request, reply) => cachedJson(request.url, reply, () => listStates(request.query as Query)));

  app.get('/states.csv', async (request, reply) => {
    const rows = await listStates(request.query as Query);
    if (!rows.ok) return fail(reply, rows.error);
    return reply
      .header('cache-control', cacheControl.page)
      .header('content-disposition', 'attachment; filename="states.csv"')
      .type('text/csv; charset=utf-8')
      .send(statesCsv(rows.value));
  });

  app.get('/api/v1/states/:iso3', async (request, reply) => {
    const site = await deps.site();
    const iso3 = ((request.params as { iso3?: string }).iso3 ?? '').toUpperCase();
    const asOf = asOfParam(request.query as Query, site.rules, deps.today());
    if (!asOf.ok) return fail(reply, asOf.error);
    const profile = stateProfile(site, iso3, asOf.value);
    if (profile === null) return fail(reply, { code: 'not-found', message: `iso3: no State with code "${iso3}" in the record` });
    if (profile.detail === null) return fail(reply, { code: 'invalid-input', message: `asOf: ${profile.state.name} does not count as a State on ${asOf.value}` });
    return json(reply, profile.detail);
  });

  app.get('/api/openapi.json', async (_request, reply) => json(reply, openApiDocument));
}

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'openapi-3.0' });
const asOfParameter = { name: 'asOf', in: 'query', required: false, description: 'calendar date YYYY-MM-DD from 1997-12-03 to today (default today)', schema: { type: 'string', format: 'date' } };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: schema(errorSchema) } } });

export const openApiDocument = {
  openapi: '3.0.3',
  info: { title: 'Adherence API', version: '1', description: 'Who is bound by the Anti-Personnel Mine Ban Convention on any date, and why. Lists are sorted by State name; dates are YYYY-MM-DD.' },
  paths: {
    '/api/v1/status': {
      get: {
        summary: 'Counts on a date, naming the States counted',
        parameters: [asOfParameter, { name: 'basis', in: 'query', required: false, schema: { type: 'string', enum: [...countingBases] } }],
        responses: { '200': { description: 'the counts', content: { 'application/json': { schema: schema(statusSchema) } } }, '400': errorResponse('a bad parameter, named in the message') },
      },
    },
    '/api/v1/states': {
      get: {
        summary: 'Every State that exists on the date, with its status',
        parameters: [asOfParameter, { name: 'status', in: 'query', required: false, schema: { type: 'string', enum: [...statusFilters] } }],
        responses: { '200': { description: 'the States', content: { 'application/json': { schema: schema(z.array(stateSummarySchema)) } } }, '400': errorResponse('a bad parameter') },
      },
    },
    '/api/v1/states/{iso3}': {
      get: {
        summary: 'One State: status, why, and its actions with sources',
        parameters: [{ name: 'iso3', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z]{3}$' } }, asOfParameter],
        responses: {
          '200': { description: 'the State', content: { 'application/json': { schema: schema(stateDetailSchema) } } },
          '400': errorResponse('a bad parameter'),
          '404': errorResponse('no such State'),
        },
      },
    },
  },
};
