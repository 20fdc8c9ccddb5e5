// Replayed responses (replay.ts) are the framework's own, byte for byte, and only for a request
// the framework would have answered the same way: same URL and Host, same varied headers, same
// record, same day, no cookie or condition. Over a listening server, as inject() bypasses it.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { createServer as createHttpServer } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freshShippedSite, shippedSite } from '../../test/site-harness.js';
import type { Site } from '../app/site.js';
import { calendarDate, type CalendarDate } from '../domain/calendar-date.js';
import { createServer } from './create-server.js';
import { cachedBody, sendCached } from './render-cache.js';
import { Replays } from './replay.js';

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

let app: FastifyInstance;
let base: string;
let current: Site;
let today: CalendarDate;
/** Whether the replay handler answered each request since the last clear (the prototype's method, wrapped). */
let answers: boolean[] = [];
const answer = Replays.prototype.answer;
Replays.prototype.answer = function (request, response) {
  const replayed = answer.call(this, request, response);
  answers.push(replayed);
  return replayed;
};

beforeAll(async () => {
  current = await shippedSite();
  today = calendarDate('2026-11-26');
  app = await createServer({ site: () => current, today: () => today, defaultTreaty: 'apmbc', reportUrl: '#report' });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  Replays.prototype.answer = answer;
  await app.close();
});
beforeEach(() => {
  answers = [];
});

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpRequest(base + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const replayed = () => answers;

/** The headers that do not depend on the moment or the connection. */
const stable = (headers: IncomingHttpHeaders) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== 'date'));

describe('a cached response replayed', () => {
  const cases: [string, Record<string, string>][] = [
    ['/en/apmbc/', {}],
    ['/en/apmbc/', { 'accept-encoding': 'gzip, br' }],
    ['/fr/apmbc/states?asOf=2005-06-01', { 'accept-encoding': 'gzip' }],
    ['/api/v1/apmbc/states', {}],
    ['/en/apmbc/lists/states-parties.csv', {}],
  ];
  it.each(cases)('%s %o: the same status, headers and bytes as the framework sent, replayed from the second request', async (path, headers) => {
    const first = await get(path, headers);
    const second = await get(path, headers);
    expect(first.status).toBe(200);
    expect(replayed()).toEqual([false, true]);
    expect(stable(second.headers)).toEqual(stable(first.headers));
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers['date']).toBeDefined();
  });

  it('answers another Accept-Encoding with its own representation, never the one remembered', async () => {
    await get('/en/apmbc/', { 'accept-encoding': 'br' });
    const plain = await get('/en/apmbc/');
    const gzip = await get('/en/apmbc/', { 'accept-encoding': 'gzip' });
    expect([plain.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual([undefined, 'gzip']);
    expect(plain.body.toString('utf8')).toMatch(/^<!doctype html>/i);
  });

  it('answers a page that varies on Accept-Language in the language asked for', async () => {
    const french = await get('/apmbc/states', { 'accept-language': 'fr' });
    const again = await get('/apmbc/states', { 'accept-language': 'fr' });
    const english = await get('/apmbc/states', { 'accept-language': 'en' });
    expect([french.status, english.status]).toEqual([200, 200]);
    expect(french.headers['vary']).toMatch(/Accept-Language/);
    expect(replayed()).toEqual([false, true, false]);
    expect([again.headers['content-language'], english.headers['content-language']]).toEqual(['fr', 'en']);
  });

  it('leaves to the framework a request with a cookie, credentials or a condition, and a HEAD', async () => {
    const first = await get('/en/apmbc/states');
    await get('/en/apmbc/states', { cookie: 'a=b' });
    await get('/en/apmbc/states', { authorization: 'Basic eDp5' });
    const conditional = await get('/en/apmbc/states', { 'if-none-match': String(first.headers['etag']) });
    const head = await get('/en/apmbc/states', {}, 'HEAD');
    expect(replayed()).toEqual([false, false, false, false, false]);
    expect([conditional.status, conditional.body.length]).toEqual([304, 0]);
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });

  it('does not remember an answer to a request with a cookie or a condition for the next one', async () => {
    await get('/en/apmbc/states/NOR', { cookie: 'a=b' });
    await get('/en/apmbc/states/NOR');
    expect(replayed()).toEqual([false, false]);
  });

  it('does not remember answers that are not from a cache: errors and redirects', async () => {
    await get('/en/apmbc/states/QQQ');
    await get('/en/apmbc/states/QQQ');
    await get('/en/apmbc/states?utm=1');
    await get('/en/apmbc/states?utm=1');
    expect(replayed()).toEqual([false, false, false, false]);
  });

  it('never answers with a response made for another record or another day', async () => {
    // A header value no other test sends: a variant not yet remembered.
    const ask = () => get('/en/apmbc/', { 'accept-encoding': 'identity' });
    const before = await ask();
    current = await freshShippedSite();
    const newRecord = await ask();
    today = calendarDate('2026-11-27');
    const newDay = await ask();
    const again = await ask();
    expect(replayed()).toEqual([false, false, false, true]);
    expect(newRecord.body.equals(before.body)).toBe(true);
    expect(newDay.body.toString()).toContain('27 November 2026');
    expect(before.body.toString()).not.toContain('27 November 2026');
    expect(again.body.equals(newDay.body)).toBe(true);
  });
});

describe('what is never remembered', () => {
  it('a response that sets a cookie, even from a cache', async () => {
    const replays = new Replays({ site: () => current, today: () => '2026-11-26', budget: 2 ** 20 });
    const bare = Fastify({ serverFactory: (handler) => createHttpServer((request, response) => replays.answer(request, response) || handler(request, response)) });
    bare.addHook('onRequest', async (request) => replays.arrived(request));
    bare.addHook('onSend', async (request, _reply, payload) => {
      replays.sending(request, payload);
      return payload;
    });
    bare.addHook('onResponse', async (request, reply) => replays.sent(request, reply));
    const entry = cachedBody('a page');
    bare.get('/plain', async (_request, reply) => sendCached(reply, entry, 'text/plain'));
    bare.get('/cookie', async (_request, reply) => sendCached(reply.header('set-cookie', 'session=1'), entry, 'text/plain'));
    const listening = await bare.listen({ port: 0, host: '127.0.0.1' });
    try {
      const answers = [];
      for (const path of ['/plain', '/cookie']) for (let i = 0; i < 2; i += 1) answers.push(await fetch(listening + path));
      expect(replays.size).toBe(1);
      // Fastify's own headers are replayed too, not only those set on the raw response.
      expect(answers.map((a) => a.headers.get('content-type'))).toEqual(Array(4).fill('text/plain'));
      expect(await answers[1]?.text()).toBe('a page');
    } finally {
      await bare.close();
    }
  });
});
