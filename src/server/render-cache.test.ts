import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { testServer } from '../../test/site-harness.js';
import { cachedBody, cachePerRecord, chooseEncoding, LruCache, sendCached } from './render-cache.js';

describe('LruCache', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.size).toBe(2);
  });

  it('bounded by a cost, forgets the oldest entries until the total is within budget', () => {
    const cache = new LruCache<string>(10, (value) => value.length);
    cache.set('a', 'xxxx');
    cache.set('b', 'xxxx');
    cache.set('c', 'xxxx');
    expect([cache.get('a'), cache.size, cache.weight]).toEqual([undefined, 2, 8]);
    cache.set('big', 'x'.repeat(20));
    expect([cache.size, cache.get('big')?.length]).toEqual([1, 20]);
  });

  it('keeps one cache per record, so a new record never sees old pages', () => {
    const cacheFor = cachePerRecord<string>(10);
    const first = {};
    cacheFor(first).set('/', 'old');
    expect(cacheFor({}).get('/')).toBeUndefined();
    expect(cacheFor(first).get('/')).toBe('old');
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, honouring q-values and "*"', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('*;q=0, identity')).toBeNull();
    expect(chooseEncoding('deflate')).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });
});

describe('a cached page sent compressed', () => {
  it('is compressed once per encoding, with its own ETag, Vary: Accept-Encoding, and 304 on its own ETag', async () => {
    const app = Fastify();
    const entry = cachedBody('<p>'.padEnd(20_000, 'x'));
    app.get('/', (_request, reply) => {
      reply.header('vary', 'Accept-Language');
      return sendCached(reply, entry, 'text/html; charset=utf-8');
    });
    const br = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).equals(entry.body)).toBe(true);
    expect(br.headers.vary).toBe('Accept-Language, Accept-Encoding');
    const made = entry.compressed.br;
    await app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(entry.compressed.br).toBe(made);
    const gzip = await app.inject({ url: '/', headers: { 'accept-encoding': 'gzip' } });
    expect(gunzipSync(gzip.rawPayload).equals(entry.body)).toBe(true);
    const plain = await app.inject({ url: '/' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(new Set([br.headers.etag, gzip.headers.etag, plain.headers.etag]).size).toBe(3);
    await app.close();
  });

  it('answers 304 to the ETag of the representation asked for, and only to it', async () => {
    const app = await testServer();
    const br = await app.inject({ url: '/en/apmbc/', headers: { 'accept-encoding': 'br' } });
    const plain = await app.inject({ url: '/en/apmbc/' });
    expect((await app.inject({ url: '/en/apmbc/', headers: { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) } })).statusCode).toBe(304);
    expect((await app.inject({ url: '/en/apmbc/', headers: { 'accept-encoding': 'br', 'if-none-match': String(plain.headers.etag) } })).statusCode).toBe(200);
    await app.close();
  });
});
