// Cached responses replayed without the framework. Fastify's per-request work (hooks, security
// headers computed anew, two log lines) costs several times the cost of writing a cached page,
// so a GET answered from a cache (sendCached) is remembered as it went out, status, headers and
// bytes, and an identical request is answered with them by the bare node:http handler in front of
// Fastify. Identical means: the same Host and URL, the same values of the request headers the
// response's Vary names, the same site (record) and the same today; and no cookie, credentials,
// conditional or range headers, whose requests always go through Fastify.
import type { IncomingMessage, OutgoingHttpHeader, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LruCache, replayMarks as marked } from './render-cache.js';

interface Replay {
  /** The site and the day the response was made for: a new record or a new day is a miss. */
  readonly site: object;
  readonly today: string;
  /** Header names with their values, flat, as node:http's writeHead takes them. */
  readonly headers: readonly string[];
  readonly body: Buffer;
}

/** What Node writes itself on each response, never replayed from another. */
const perConnection = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** Headers that make a request's answer depend on more than the URL and the varied headers. */
const personal = ['cookie', 'authorization', 'if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range', 'range'] as const;

/** A GET with none of the personal headers: the only requests answered by, or remembered for, a replay. */
const isPlainGet = (request: IncomingMessage): boolean => request.method === 'GET' && !personal.some((h) => request.headers[h] !== undefined);

export interface ReplayOptions {
  /** The current site and today, read on every lookup. */
  site(): object;
  today(): string;
  /** Bytes of bodies held (bodies are shared with the render caches, so this mostly holds references). */
  readonly budget: number;
  /** Called for each replayed request, for the access log. */
  readonly replayed?: (request: IncomingMessage, response: ServerResponse) => void;
}

export class Replays {
  private readonly replays: LruCache<Replay>;
  /** Per Host and URL, the request headers its response varies on (lower case); bounded too. */
  private readonly varies: LruCache<readonly string[]>;
  private readonly origins = new WeakMap<FastifyRequest, { readonly site: object; readonly today: string }>();

  constructor(private readonly options: ReplayOptions) {
    this.replays = new LruCache<Replay>(options.budget, (r) => r.body.length + 512);
    this.varies = new LruCache<readonly string[]>(options.budget / 512);
  }

  /** Answers the request from a remembered response; false if there is none to answer it with. */
  answer(request: IncomingMessage, response: ServerResponse): boolean {
    if (!isPlainGet(request)) return false;
    const place = placeOf(request);
    const vary = this.varies.get(place);
    if (vary === undefined) return false;
    const replay = this.replays.get(variantKey(place, vary, request));
    if (replay === undefined || replay.site !== this.options.site() || replay.today !== this.options.today()) return false;
    response.writeHead(200, replay.headers as string[]);
    response.end(replay.body);
    this.options.replayed?.(request, response);
    return true;
  }

  /**
   * The site and day a request starts with (an onRequest hook): the earliest it can have been made
   * for, so that a record or a day that changes while it runs leaves a replay that never matches,
   * never one that passes for newer than it is.
   */
  arrived(request: FastifyRequest): void {
    this.origins.set(request, { site: this.options.site(), today: this.options.today() });
  }

  /** The bytes a marked request sends, after every other hook (compression, ETag): an onSend hook. */
  sending(request: FastifyRequest, payload: unknown): void {
    if (marked.has(request)) marked.set(request, Buffer.isBuffer(payload) ? payload : null);
  }

  /** Remembers a marked request's response once it has gone out with 200: an onResponse hook. */
  sent(request: FastifyRequest, reply: FastifyReply): void {
    const body = marked.get(request);
    const origin = this.origins.get(request);
    marked.delete(request);
    if (body === undefined || body === null || origin === undefined || reply.statusCode !== 200) return;
    const raw = request.raw;
    if (!isPlainGet(raw)) return;
    // Fastify's headers with those set on the raw response (helmet's): what went out.
    const sentHeaders = Object.entries(reply.getHeaders()).map(([name, value]) => [name.toLowerCase(), valuesOf(value)] as const);
    // A response that sets a cookie is meant for one client only.
    if (sentHeaders.some(([name]) => name === 'set-cookie')) return;
    const headers = sentHeaders.flatMap(([name, values]) => (perConnection.has(name) ? [] : values.map((value) => [name, value])));
    const varyValues = sentHeaders.find(([name]) => name === 'vary')?.[1] ?? [];
    const vary = varyValues
      .flatMap((v) => v.split(','))
      .map((v) => v.trim().toLowerCase())
      .filter((v) => v !== '');
    // A response that varies on everything cannot be matched to another request.
    if (vary.includes('*')) return;
    const place = placeOf(raw);
    this.varies.set(place, vary);
    this.replays.set(variantKey(place, vary, raw), { ...origin, headers: headers.flat(), body });
  }

  get size(): number {
    return this.replays.size;
  }
}

const placeOf = (request: IncomingMessage): string => `${request.headers.host ?? ''} ${request.url ?? ''}`;

const variantKey = (place: string, vary: readonly string[], request: IncomingMessage): string =>
  vary.length === 0 ? place : `${place}\n${vary.map((h) => (request.headers[h] === undefined ? '\0' : String(request.headers[h]))).join('\n')}`;

const valuesOf = (value: OutgoingHttpHeader | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);
