// The Atom feed of each treaty's latest depositary actions: /{lang}?/{treaty}/feed.atom, and
// /{lang}?/feed.atom for the default treaty (as every path without a treaty answers for it). A
// feed's links must be absolute: they start with ADHERENCE_PUBLIC_URL when it is set, else with
// the request's own protocol and host.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { latestActions } from '../app/changes-report.js';
import { fail, ok, type DomainError, type Result } from '../domain/result.js';
import { renderAtomFeed } from '../views/atom.js';
import { naming } from '../views/html/naming.js';
import { messages } from '../views/i18n/index.js';
import { isLanguage, type Language } from '../views/i18n/locale.js';
import type { ServerDeps } from './create-server.js';
import { errorBody, httpStatus } from './errors.js';
import { negotiateLanguage } from './language.js';
import { bodyCost, cachedBody, cachePerRecord, sendCached, type CachedBody } from './render-cache.js';

/** How many actions a feed carries: a reader polls it far more often than that many are deposited. */
export const feedEntries = 50;

const feeds = cachePerRecord<CachedBody>(2 * 2 ** 20, bodyCost);

const hostPattern = /^([a-z0-9]([a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/** The origin links start with; an unusable Host header is refused rather than echoed into the feed. */
function origin(request: FastifyRequest, deps: ServerDeps): Result<string> {
  if (deps.publicUrl !== undefined) return ok(deps.publicUrl);
  if (!hostPattern.test(request.host)) return fail('invalid-input', `Host: "${request.host}" is not a host name; set ADHERENCE_PUBLIC_URL behind a proxy that rewrites it`, 'Host');
  return ok(`${request.protocol}://${request.host}`);
}

export async function registerFeeds(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const serve = async (request: FastifyRequest, reply: FastifyReply) => {
    const params = request.params as { a?: string; b?: string };
    const segments = [params.a, params.b].filter((s): s is string => s !== undefined);
    const named = segments[0] !== undefined && isLanguage(segments[0]) ? segments[0] : null;
    const rest = named === null ? segments : segments.slice(1);
    if (rest.length > 1) return refuse(reply, { code: 'not-found', message: `no feed at ${request.url.split('?')[0]}` });
    const lang: Language = named ?? negotiateLanguage(request.headers['accept-language']);
    if (named === null) void reply.header('vary', 'Accept-Language');
    const site = deps.site();
    const id = rest[0] ?? deps.defaultTreaty;
    const treaty = site.treaties.get(id);
    if (treaty === undefined) return refuse(reply, { code: 'not-found', message: `treaty: no treaty "${id}"; known: ${[...site.treaties.keys()].join(', ')}` });
    const base = origin(request, deps);
    if (!base.ok) return refuse(reply, base.error);
    const today = deps.today();
    const cache = feeds(site);
    const key = `${today} ${lang} ${base.value} ${id}`;
    void reply.header('content-language', lang);
    const type = 'application/atom+xml; charset=utf-8';
    const hit = cache.get(key);
    if (hit !== undefined) return sendCached(reply, hit, type);
    const feed = renderAtomFeed({
      lang,
      t: messages[lang],
      treaty: { id, text: treaty.rules.text[lang] },
      origin: base.value,
      actions: latestActions(treaty.history, today, feedEntries),
      emptyUpdated: treaty.rules.adopted,
      naming: naming(lang, site.names),
    });
    const entry = cachedBody(feed);
    cache.set(key, entry);
    return sendCached(reply, entry, type);
  };
  for (const path of ['/feed.atom', '/:a/feed.atom', '/:a/:b/feed.atom']) app.get(path, serve);
}

const refuse = (reply: FastifyReply, error: DomainError) =>
  reply.code(httpStatus[error.code]).header('cache-control', 'no-store').send(errorBody(error.code, error.message));
