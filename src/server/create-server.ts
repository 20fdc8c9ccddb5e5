// createServer(deps): the Fastify instance with caching, compression and security headers;
// routes are thin and live in pages.ts and api.ts.
import compress from '@fastify/compress';
import etag from '@fastify/etag';
import helmet from '@fastify/helmet';
import { createServer as createHttpServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Site } from '../app/site.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import { assets } from '../views/assets.js';
import { favicon, stylesheet } from '../views/css.js';
import { registerApi } from './api.js';
import { registerFeeds } from './feed.js';
import { cacheControl } from './cache-control.js';
import { registerListFiles } from './list-files.js';
import { registerPages } from './pages.js';
import { cachedBody, sendCached } from './render-cache.js';
import { Replays } from './replay.js';
import { takeTurns } from './turns.js';
import { answerClientError, fromFrameworkError, sendRequestError } from './request-errors.js';
import { registerEditor, type EditingDeps } from './editor-routes.js';

export interface ServerDeps {
  /** The current record's site, computed once per change of the record; a request takes it once. */
  site(): Site;
  /** Today's date: the only clock the server sees. */
  today(): CalendarDate;
  /** The treaty the first release's paths (/api/v1/status, /states) answer for. */
  readonly defaultTreaty: string;
  /** Where "Report a data error" leads. */
  readonly reportUrl: string;
  /**
   * The origin the site is published at, e.g. "https://adherence.example.org" (no trailing
   * slash): what the Atom feeds' absolute links start with. Absent: the request's protocol and host.
   */
  readonly publicUrl?: string;
  readonly logger?: boolean;
  /** The editors' pages and API; absent (a static build, a read-only server), there are none. */
  readonly editing?: EditingDeps;
}

export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const errorPages = { today: deps.today, reportUrl: deps.reportUrl };
  // Responses sent from a cache, answered again in front of Fastify (replay.ts): 16 MB of bodies,
  // most of them the render caches' own buffers.
  const replays = new Replays({
    site: deps.site,
    today: () => String(deps.today()),
    budget: 16 * 2 ** 20,
    replayed: (request, response) => app.log.info({ req: { method: request.method, url: request.url }, res: { statusCode: response.statusCode } }, 'request replayed'),
  });
  const app = Fastify({
    // Fastify's own defaults for the server it would have made (keepAliveTimeout 72 s).
    serverFactory: (handler) => {
      const server = createHttpServer((request, response) => replays.answer(request, response) || handler(request, response));
      server.keepAliveTimeout = 72_000;
      return server;
    },
    logger: deps.logger ?? false,
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    // What Fastify and Node refuse before a route runs gets the same answers as the routes' errors.
    frameworkErrors: (error, request, reply) => sendRequestError(errorPages, request, reply, fromFrameworkError(error, request.url)),
    clientErrorHandler: (error, socket) => answerClientError(errorPages, error, socket),
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // Deployments may sit behind plain HTTP (loopback, an internal proxy): do not force https.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(compress, { global: true, threshold: 1024 });
  await app.register(etag, { weak: false });
  // After compression and ETags, so what is remembered is what went out.
  app.addHook('onSend', async (request, _reply, payload) => {
    replays.sending(request, payload);
    return payload;
  });
  app.addHook('onRequest', async (request) => replays.arrived(request));
  app.addHook('onResponse', async (request, reply) => replays.sent(request, reply));
  // One handler per turn of the event loop, so connections are accepted and requests read while it works (turns.ts).
  const turn = takeTurns();
  app.addHook('preHandler', turn);

  app.setErrorHandler((error: { code?: unknown; statusCode?: number }, request, reply) => {
    const answer = fromFrameworkError(error, request.url);
    if (answer.status === 500) request.log.error(error);
    return sendRequestError(errorPages, request, reply, answer);
  });

  // The stylesheet and the map's geometry at addresses that change with their content, kept a
  // year and compressed once; the stylesheet also at its old address for pages cached before.
  for (const asset of Object.values(assets)) {
    const entry = cachedBody(asset.body);
    app.get(asset.path, async (_request, reply) => sendCached(reply, entry, asset.type, cacheControl.immutable));
  }
  app.get('/assets/site.css', async (_request, reply) =>
    reply.header('cache-control', cacheControl.asset).type('text/css; charset=utf-8').send(stylesheet),
  );
  app.get('/assets/favicon.svg', async (_request, reply) => reply.header('cache-control', cacheControl.asset).type('image/svg+xml').send(favicon));
  app.get('/favicon.ico', async (_request, reply) => reply.redirect('/assets/favicon.svg', 301));
  const { editing } = deps;
  if (editing !== undefined) await app.register(async (scope) => registerEditor(scope, deps, editing));
  await registerApi(app, deps);
  await registerListFiles(app, deps);
  await registerFeeds(app, deps);
  await registerPages(app, deps);
  return app;
}
