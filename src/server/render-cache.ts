// Rendered pages, remembered per record: the status page costs ~20 ms to compute and render,
// a cached copy microseconds. Keyed by the Site object, so a new record starts a new cache.
// The ETag is computed once with the body (the etag plugin keeps a header already set), and each
// compressed copy (brotli, gzip) is made once, on the first request that accepts it, with an
// ETag of its own: compression is not redone per request.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { cacheControl } from './cache-control.js';

export const encodings = ['br', 'gzip'] as const;
export type Encoding = (typeof encodings)[number];

export interface CachedBody {
  /** Encoded once: sending a Buffer spares a 170 KB string conversion per request. */
  readonly body: Buffer;
  readonly etag: string;
  /** The compressed copies made so far. */
  readonly compressed: Partial<Record<Encoding, Buffer>>;
}

export const cachedBody = (text: string): CachedBody => cachedBytes(Buffer.from(text, 'utf8'));

export const cachedBytes = (body: Buffer): CachedBody => ({ body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, compressed: {} });

/** Smaller bodies gain nothing worth a header; PDF and XLSX are compressed inside already. */
const threshold = 1024;
const compressible = /^(text\/|application\/(json|atom\+xml|xml|javascript))|\+xml|svg/;

/** The encoding the client prefers among ours (brotli first), or null: Accept-Encoding with q-values, "*" included. */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (header === undefined) return null;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name.trim(), weight === undefined ? 1 : Number(weight));
  }
  const accepts = (e: Encoding) => (q.get(e) ?? q.get('*') ?? 0) > 0;
  return encodings.find(accepts) ?? null;
}

function compressedCopy(entry: CachedBody, encoding: Encoding): Buffer {
  const made = entry.compressed[encoding];
  if (made !== undefined) return made;
  const copy =
    encoding === 'br'
      ? brotliCompressSync(entry.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } })
      : gzipSync(entry.body, { level: 6 });
  entry.compressed[encoding] = copy;
  return copy;
}

/** Adds a field to Vary without dropping the ones already there (Accept-Language). */
export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = typeof current === 'string' && current !== '' ? current.split(/\s*,\s*/) : [];
  if (!fields.includes(field)) reply.header('vary', [...fields, field].join(', '));
}

/**
 * Requests answered from a cache (the same bytes for the same request), with the bytes they send
 * once known: what replay.ts may answer the next identical request with.
 */
export const replayMarks = new WeakMap<FastifyRequest, Buffer | null>();

/** Sends a cached body (compressed as the client accepts) and marks the response for replay. */
export function sendCached(reply: FastifyReply, entry: CachedBody, type: string, cache: string = cacheControl.page): FastifyReply {
  replayMarks.set(reply.request, null);
  void reply.header('cache-control', cache).type(type);
  if (entry.body.length < threshold || !compressible.test(type)) return reply.header('etag', entry.etag).send(entry.body);
  addVary(reply, 'Accept-Encoding');
  const encoding = chooseEncoding(reply.request.headers['accept-encoding']);
  if (encoding === null) return reply.header('etag', entry.etag).send(entry.body);
  // Each representation its own strong ETag, so a cache never answers 304 for the other one.
  return reply.header('content-encoding', encoding).header('etag', `${entry.etag.slice(0, -1)}-${encoding}"`).send(compressedCopy(entry, encoding));
}

/**
 * Least recently used entries go first once the entries' total cost passes the budget: a count
 * by default, bytes for cached bodies (so memory stays bounded whatever the pages weigh).
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { readonly value: V; readonly cost: number }>();
  private total = 0;
  constructor(
    private readonly budget: number,
    private readonly cost: (value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry?.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const cost = this.cost(value);
    this.entries.set(key, { value, cost });
    this.total += cost;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.budget || oldest === key) break;
      this.entries.delete(oldest);
      this.total -= entry.cost;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.entries.delete(key);
    this.total -= entry.cost;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entries' total cost. */
  get weight(): number {
    return this.total;
  }
}

/** A cached body's bytes, with room for its brotli and gzip copies (together about half of it for text). */
export const bodyCost = (entry: CachedBody): number => Math.ceil(entry.body.length * 1.5);

export function cachePerRecord<V>(budget: number, cost?: (value: V) => number): (record: object) => LruCache<V> {
  const caches = new WeakMap<object, LruCache<V>>();
  return (record) => {
    let cache = caches.get(record);
    if (cache === undefined) {
      cache = new LruCache<V>(budget, cost);
      caches.set(record, cache);
    }
    return cache;
  };
}
