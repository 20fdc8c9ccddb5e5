// Every error raised around the routes (Fastify's, Node's, a bug's) answers in the API's error
// shape on /api/ paths and as the HTML error page in the page's language elsewhere.
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer } from '../../test/site-harness.js';
import { messages } from '../views/i18n/index.js';
import type { Language } from '../views/i18n/locale.js';

let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await testServer();
  // Routes no real one is like: one that takes a JSON body only, one with a bug.
  app.post('/api/v1/test-body', { bodyLimit: 1024 }, async () => ({ ok: true }));
  app.get('/api/v1/test-bug', async () => {
    throw new Error('secret detail at /home/adherence/src/x.ts:1');
  });
  app.get('/en/test-bug', async () => {
    throw new Error('secret detail');
  });
  port = Number(new URL(await app.listen({ port: 0, host: '127.0.0.1' })).port);
});
afterAll(() => app.close());

const inject = (method: 'GET' | 'POST', url: string, options: { headers?: Record<string, string>; payload?: string } = {}) => app.inject({ method, url, ...options });
const apiError = (code: string, message: string) => ({ error: { code, message } });

/** The status, the content type, and the page's language, title and message. */
function page(response: { statusCode: number; headers: Record<string, unknown>; body: string }) {
  return {
    status: response.statusCode,
    type: response.headers['content-type'],
    language: response.headers['content-language'],
    lang: /<html lang="([a-z]+)">/.exec(response.body)?.[1],
    h1: /<h1>([^<]*)<\/h1>/.exec(response.body)?.[1],
    p: /<h1>[^<]*<\/h1><p>([^<]*)<\/p>/.exec(response.body)?.[1],
  };
}
const expectedPage = (status: number, lang: Language, title: string, text: string) => ({ status, type: 'text/html; charset=utf-8', language: lang, lang, h1: title, p: text });

/** Sends `request` on a raw socket (what inject cannot: Node's own refusals) and parses the answer. */
function raw(request: string) {
  return new Promise<{ statusCode: number; headers: Record<string, string>; body: string }>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [line = '', ...fields] = head.split('\r\n');
      const headers = Object.fromEntries(fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 1).trim()]));
      resolve({ statusCode: Number(line.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}
const rawGet = (path: string, headers = '') => raw(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n${headers}\r\n`);
const json = (response: { body: string }): unknown => JSON.parse(response.body);

describe('errors Fastify raises before a route runs', () => {
  it('answers a path that is not valid percent-encoding in the API’s shape, or as the page in its language', async () => {
    const api = await inject('GET', '/api/v1/states/%E0%A4%A');
    expect([api.statusCode, api.json()]).toEqual([400, apiError('bad-request', 'the address "/api/v1/states/%E0%A4%A" is not valid percent-encoded UTF-8')]);
    expect(page(await inject('GET', '/fr/apmbc/%E0%A4%A'))).toEqual(expectedPage(400, 'fr', 'Requête invalide', messages.fr.requestErrors.badRequest));
    expect(page(await inject('GET', '/%E0%A4%A', { headers: { 'accept-language': 'es' } }))).toEqual(expectedPage(400, 'es', 'Solicitud incorrecta', messages.es.requestErrors.badRequest));
  });

  it('answers bad percent-encoding in a query by naming the parameter, with the API’s shape', async () => {
    const api = await inject('GET', '/api/v1/states?asOf=%ZZ');
    expect([api.statusCode, api.json()]).toEqual([400, apiError('invalid-input', 'asOf: "%ZZ" is not a date in the form YYYY-MM-DD')]);
  });

  it('answers a path part over 100 characters with 414, echoing only an excerpt', async () => {
    const api = await inject('GET', `/api/v1/states/${'x'.repeat(200)}`);
    expect([api.statusCode, api.json()]).toEqual([414, apiError('uri-too-long', `the address "/api/v1/states/${'x'.repeat(25)}…" has a part longer than 100 characters`)]);
    expect(page(await inject('GET', `/es/apmbc/states/${'x'.repeat(200)}`))).toEqual(expectedPage(414, 'es', 'Solicitud incorrecta', messages.es.requestErrors.uriTooLong));
  });

  it('answers 404 on the API with an excerpt of the path, and on pages in the language of the path’s prefix', async () => {
    const api = await inject('GET', `/api/v1/apmbc/${'y'.repeat(90)}/a/b/c`);
    expect([api.statusCode, api.json()]).toEqual([404, apiError('not-found', `no API route GET /api/v1/apmbc/${'y'.repeat(26)}…`)]);
    expect(page(await inject('GET', '/fr/a/b/c/d/e'))).toEqual(expectedPage(404, 'fr', 'Page introuvable', messages.fr.notFound));
    expect(page(await inject('GET', '/a/b/c/d/e', { headers: { 'accept-language': 'es' } }))).toEqual(expectedPage(404, 'es', 'No encontrado', messages.es.notFound));
  });

  it('answers a body that is not JSON, too large, or of a type the route does not take, without Fastify’s words', async () => {
    const headers = { 'content-type': 'application/json' };
    const bad = await inject('POST', '/api/v1/test-body', { headers, payload: '{bad' });
    expect([bad.statusCode, bad.json()]).toEqual([400, apiError('bad-request', 'the body is not valid JSON')]);
    const large = await inject('POST', '/api/v1/test-body', { headers, payload: JSON.stringify({ a: 'x'.repeat(2000) }) });
    expect([large.statusCode, large.json()]).toEqual([413, apiError('payload-too-large', 'the body is too large')]);
    const type = await inject('POST', '/api/v1/test-body', { headers: { 'content-type': `application/x-${'z'.repeat(500)}` }, payload: 'a' });
    expect([type.statusCode, type.json()]).toEqual([415, apiError('unsupported-media-type', 'the body’s Content-Type is not one this address accepts')]);
    expect(page(await inject('POST', '/fr/apmbc/', { headers, payload: '{bad' }))).toEqual(expectedPage(400, 'fr', 'Requête invalide', messages.fr.requestErrors.badRequest));
  });

  it('answers a bug with 500 and no detail of it', async () => {
    const api = await inject('GET', '/api/v1/test-bug');
    expect([api.statusCode, api.json()]).toEqual([500, apiError('internal', 'internal error')]);
    expect(page(await inject('GET', '/en/test-bug'))).toEqual(expectedPage(500, 'en', 'Server error', messages.en.requestErrors.internal));
  });
});

describe('requests Node refuses before Fastify sees them', () => {
  it('answers headers over the limit with 431 in the API’s shape, or as the page in its language', async () => {
    const big = `X-Big: ${'x'.repeat(20_000)}\r\n`;
    const api = await rawGet('/api/v1/states', big);
    expect([api.statusCode, api.headers['content-type'], json(api)]).toEqual([431, 'application/json; charset=utf-8', apiError('header-fields-too-large', 'the request’s headers are too large')]);
    expect(page(await rawGet('/es/apmbc/', big))).toEqual(expectedPage(431, 'es', 'Solicitud incorrecta', messages.es.requestErrors.headersTooLarge));
    expect(page(await rawGet('/apmbc/', `Accept-Language: fr\r\n${big}`))).toEqual(expectedPage(431, 'fr', 'Requête invalide', messages.fr.requestErrors.headersTooLarge));
  });

  it('answers an address too long for the headers with 414, not 431', async () => {
    const api = await rawGet(`/api/v1/states?asOf=${'x'.repeat(20_000)}`);
    expect([api.statusCode, json(api)]).toEqual([414, apiError('uri-too-long', 'the address is longer than 8 KB')]);
    expect(page(await rawGet(`/fr/apmbc/?asOf=${'x'.repeat(20_000)}`))).toEqual(expectedPage(414, 'fr', 'Requête invalide', messages.fr.requestErrors.uriTooLong));
  });

  it('answers a request that is not HTTP with 400 in the API’s shape', async () => {
    const answer = await raw('HELLO\r\n\r\n');
    expect([answer.statusCode, json(answer)]).toEqual([400, apiError('bad-request', 'the request is not valid HTTP')]);
  });
});
