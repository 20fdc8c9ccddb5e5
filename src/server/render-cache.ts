// Rendered pages, remembered per record: the status page costs ~20 ms to compute and render,
// a cached copy microseconds. Keyed by the Site object, so a new record starts a new cache.
// The ETag is computed once with the body (the etag plugin keeps a header already set).
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { cacheControl } from './cache-control.js';

export interface CachedBody {
  /** Encoded once: sending a Buffer spares a 170 KB string conversion per request. */
  readonly body: Buffer;
  readonly etag: string;
}

export const cachedBody = (text: string): CachedBody => cachedBytes(Buffer.from(text, 'utf8'));

export const cachedBytes = (body: Buffer): CachedBody => ({ body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` });

export function sendCached(reply: FastifyReply, entry: CachedBody, type: string): FastifyReply {
  return reply.header('cache-control', cacheControl.page).header('etag', entry.etag).type(type).send(entry.body);
}

export class LruCache<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}

export function cachePerRecord<V>(capacity: number): (record: object) => LruCache<V> {
  const caches = new WeakMap<object, LruCache<V>>();
  return (record) => {
    let cache = caches.get(record);
    if (cache === undefined) {
      cache = new LruCache<V>(capacity);
      caches.set(record, cache);
    }
    return cache;
  };
}
