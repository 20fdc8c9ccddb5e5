// Errors raised around the routes rather than by them: by Node's HTTP parser (headers too large, a
// request that is not HTTP), by Fastify (bad percent-encoding, a path parameter too long, a body
// that is not JSON or too large, no such route) or by a bug. They are answered like the routes'
// own: on /api/ paths the API's { "error": { "code", "message" } }, elsewhere the HTML error page
// in the page's language (the path's /fr/ or /es/, else Accept-Language); never Fastify's own
// bodies or a stack trace, and never more than a short excerpt of what was sent.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CalendarDate } from '../domain/calendar-date.js';
import { html } from '../views/html/html.js';
import { layout, pageContext } from '../views/html/layout.js';
import type { Messages } from '../views/i18n/messages.js';
import { isLanguage, type Language } from '../views/i18n/locale.js';
import { errorBody } from './errors.js';
import { negotiateLanguage } from './language.js';
import { excerpt } from './query.js';

/** The statuses answered here and the API's code for each. */
export const requestErrorCodes = {
  400: 'bad-request',
  404: 'not-found',
  408: 'request-timeout',
  413: 'payload-too-large',
  414: 'uri-too-long',
  415: 'unsupported-media-type',
  431: 'header-fields-too-large',
  500: 'internal',
} as const;
export type RequestErrorStatus = keyof typeof requestErrorCodes;

export interface RequestError {
  readonly status: RequestErrorStatus;
  /** For the API, in English, naming what was wrong (with at most an excerpt of the input). */
  readonly message: string;
}

/** What the HTML page says for each status: the page cannot echo the API's English. */
const pageMessage: Record<Exclude<RequestErrorStatus, 404>, keyof Messages['requestErrors']> = {
  400: 'badRequest',
  408: 'timeout',
  413: 'bodyTooLarge',
  414: 'uriTooLong',
  415: 'mediaType',
  431: 'headersTooLarge',
  500: 'internal',
};

export const isApiPath = (url: string): boolean => /^\/api(\/|\?|$)/.test(url);

/** The language of a page's error: its path's prefix (/fr/...), else the Accept-Language header. */
export function languageOf(url: string, acceptLanguage: string | undefined): Language {
  const first = /^\/([^/?]*)/.exec(url)?.[1] ?? '';
  return isLanguage(first) ? first : negotiateLanguage(acceptLanguage);
}

export interface ErrorPageSettings {
  readonly today: () => CalendarDate;
  readonly reportUrl: string;
}

/** The HTML error page for `status`, in `lang`. */
export function errorPage(settings: ErrorPageSettings, lang: Language, status: RequestErrorStatus): string {
  const ctx = pageContext(lang, settings.today(), '/', {}, { treaty: null, reportUrl: settings.reportUrl });
  const title = status === 404 ? ctx.t.notFoundTitle : status === 500 ? ctx.t.serverErrorTitle : ctx.t.badRequestTitle;
  const text = status === 404 ? ctx.t.notFound : ctx.t.requestErrors[pageMessage[status]];
  return layout(ctx, { title, main: html`<h1>${title}</h1><p>${text}</p>` });
}

/** Sends `error` through Fastify: the API's shape on /api/ paths, else the page in its language. */
export function sendRequestError(settings: ErrorPageSettings, request: FastifyRequest, reply: FastifyReply, error: RequestError) {
  // Fastify's own refusals (frameworkErrors) come before the security headers' hook: set its one that matters here.
  void reply.code(error.status).header('cache-control', 'no-store').header('x-content-type-options', 'nosniff');
  if (isApiPath(request.url)) return reply.type('application/json; charset=utf-8').send(errorBody(requestErrorCodes[error.status], error.message));
  const lang = languageOf(request.url, request.headers['accept-language']);
  return reply.header('content-language', lang).type('text/html; charset=utf-8').send(errorPage(settings, lang, error.status));
}

/** An error Fastify raised (or a route threw) as one of ours; anything unexpected is a 500. */
export function fromFrameworkError(error: { readonly code?: unknown; readonly statusCode?: unknown }, url: string): RequestError {
  switch (error.code) {
    case 'FST_ERR_BAD_URL':
      return { status: 400, message: `the address "${excerpt(url)}" is not valid percent-encoded UTF-8` };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return { status: 414, message: `the address "${excerpt(url)}" has a part longer than 100 characters` };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'the body is not valid JSON' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, message: 'the body’s length is not the Content-Length given' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, message: 'the body is too large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: 'the body’s Content-Type is not one this address accepts' };
  }
  const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 500 || status < 400) return { status: 500, message: 'internal error' };
  const known = status in requestErrorCodes ? (status as RequestErrorStatus) : 400;
  return { status: known, message: `the request could not be read (${STATUS_CODES[status] ?? status})` };
}

/** Beyond this, an address that overflows the headers is "too long" (414) rather than its headers too large (431). */
const longestRequestLine = 8 * 1024;

/**
 * Node's own refusals, before Fastify sees a request (its 'clientError' event): headers over
 * maxHeaderSize, a request that is not HTTP, a timeout. The request's first bytes, when Node has
 * them, say the path: so the answer is the API's shape or the page in its language as for any
 * other error. Answers with the connection closed, as Node does.
 */
export function answerClientError(settings: ErrorPageSettings, error: Error & { readonly code?: string | undefined; readonly rawPacket?: unknown }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.subarray(0, 64 * 1024).toString('latin1') : '';
  const lineEnd = raw.indexOf('\r\n');
  const line = lineEnd === -1 ? raw : raw.slice(0, lineEnd);
  const target = /^[A-Z]+ (\S+)/.exec(line)?.[1] ?? null;
  const header = (name: string) => new RegExp(`\\r\\n${name}:[ \\t]*([^\\r\\n]{0,200})`, 'i').exec(raw)?.[1];
  const status: RequestErrorStatus =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408
    : error.code !== 'HPE_HEADER_OVERFLOW' ? 400
    : target !== null && (lineEnd === -1 || lineEnd > longestRequestLine) ? 414
    : 431;
  const message = {
    400: 'the request is not valid HTTP',
    408: 'the request took too long to arrive',
    414: `the address is longer than ${longestRequestLine / 1024} KB`,
    431: 'the request’s headers are too large',
  }[status as 400 | 408 | 414 | 431];
  // Without the request line (a packet from the middle of a request), what the client accepts decides.
  const api = target === null ? !/text\/html/.test(header('accept') ?? '') : isApiPath(target);
  const lang = languageOf(target ?? '', header('accept-language'));
  const [type, body] = api
    ? ['application/json; charset=utf-8', JSON.stringify(errorBody(requestErrorCodes[status], message))]
    : ['text/html; charset=utf-8', errorPage(settings, lang, status)];
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    `content-type: ${type}`,
    `content-length: ${Buffer.byteLength(body)}`,
    'cache-control: no-store',
    'x-content-type-options: nosniff',
    ...(api ? [] : [`content-language: ${lang}`]),
    'connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
}
