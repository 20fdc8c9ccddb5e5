// The public HTML pages, in English, French and Spanish: /{lang}/..., or unprefixed paths
// answered in the language Accept-Language prefers. page-routes.ts says which page a path names.
import type { CalendarDate } from '../domain/calendar-date.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { obligationsOf } from '../app/obligations-report.js';
import { obligationStatements } from '../domain/obligation-statements.js';
import { obligationsPage } from './obligations-page.js';
import { stateProfile, stateRows, statusModel, timelineModel, type Site, type TreatySite } from '../app/site.js';
import { listNames } from '../app/state-lists.js';
import type { Result } from '../domain/result.js';
import { statuses } from '../domain/status.js';
import { mapFigure, timelineLayouts, timelinePicture, timelineSvg, type TimelineLayoutName } from '../views/figures.js';
import { html } from '../views/html/html.js';
import { layout, pageContext, type PageContext } from '../views/html/layout.js';
import { naming } from '../views/html/naming.js';
import { renderStateAcrossPage } from '../views/html/state-across-page.js';
import { renderStatePage } from '../views/html/state-page.js';
import { renderStatesPage, sortKeys, type SortKey } from '../views/html/states-page.js';
import { renderStatusPage } from '../views/html/status-page.js';
import { changesPage } from './changes-page-route.js';
import { renderTreatiesPage } from '../views/html/treaties-page.js';
import { collatorFor, type Language } from '../views/i18n/locale.js';
import type { ServerDeps } from './create-server.js';
import { errorBody, httpStatus } from './errors.js';
import { errorPage, isApiPath, languageOf } from './request-errors.js';
import { cachedListFile } from './list-files.js';
import { negotiateLanguage } from './language.js';
import { resolvePage, type PageRoute } from './page-routes.js';
import { asOfParam, basisParam, enumParam, excerpt, single, stateListParams, type Query } from './query.js';
import { bodyCost, cachedBody, cachePerRecord, sendCached, type CachedBody } from './render-cache.js';

type PageResult = Result<string>;

/** The query parameters each page reads; any other is left out of the cache key. */
const pageParameters: Record<Exclude<PageRoute['kind'], 'redirect' | 'not-found'>, readonly string[]> = {
  treaties: ['asOf'],
  status: ['asOf', 'basis'],
  states: ['asOf', 'basis', 'status', 'region', 'sort', 'order'],
  changes: ['from', 'to'],
  obligations: ['asOf', 'obligation', 'status', 'sort', 'order'],
  state: ['asOf'],
  'state-across': ['asOf'],
  timeline: ['asOf', 'basis'],
};

async function statusPage(ctx: PageContext, site: Site, t: TreatySite, query: Query): Promise<PageResult> {
  const asOf = asOfParam(query, t.rules, ctx.today);
  if (!asOf.ok) return asOf;
  const basis = basisParam(query);
  if (!basis.ok) return basis;
  const model = statusModel(t, asOf.value, basis.value);
  const names = naming(ctx.lang, site.names);
  // Today's page gives each printed list's size, as the secretariat's page does (the download
  // then comes from the same cache). A page for another date links them without: making two
  // PDFs costs about ten times the rest of the page, and would be paid for every date asked.
  const lists = await Promise.all(
    listNames.map(async (list) => {
      if (asOf.value !== ctx.today) return { list, pdfBytes: null };
      const file = await cachedListFile(site, t, { list, format: 'pdf', asOf: asOf.value, basis: basis.value, lang: ctx.lang, paper: 'a4' });
      return { list, pdfBytes: file.body.length };
    }),
  );
  return { ok: true, value: renderStatusPage(ctx, {
      statements: model.statements,
      naming: names,
      entryIntoForce: model.entryIntoForce,
      map: mapFigure(ctx, model, names),
      timeline: timelinePicture(ctx, asOf.value, basis.value),
      lists,
      obligations: obligationStatements(t.history, t.record.indicators, asOf.value),
    }) };
}

/** The status page's timeline for a date and basis, in one layout, as an SVG document. */
function timelineImage(ctx: PageContext, site: Site, t: TreatySite, query: Query, layout: TimelineLayoutName): PageResult {
  const asOf = asOfParam(query, t.rules, ctx.today);
  if (!asOf.ok) return asOf;
  const basis = basisParam(query);
  if (!basis.ok) return basis;
  return { ok: true, value: timelineSvg(ctx, timelineModel(t, asOf.value, basis.value), naming(ctx.lang, site.names), timelineLayouts[layout]) };
}

function statesPage(ctx: PageContext, site: Site, t: TreatySite, query: Query): PageResult {
  const params = stateListParams(query, t.rules, ctx.today, site.groupCodes);
  if (!params.ok) return params;
  const { asOf, basis, status, region } = params.value;
  const sort = enumParam(query, 'sort', sortKeys);
  if (!sort.ok) return sort;
  const order = enumParam(query, 'order', ['asc', 'desc'] as const);
  if (!order.ok) return order;
  const names = naming(ctx.lang, site.names);
  const key: SortKey = sort.value ?? 'name';
  const collator = collatorFor(ctx.lang);
  const rows = stateRows(t, asOf, basis, status, region)
    .map((row) => ({ row, name: names.state(row.iso3) }))
    .sort((a, b) => compareRows(key, a.row, b.row) || collator.compare(a.name, b.name));
  if (order.value === 'desc') rows.reverse();
  return {
    ok: true,
    value: renderStatesPage(ctx, {
      asOf,
      basis,
      rows: rows.map((r) => r.row),
      regions: site.groupCodes,
      status,
      region,
      sort: key,
      descending: order.value === 'desc',
      naming: names,
    }),
  };
}

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

function statePage(ctx: PageContext, site: Site, t: TreatySite, query: Query, iso3: string, lastChanged: string | null): PageResult {
  const asOf = asOfParam(query, t.rules, ctx.today);
  if (!asOf.ok) return asOf;
  const profile = stateProfile(t, iso3, asOf.value);
  if (profile === null) return { ok: false, error: { code: 'not-found', message: `no State with code ${iso3}` } };
  if (profile.detail === null) {
    return { ok: false, error: { code: 'invalid-input', message: `asOf: ${profile.state.name} does not count as a State on ${asOf.value}` } };
  }
  const { state } = profile;
  const { entryIntoForce, withdrawal } = t.rules;
  return {
    ok: true,
    value: renderStatePage(ctx, {
      detail: profile.detail,
      asOf: asOf.value,
      regions: [state.region, state.subRegion, ...(state.intermediateRegion === null ? [] : [state.intermediateRegion])],
      indicators: profile.indicators,
      thresholdDate: t.history.general.value?.thresholdDate ?? null,
      rules: { instruments: entryIntoForce.instruments, generalMonths: entryIntoForce.generalMonthsAfter, laterMonths: entryIntoForce.laterMonthsAfter, withdrawalMonths: withdrawal.monthsAfterReceipt },
      awaitingDepositary: t.awaitingDepositary,
      estimateKinds: new Set(t.rules.facts.kinds.filter((k) => k.value === 'count').map((k) => k.id)),
      naming: naming(ctx.lang, site.names),
      obligations: obligationsInput(t, iso3, asOf.value),
      lastChanged,
    }),
  };
}

function stateAcrossPage(ctx: PageContext, site: Site, query: Query, iso3: string): PageResult {
  const first = [...site.treaties.values()][0];
  if (first === undefined) return { ok: false, error: { code: 'not-found', message: 'the record holds no treaty' } };
  const asOf = asOfParam(query, first.rules, ctx.today);
  if (!asOf.ok) return asOf;
  if (!site.names.states.has(iso3)) return { ok: false, error: { code: 'not-found', message: `no State with code ${iso3}` } };
  const rows = [...site.treaties.values()].map((t) => ({ treaty: t.rules.id, text: t.rules.text[ctx.lang], profile: stateProfile(t, iso3, asOf.value) }));
  return { ok: true, value: renderStateAcrossPage(ctx, { iso3, asOf: asOf.value, rows, naming: naming(ctx.lang, site.names) }) };
}

function treatiesPage(ctx: PageContext, site: Site, query: Query): PageResult {
  const first = [...site.treaties.values()][0];
  const asOf = first === undefined ? ({ ok: true, value: ctx.today } as const) : asOfParam(query, first.rules, ctx.today);
  if (!asOf.ok) return asOf;
  return { ok: true, value: renderTreatiesPage(ctx, { asOf: asOf.value, treaties: [...site.treaties.values()] }) };
}

/** Bounded by bytes: 32 MB of pages (about 150 status pages with their compressed copies). */
const renderedPages = cachePerRecord<CachedBody>(32 * 2 ** 20, bodyCost);

export async function registerPages(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const [pathPart = '/', search = ''] = request.url.split('?');
    const segments = pathPart.split('/').filter((s) => s !== '');
    const site = deps.site();
    const treatyIds = new Set(site.treaties.keys());
    const resolved = resolvePage(segments, treatyIds, deps.defaultTreaty, search !== '');
    const lang: Language = resolved.lang ?? negotiateLanguage(request.headers['accept-language']);
    if (resolved.lang === null) void reply.header('vary', 'Accept-Language');
    const { route } = resolved;
    if (route.kind === 'redirect') return reply.redirect(`${route.path}${search === '' ? '' : `?${search}`}`, 301);
    if (route.kind === 'not-found') return notFound(request, reply, deps, lang);
    const query = request.query as Query;
    const known = new URLSearchParams(
      pageParameters[route.kind].flatMap((name): [string, string][] => {
        const value = single(query, name);
        return value === undefined ? [] : [[name, value]];
      }),
    ).toString();
    // Parameters the page does not read (tracking tags, typos) or gives twice: one redirect to the
    // canonical address, so such links still work and never reach the cache.
    const given = [...new URLSearchParams(search).keys()];
    if (given.some((name, i) => !pageParameters[route.kind].includes(name) || given.indexOf(name) !== i)) {
      return reply.redirect(`${pathPart}${known === '' ? '' : `?${known}`}`, 301);
    }
    const treaty = 'treaty' in route ? (site.treaties.get(route.treaty) ?? null) : null;
    const pagePath = `/${segments.slice(resolved.lang === null ? 0 : 1).join('/')}`.replace(/^\/$/, '/');
    const ctx = pageContext(lang, deps.today(), route.kind === 'status' ? `/${route.treaty}/` : pagePath, Object.fromEntries(new URLSearchParams(known)), {
      treaty: treaty === null ? null : { id: treaty.rules.id, text: treaty.rules.text },
      reportUrl: deps.reportUrl,
    });
    const cache = renderedPages(site);
    const key = `${lang} ${ctx.today} ${ctx.path}?${known}`;
    void reply.header('content-language', lang);
    const type = route.kind === 'timeline' ? 'image/svg+xml' : 'text/html; charset=utf-8';
    const cached = cache.get(key);
    if (cached !== undefined) return sendCached(reply, cached, type);
    // When an editor's reviewed change last reached the State: it moves only with the record, as the cache does.
    const lastChanged = route.kind === 'state' && deps.editing !== undefined ? ((await deps.editing.store.lastChanged(route.treaty)).get(route.iso3) ?? null) : null;
    const result = await render(ctx, site, treaty, query, route, lastChanged);
    if (result.ok) {
      const entry = cachedBody(result.value);
      cache.set(key, entry);
      return sendCached(reply, entry, type);
    }
    const status = httpStatus[result.error.code];
    const title = status === 404 ? ctx.t.notFoundTitle : ctx.t.badRequestTitle;
    const body = layout(ctx, { title, main: html`<h1>${title}</h1><p>${status === 404 ? ctx.t.notFound : ''} ${result.error.message}</p>` });
    return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
  };
  for (const path of ['/', '/:a', '/:a/:b', '/:a/:b/:c', '/:a/:b/:c/:d']) app.get(path, serve);
  app.setNotFoundHandler((request, reply) => notFound(request, reply, deps, languageOf(request.url, request.headers['accept-language'])));
}

function render(ctx: PageContext, site: Site, treaty: TreatySite | null, query: Query, route: Exclude<PageRoute, { kind: 'redirect' | 'not-found' }>, lastChanged: string | null): PageResult | Promise<PageResult> {
  switch (route.kind) {
    case 'treaties':
      return treatiesPage(ctx, site, query);
    case 'state-across':
      return stateAcrossPage(ctx, site, query, route.iso3);
    case 'status':
    case 'states':
    case 'changes':
    case 'obligations':
    case 'state':
    case 'timeline':
      if (treaty === null) return { ok: false, error: { code: 'not-found', message: `no treaty ${route.treaty} in the record` } };
      if (route.kind === 'status') return statusPage(ctx, site, treaty, query);
      if (route.kind === 'states') return statesPage(ctx, site, treaty, query);
      if (route.kind === 'changes') return changesPage(ctx, site, treaty, query);
      if (route.kind === 'obligations') return obligationsPage(ctx, site, treaty, query);
      if (route.kind === 'timeline') return timelineImage(ctx, site, treaty, query, route.layout);
      return statePage(ctx, site, treaty, query, route.iso3, lastChanged);
  }
}

function notFound(request: FastifyRequest, reply: FastifyReply, deps: ServerDeps, lang: Language) {
  void reply.code(404).header('cache-control', 'no-store');
  if (isApiPath(request.url)) return reply.send(errorBody('not-found', `no API route ${request.method} ${excerpt(request.url.split('?')[0] ?? '')}`));
  return reply.header('content-language', lang).type('text/html; charset=utf-8').send(errorPage(deps, lang, 404));
}

function obligationsInput(t: TreatySite, iso3: string, asOf: CalendarDate) {
  const value = obligationsOf(t, iso3, asOf);
  return value === null ? null : { value, rules: t.rules.obligations };
}
