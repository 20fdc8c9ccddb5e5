// The lists as downloads: /{lang}?/{treaty}/lists/{list}.{pdf,csv,xlsx,json}?asOf=&basis=(&paper=)
// ("states-parties", "states-not-party", "states"), cached per record like the pages, with a
// file name that carries the treaty, the list, the date and the language. The first release's
// /lists/... addresses lead to the default treaty's.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Site, TreatySite } from '../app/site.js';
import { listNames } from '../app/state-lists.js';
import { fail, ok, type Result } from '../domain/result.js';
import { isLanguage, type Language } from '../views/i18n/locale.js';
import { listFile, listFormats, papers, type ListFormat, type ListRequest } from '../views/lists/list-file.js';
import type { ServerDeps } from './create-server.js';
import { errorBody, httpStatus } from './errors.js';
import { negotiateLanguage } from './language.js';
import { asOfParam, basisParam, enumParam, onlyParams, type Query } from './query.js';
import { cachedBytes, cachePerRecord, sendCached, type CachedBody } from './render-cache.js';

export interface CachedFile extends CachedBody {
  readonly contentType: string;
  readonly fileName: string;
}

/** A count, since a file's size is known only once made: 64 lists, a few MB (a PDF list is about 100 KB). */
const files = cachePerRecord<Promise<CachedFile>>(64);

/**
 * The list as a file, made once per record and request: the status page asks for the PDFs'
 * sizes and the download that follows is then served from the same entry.
 */
export function cachedListFile(site: Site, treaty: TreatySite, request: ListRequest): Promise<CachedFile> {
  const cache = files(site);
  const key = `${treaty.rules.id} ${request.list} ${request.format} ${request.asOf} ${request.basis} ${request.lang} ${request.paper}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const made = listFile(site, treaty, request).then((file) => ({ ...cachedBytes(file.body), contentType: file.contentType, fileName: file.fileName }));
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  return made;
}

/** The path of a list's file, with the page's query: "/apmbc/lists/states-parties.pdf?asOf=2015-06-01". */
export const listPath = (treaty: string, list: ListRequest['list'], format: ListFormat): string => `/${treaty}/lists/${list}.${format}`;

const fileNames = [...listNames, 'states'] as const;

function parseFile(file: string): Result<{ list: ListRequest['list']; format: ListFormat }> {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  const list = fileNames.find((l) => l === match?.[1]);
  const format = listFormats.find((f) => f === match?.[2]);
  if (list === undefined || format === undefined) {
    return fail('not-found', `file: no list "${file}"; the lists are ${fileNames.join(', ')}, each as ${listFormats.map((f) => `.${f}`).join(', ')}`, 'file');
  }
  return ok({ list, format });
}

export async function registerListFiles(app: FastifyInstance, deps: ServerDeps): Promise<void> {
  const fail4xx = (reply: FastifyReply, error: { code: keyof typeof httpStatus; message: string }) =>
    reply.code(httpStatus[error.code]).header('cache-control', 'no-store').send(errorBody(error.code, error.message));

  const serve = async (request: FastifyRequest, reply: FastifyReply, lang: Language | null) => {
    const params = request.params as { treaty: string; file: string };
    const site = deps.site();
    const treaty = site.treaties.get(params.treaty);
    if (treaty === undefined) return fail4xx(reply, { code: 'not-found', message: `treaty: no treaty "${params.treaty}"; known: ${[...site.treaties.keys()].join(', ')}` });
    const file = parseFile(params.file);
    if (!file.ok) return fail4xx(reply, file.error);
    const query = request.query as Query;
    const known = onlyParams(query, file.value.format === 'pdf' ? ['asOf', 'basis', 'paper'] : ['asOf', 'basis']);
    if (!known.ok) return fail4xx(reply, known.error);
    const asOf = asOfParam(query, treaty.rules, deps.today());
    if (!asOf.ok) return fail4xx(reply, asOf.error);
    const basis = basisParam(query);
    if (!basis.ok) return fail4xx(reply, basis.error);
    const paper = enumParam(query, 'paper', papers);
    if (!paper.ok) return fail4xx(reply, paper.error);
    if (lang === null) void reply.header('vary', 'Accept-Language');
    const language = lang ?? negotiateLanguage(request.headers['accept-language']);
    const made = await cachedListFile(site, treaty, { ...file.value, asOf: asOf.value, basis: basis.value, lang: language, paper: paper.value ?? 'a4' });
    // A PDF opens in the browser, as the secretariat's lists do; data files are saved.
    const disposition = file.value.format === 'pdf' ? 'inline' : 'attachment';
    void reply.header('content-language', language).header('content-disposition', `${disposition}; filename="${made.fileName}"`);
    return sendCached(reply, made, made.contentType);
  };

  app.get('/:treaty/lists/:file', (request, reply) => serve(request, reply, null));
  app.get('/:lang/:treaty/lists/:file', (request, reply) => {
    const { lang } = request.params as { lang: string };
    if (!isLanguage(lang)) return fail4xx(reply, { code: 'not-found', message: `lang: no language "${lang}"` });
    return serve(request, reply, lang);
  });
  app.get('/lists/:file', (request, reply) => {
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    return reply.redirect(`/${deps.defaultTreaty}/lists/${(request.params as { file: string }).file}${search}`, 301);
  });
}
