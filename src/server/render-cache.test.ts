import { describe, expect, it } from 'vitest';
import { cachePerRecord, LruCache } from './render-cache.js';

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

  it('keeps one cache per record, so a new record never sees old pages', () => {
    const cacheFor = cachePerRecord<string>(10);
    const first = {};
    cacheFor(first).set('/', 'old');
    expect(cacheFor({}).get('/')).toBeUndefined();
    expect(cacheFor(first).get('/')).toBe('old');
  });
});
