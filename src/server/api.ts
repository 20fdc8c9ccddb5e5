// The JSON API under /api/v1/{treaty} (the first release's /api/v1/... paths answer for the Mine
// Ban Convention) and its OpenAPI document, generated from the zod schemas. Every parameter is
// checked; one the endpoint does not know is refused with 400 naming it.
import { editorPaths, editorSecuritySchemes } from './editor-openapi.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changesPeriod, changesReport } from '../app/changes-report.js';
import { obligationsList, obligationsReport } from '../app/obligations-report.js';
import { obligationIds } from '../domain/obligations.js';
import { stateProfile, stateRows, summaryOf, type Site, type TreatySite } from '../app/site.js';
import { statusReport } from '../app/status-report.js';
import { countingBases } from '../domain/counting-basis.js';
import { fail, ok, type DomainError, type Result } from '../domain/result.js';
import { statesCsv } from '../views/lists/list-csv.js';
import { obligationsCsv } from '../views/lists/obligations-csv.js';
import { statusFilters } from '../app/site.js';
import { changesSchema, errorSchema, obligationsListSchema, stateDetailSchema, statesListSchema, statusSchema } from './api-schemas.js';
import { cacheControl } from './cache-control.js';
import type { ServerDeps } from './create-server.js';
import { errorBody, httpStatus } from './errors.js';
import { asIso3 } from '../domain/iso3.js';
import { asOfParam, basisParam, excerpt, onlyParams, single, stateListParams, type Query } from './query.js';
import { bodyCost, cachedBody, cachePerRecord, sendCached, type CachedBody } from './render-cache.js';

const fail4xx = (reply: FastifyReply, error: DomainError) =>
  reply.code(httpStatus[error.code]).header('cache-control', 'no-store').send(errorBody(error.code, error.message));

const responses = cachePerRecord<CachedBody>(8 * 2 ** 20, bodyCost);

export async function registerApi(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const treatyOf = (site: Site, request: FastifyRequest): Result<TreatySite> => {
    const id = (request.params as { treaty?: string }).treaty ?? deps.defaultTreaty;
    const treaty = site.treaties.get(id);
    return treaty === undefined ? fail('not-found', `treaty: no treaty "${id}"; known: ${[...site.treaties.keys()].join(', ')}`, 'treaty') : ok(treaty);
  };

  /** Answers from the per-record cache, computing the body once per URL and day. */
  const cached = async (request: FastifyRequest, reply: FastifyReply, type: string, compute: (site: Site, query: Query) => Result<string>) => {
    const site = deps.site();
    const cache = responses(site);
    // The normalised request, not the raw URL: the same question in another order is one entry.
    // Every value given counts, a repeated one too (refused below, so never cached), or a repeated
    // parameter would find the answer to the question without it.
    const params = Object.entries(request.query as Query)
      .flatMap(([name, value]): [string, string][] => (Array.isArray(value) ? value : [value]).map((v) => [name, String(v)]))
      .sort(([a], [b]) => a.localeCompare(b));
    const key = `${deps.today()} ${request.url.split('?')[0]} ${new URLSearchParams(params).toString()}`;
    const hit = cache.get(key);
    if (hit !== undefined) return sendCached(reply, hit, type);
    const result = compute(site, request.query as Query);
    if (!result.ok) return fail4xx(reply, result.error);
    const entry = cachedBody(result.value);
    cache.set(key, entry);
    return sendCached(reply, entry, type);
  };

  const status = (request: FastifyRequest) => (site: Site, query: Query): Result<string> => {
    const known = onlyParams(query, ['asOf', 'basis']);
    if (!known.ok) return known;
    const treaty = treatyOf(site, request);
    if (!treaty.ok) return treaty;
    const asOf = asOfParam(query, treaty.value.rules, deps.today());
    if (!asOf.ok) return asOf;
    const basis = basisParam(query);
    if (!basis.ok) return basis;
    return ok(JSON.stringify(statusReport(treaty.value.history, asOf.value, basis.value, site.names.groups)));
  };

  const listStates = (site: Site, request: FastifyRequest, query: Query) => {
    const known = onlyParams(query, ['asOf', 'basis', 'status', 'region']);
    if (!known.ok) return known;
    const treaty = treatyOf(site, request);
    if (!treaty.ok) return treaty;
    const params = stateListParams(query, treaty.value.rules, deps.today(), site.groupCodes);
    if (!params.ok) return params;
    const { asOf, basis, status, region } = params.value;
    const states = stateRows(treaty.value, asOf, basis, status, region).map(summaryOf);
    return ok({ treaty: treaty.value.rules.id, asOf, basis, states });
  };

  const state = (request: FastifyRequest) => (site: Site, query: Query): Result<string> => {
    const known = onlyParams(query, ['asOf']);
    if (!known.ok) return known;
    const treaty = treatyOf(site, request);
    if (!treaty.ok) return treaty;
    const given = (request.params as { iso3?: string }).iso3 ?? '';
    const iso3 = asIso3(given);
    if (iso3 === null) return fail('invalid-input', `iso3: "${excerpt(given)}" is not an ISO 3166-1 alpha-3 code (three letters A-Z)`, 'iso3');
    const asOf = asOfParam(query, treaty.value.rules, deps.today());
    if (!asOf.ok) return asOf;
    const profile = stateProfile(treaty.value, iso3, asOf.value);
    if (profile === null) return fail('not-found', `iso3: no State with code "${iso3}" in the record`, 'iso3');
    if (profile.detail === null) return fail('invalid-input', `asOf: ${profile.state.name} does not count as a State on ${asOf.value}`, 'asOf');
    return ok(JSON.stringify({ ...profile.detail, obligations: obligationsReport(treaty.value, iso3, asOf.value) }));
  };

  const changes = (request: FastifyRequest) => (site: Site, query: Query): Result<string> => {
    const known = onlyParams(query, ['from', 'to']);
    if (!known.ok) return known;
    const treaty = treatyOf(site, request);
    if (!treaty.ok) return treaty;
    const period = changesPeriod(single(query, 'from'), single(query, 'to'), treaty.value.rules, deps.today(), { from: 'from', to: 'to' });
    if (!period.ok) return period;
    return ok(JSON.stringify(changesReport(treaty.value.history, period.value)));
  };

  const obligations = (request: FastifyRequest) => (site: Site, query: Query) => {
    const known = onlyParams(query, ['asOf']);
    if (!known.ok) return known;
    const treaty = treatyOf(site, request);
    if (!treaty.ok) return treaty;
    const asOf = asOfParam(query, treaty.value.rules, deps.today());
    if (!asOf.ok) return asOf;
    return ok({ rules: treaty.value.rules, list: obligationsList(treaty.value, asOf.value) });
  };

  const json = 'application/json; charset=utf-8';
  for (const prefix of ['/api/v1', '/api/v1/:treaty']) {
    app.get(`${prefix}/status`, (request, reply) => cached(request, reply, json, status(request)));
    app.get(`${prefix}/states`, (request, reply) =>
      cached(request, reply, json, (site, query) => {
        const list = listStates(site, request, query);
        return list.ok ? ok(JSON.stringify(list.value)) : list;
      }),
    );
    app.get(`${prefix}/states/:iso3`, (request, reply) => cached(request, reply, json, state(request)));
    app.get(`${prefix}/changes`, (request, reply) => cached(request, reply, json, changes(request)));
    app.get(`${prefix}/obligations`, (request, reply) =>
      cached(request, reply, json, (site, query) => {
        const found = obligations(request)(site, query);
        return found.ok ? ok(JSON.stringify(found.value.list)) : found;
      }),
    );
  }
  for (const path of ['/obligations.csv', '/:treaty/obligations.csv']) {
    app.get(path, async (request, reply) => {
      const found = obligations(request)(deps.site(), request.query as Query);
      if (!found.ok) return fail4xx(reply, found.error);
      const { rules, list } = found.value;
      return reply
        .header('cache-control', cacheControl.page)
        .header('content-disposition', `attachment; filename="${list.treaty}-obligations-${list.asOf}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(obligationsCsv(obligationIds.map((id) => rules.obligations[id].key), list.states));
    });
  }
  for (const path of ['/states.csv', '/:treaty/states.csv']) {
    app.get(path, async (request, reply) => {
      const list = listStates(deps.site(), request, request.query as Query);
      if (!list.ok) return fail4xx(reply, list.error);
      return reply
        .header('cache-control', cacheControl.page)
        .header('content-disposition', `attachment; filename="${list.value.treaty}-states-${list.value.asOf}.csv"`)
        .type('text/csv; charset=utf-8')
        .send(statesCsv(list.value.states));
    });
  }
  app.get('/api/openapi.json', async (_request, reply) => {
    const site = deps.site();
    const fallback = site.treaties.get(deps.defaultTreaty);
    const defaultName = fallback === undefined ? deps.defaultTreaty : `${fallback.rules.text.en.shortName} (${deps.defaultTreaty})`;
    return reply.header('cache-control', cacheControl.page).send(openApiDocument(site.treaties.keys(), defaultName, deps.editing !== undefined));
  });
}

const schema = (s: z.ZodType) => z.toJSONSchema(s, { target: 'openapi-3.0' });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: schema(errorSchema) } } });

/** `defaultName` names the treaty the paths without {treaty} answer for; `editing`: the server has the editors' API. */
export function openApiDocument(treaties: Iterable<string>, defaultName: string, editing = false) {
  const treatyParameter = { name: 'treaty', in: 'path', required: true, schema: { type: 'string', enum: [...treaties] } };
  const asOfParameter = { name: 'asOf', in: 'query', required: false, description: 'calendar date YYYY-MM-DD from the day the treaty opened for signature to today (default today)', schema: { type: 'string', format: 'date' } };
  const basisParameter = { name: 'basis', in: 'query', required: false, description: 'which States are counted (default un-members-and-parties)', schema: { type: 'string', enum: [...countingBases] } };
  const badRequest = errorResponse('a bad or unknown parameter, named in the message');
  return {
    openapi: '3.0.3',
    info: {
      title: 'Adherence API',
      version: '1',
      description:
        `Who is bound by a treaty on any date, and why. Lists are sorted by State name; dates are YYYY-MM-DD. The paths without {treaty} (/api/v1/status, /api/v1/states, /api/v1/states/{iso3}, /api/v1/changes) answer for ${defaultName}.`,
    },
    paths: {
      '/api/v1/{treaty}/status': {
        get: {
          summary: 'Counts on a date, on a stated counting basis, and how far each UN M49 group has joined',
          parameters: [treatyParameter, asOfParameter, basisParameter],
          responses: { '200': { description: 'the counts', content: { 'application/json': { schema: schema(statusSchema) } } }, '400': badRequest, '404': errorResponse('no such treaty') },
        },
      },
      '/api/v1/{treaty}/states': {
        get: {
          summary: 'Every State the basis counts on the date, with its status, filterable by status and M49 group',
          parameters: [
            treatyParameter, asOfParameter, basisParameter,
            { name: 'status', in: 'query', required: false, description: 'joined (bound), not-joined, or one status', schema: { type: 'string', enum: [...statusFilters] } },
            { name: 'region', in: 'query', required: false, description: 'UN M49 code of a region, sub-region or intermediate region', schema: { type: 'string', pattern: '^[0-9]{3}$' } },
          ],
          responses: { '200': { description: 'the States', content: { 'application/json': { schema: schema(statesListSchema) } } }, '400': badRequest, '404': errorResponse('no such treaty') },
        },
      },
      '/api/v1/{treaty}/states/{iso3}': {
        get: {
          summary: 'One State: status, why, and its actions with sources',
          parameters: [treatyParameter, { name: 'iso3', in: 'path', required: true, schema: { type: 'string', pattern: '^[A-Za-z]{3}$' } }, asOfParameter],
          responses: {
            '200': { description: 'the State', content: { 'application/json': { schema: schema(stateDetailSchema) } } },
            '400': badRequest,
            '404': errorResponse('no such treaty or State'),
          },
        },
      },
      '/api/v1/{treaty}/obligations': {
        get: {
          summary: 'Every State Party (and every State withdrawn) on the date with its next deadline and each obligation’s deadline, basis, status and sources, keyed by article; /{treaty}/obligations.csv gives the same as CSV',
          parameters: [treatyParameter, asOfParameter],
          responses: { '200': { description: 'the obligations', content: { 'application/json': { schema: schema(obligationsListSchema) } } }, '400': badRequest, '404': errorResponse('no such treaty') },
        },
      },
      '/api/v1/{treaty}/changes': {
        get: {
          summary: 'What changed between two dates (both included): depositary actions, entries into force and withdrawals taking effect, in date order with sources',
          parameters: [
            treatyParameter,
            { name: 'from', in: 'query', required: false, description: 'first day, YYYY-MM-DD, from the day the treaty opened for signature to today (default twelve months before to)', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', required: false, description: 'last day, YYYY-MM-DD, not before from nor after today (default today)', schema: { type: 'string', format: 'date' } },
          ],
          responses: { '200': { description: 'the changes', content: { 'application/json': { schema: schema(changesSchema) } } }, '400': badRequest, '404': errorResponse('no such treaty') },
        },
      },
      // Only a server with the editors' routes has them (not a static build).
      ...(editing ? editorPaths : {}),
    },
    ...(editing ? { components: { schemas: { Error: schema(errorSchema) }, securitySchemes: editorSecuritySchemes } } : {}),
  };
}
