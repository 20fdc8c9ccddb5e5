// Where each address of the site goes in a static copy, which any file server or CDN serves by
// path alone: no query strings, no content negotiation, types from file extensions.
//   a page           /en/apmbc/states           -> en/apmbc/states/index.html, linked as /en/apmbc/states/
//   with a query     /en/apmbc/states?status=x  -> en/apmbc/states/status=x.html
//   API, no ext.     /api/v1/apmbc/states/AUS   -> api/v1/apmbc/states/AUS.json
//   with a query     /api/v1/apmbc/states?a=b   -> api/v1/apmbc/states/a=b.json
//   a file           /apmbc/states.csv?asOf=D   -> apmbc/states/asOf=D.csv (without a query: as is)
// A query's parameters are sorted, so one page has one file whatever order a link names them in.
// Route segments never hold "=", so a query's file name cannot meet a page's directory; the
// build still refuses two addresses that would share a file.
import { formatDate, isLanguage, type Language } from '../views/i18n/locale.js';
import { messages } from '../views/i18n/index.js';
import { escapeHtml } from '../views/html/html.js';

export interface StaticAddress {
  /** The file, relative to the site's root, with "/" separators. */
  readonly file: string;
  /** What links to it: a directory for a page, else the file. */
  readonly link: string;
  /** What the file holds, from its extension; "html" for a page. */
  readonly ext: string;
}

/** The path and sorted query of a same-site address, or null for another site, a fragment, mailto: and the like. */
export function siteAddress(href: string): { readonly path: string; readonly query: string } | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  const url = new URL(href, 'http://site.invalid');
  const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { path: decodeURI(url.pathname), query: params.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&') };
}

const extension = (segment: string): string | null => /\.([a-z0-9]+)$/i.exec(segment)?.[1]?.toLowerCase() ?? null;

export function staticAddress(path: string, query: string): StaticAddress {
  const trimmed = path.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  const dir = trimmed.slice(0, slash + 1);
  const last = trimmed.slice(slash + 1);
  const own = extension(last);
  const ext = own ?? (trimmed.startsWith('/api/') ? 'json' : 'html');
  let file: string;
  if (ext === 'html' && own === null) file = query === '' ? `${trimmed}/index.html` : `${trimmed}/${query}.html`;
  else if (query === '') file = own === null ? `${trimmed}.${ext}` : trimmed;
  else file = `${dir}${own === null ? last : last.slice(0, -own.length - 1)}/${query}.${ext}`;
  const link = ext === 'html' && own === null && query === '' ? `${trimmed}/` : file;
  // "%" in a file name (from an encoded query value) is "%25" in its address.
  return { file: file.slice(1), link: link.replace(/%/g, '%25'), ext };
}

/** The media types a route's answer may have for the extension its address is given. */
export const expectedTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  json: 'application/json',
  csv: 'text/csv',
  css: 'text/css',
  svg: 'image/svg+xml',
};

const unescape = (value: string) => value.replace(/&(amp|quot|#39|lt|gt);/g, (_m, e: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[e] ?? '');

/** Every same-site address a page's href, src, srcset (one address, as the pages write it) and action attributes name, fragments dropped. */
export function pageLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|srcset|action)="([^"]*)"/g)].flatMap((m) => {
    const value = unescape(m[1] ?? '').split('#')[0] ?? '';
    return value.startsWith('/') && !value.startsWith('//') ? [value] : [];
  });
}

/**
 * The page as the static copy serves it: every same-site href, src and srcset names the file of its
 * address (fragment kept), and each GET form (the date and filter form: a file server ignores
 * the query it would send) gives way to a sentence saying the copy is for one date.
 */
export function staticPage(html: string, asOf: string): string {
  const lang = /<html lang="([a-z]+)"/.exec(html)?.[1] ?? 'en';
  const note = messages[isLanguage(lang) ? lang : ('en' as Language)].staticCopy(formatDate(asOf, isLanguage(lang) ? lang : 'en'));
  return html
    .replace(/<form\b[^>]*\bmethod="get"[^>]*>[\s\S]*?<\/form>/g, `<p class="as-of-note">${escapeHtml(note)}</p>`)
    .replace(/(\s(?:href|src|srcset)=")([^"]*)"/g, (whole, attribute: string, value: string) => {
      const [target = '', fragment] = unescape(value).split('#');
      const address = siteAddress(target);
      if (address === null) return whole;
      const link = staticAddress(address.path, address.query).link + (fragment === undefined ? '' : `#${fragment}`);
      return `${attribute}${escapeHtml(link)}"`;
    });
}
