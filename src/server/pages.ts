// The public HTML pages, in English, French and Spanish: /{lang}/..., or unprefixed paths
// answered in the language Accept-Language prefers.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stateProfile, stateRows, statusModel, type Site } from '../app/site.js';
import type { Result } from '../domain/result.js';
import { statuses } from '../domain/status.js';
import { isLanguage, type Language } from '../views/i18n/locale.js';
import { figures } from '../views/figures.js';
import { html } from '../views/html/html.js';
import { layout, pageContext, type PageContext } from '../views/html/layout.js';
import { naming } from '../views/html/naming.js';
import { renderStatePage } from '../views/html/state-page.js';
import { renderStatesPage, sortKeys, statusFilters, type SortKey } from '../views/html/states-page.js';
import { renderStatusPage } from '../views/html/status-page.js';
import type { ServerDeps } from './create-server.js';
import { httpStatus } from './errors.js';
import { negotiateLanguage } from './language.js';
import { cachedBody, cachePerRecord, sendCached, type CachedBody } from './render-cache.js';
import { asOfParam, basisParam, enumParam, type Query } from './query.js';

type PageResult = Result<string> | { readonly ok: false; readonly error: { readonly code: 'not-found'; readonly message: string } };
type Page = (ctx: PageContext, site: Site, query: Query, params: Readonly<Record<string, string>>) => PageResult;

const statusPage: Page = (ctx, site, query) => {
  const asOf = asOfParam(query, site.rules, ctx.today);
  if (!asOf.ok) return asOf;
  const basis = basisParam(query);
  if (!basis.ok) return basis;
  const model = statusModel(site, asOf.value, basis.value);
  const names = naming(ctx.lang, site.stateNames, site.groupNames);
  const { map, timeline } = figures(ctx, model, names);
  return {
    ok: true,
    value: renderStatusPage(ctx, {
      statements: model.statements,
      naming: names,
      textUrl: site.rules.textUrl,
      entryIntoForce: model.entryIntoForce,
      signatories: model.signatories,
      withdrawn: model.withdrawn,
      map,
      timeline,
    }),
  };
};

const statesPage: Page = (ctx, site, query) => {
  const asOf = asOfParam(query, site.rules, ctx.today);
  if (!asOf.ok) return asOf;
  const status = enumParam(query, 'status', statusFilters);
  if (!status.ok) return status;
  const regions = [...site.groupNames.keys()].filter((code) => site.record.states.some((s) => [s.region, s.subRegion, s.intermediateRegion].includes(code)));
  const region = enumParam(query, 'region', regions);
  if (!region.ok) return region;
  const sort = enumParam(query, 'sort', sortKeys);
  if (!sort.ok) return sort;
  const order = enumParam(query, 'order', ['asc', 'desc'] as const);
  if (!order.ok) return order;
  const names = naming(ctx.lang, site.stateNames, site.groupNames);
  const key: SortKey = sort.value ?? 'name';
  const collator = new Intl.Collator(ctx.lang, { sensitivity: 'base' });
  const rows = stateRows(site, asOf.value, status.value, region.value)
    .map((row) => ({ row, name: names.state(row.iso3) }))
    .sort((a, b) => compareRows(key, a.row, b.row) || collator.compare(a.name, b.name));
  if (order.value === 'desc') rows.reverse();
  return {
    ok: true,
    value: renderStatesPage(ctx, {
      asOf: asOf.value,
      rows: rows.map((r) => r.row),
      regions,
      status: status.value,
      region: region.value,
      sort: key,
      descending: order.value === 'desc',
      naming: names,
    }),
  };
};

function compareRows(key: SortKey, a: ReturnType<typeof stateRows>[number], b: ReturnType<typeof stateRows>[number]): number {
  const value = (row: typeof a): string => {
    switch (key) {
      case 'name':
        return '';
      case 'status':
        return String(statuses.indexOf(row.status));
      case 'signature':
        return row.signature ?? '9999';
      case 'consent':
        return row.consent?.date ?? '9999';
      case 'entryIntoForce':
        return row.entryIntoForce ?? '9999';
      case 'withdrawal':
        return row.withdrawal?.deposited ?? '9999';
    }
  };
  return value(a).localeCompare(value(b));
}

const statePage: Page = (ctx, site, query, params) => {
  const iso3 = (params['iso3'] ?? '').toUpperCase();
  const asOf = asOfParam(query, site.rules, ctx.today);
  if (!asOf.ok) return asOf;
  const profile = stateProfile(site, iso3, asOf.value);
  if (profile === null) return { ok: false, error: { code: 'not-found', message: `no State with code ${iso3}` } };
  if (profile.detail === null) {
    return { ok: false, error: { code: 'invalid-input', message: `asOf: ${profile.state.name} does not count as a State on ${asOf.value}` } };
  }
  const { state } = profile;
  return {
    ok: true,
    value: renderStatePage(ctx, {
      detail: profile.detail,
      asOf: asOf.value,
      regions: [state.region, state.subRegion, ...(state.intermediateRegion === null ? [] : [state.intermediateRegion])],
      indicators: profile.indicators,
      thresholdDate: site.history.general.value?.thresholdDate ?? null,
      naming: naming(ctx.lang, site.stateNames, site.groupNames),
    }),
  };
};

const renderedPages = cachePerRecord<CachedBody>(512);

export async function registerPages(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const serve = (page: Page, path: (params: Readonly<Record<string, string>>) => string) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const params = request.params as Readonly<Record<string, string>>;
      const prefixed = params['lang'];
      if (prefixed !== undefined && !isLanguage(prefixed)) return notFound(request, reply, deps);
      const lang: Language = prefixed ?? negotiateLanguage(request.headers['accept-language']);
      if (prefixed === undefined) void reply.header('vary', 'Accept-Language');
      const query = request.query as Query;
      const ctx = pageContext(lang, deps.today(), path(params), stringQuery(query));
      const site = await deps.site();
      const cache = renderedPages(site);
      const key = `${lang} ${ctx.today} ${request.url.replace(/^\/(en|fr|es)(?=\/|$)/, '')}`;
      void reply.header('content-language', lang);
      const cached = cache.get(key);
      if (cached !== undefined) return sendCached(reply, cached, 'text/html; charset=utf-8');
      const result = page(ctx, site, query, params);
      if (result.ok) {
        const entry = cachedBody(result.value);
        cache.set(key, entry);
        return sendCached(reply, entry, 'text/html; charset=utf-8');
      }
      const status = httpStatus[result.error.code];
      const title = status === 404 ? ctx.t.notFoundTitle : ctx.t.badRequestTitle;
      const body = layout(ctx, { title, main: html`<h1>${title}</h1><p>${status === 404 ? ctx.t.notFound : ''} ${result.error.message}</p>` });
      return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
    };
  for (const prefix of ['', '/:lang']) {
    app.get(prefix === '' ? '/' : `${prefix}/`, serve(statusPage, () => '/'));
    app.get(`${prefix}/states`, serve(statesPage, () => '/states'));
    app.get(`${prefix}/states/:iso3`, serve(statePage, (p) => `/states/${(p['iso3'] ?? '').toUpperCase()}`));
  }
  app.setNotFoundHandler((request, reply) => notFound(request, reply, deps));
}

function stringQuery(query: Query): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]));
}

function notFound(request: FastifyRequest, reply: FastifyReply, deps: ServerDeps) {
  if (request.url.startsWith('/api/')) {
    return reply.code(404).send({ error: { code: 'not-found', message: `no API route ${request.method} ${request.url.split('?')[0]}` } });
  }
  const ctx = pageContext(negotiateLanguage(request.headers['accept-language']), deps.today(), '/', {});
  const body = layout(ctx, { title: ctx.t.notFoundTitle, main: html`<h1>${ctx.t.notFoundTitle}</h1><p>${ctx.t.notFound}</p>` });
  return reply.code(404).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}
