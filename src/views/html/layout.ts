// The page shell every HTML page shares: language, skip link, navigation, language switcher.
import type { CalendarDate } from '../../domain/calendar-date.js';
import { languages, type Language } from '../i18n/locale.js';
import { messages } from '../i18n/index.js';
import type { Messages } from '../i18n/messages.js';
import { html, type Html } from './html.js';

export type Query = Readonly<Record<string, string | undefined>>;

export interface PageContext {
  readonly lang: Language;
  readonly t: Messages;
  readonly today: CalendarDate;
  /** The path of this page without the language prefix, e.g. "/states/AUS". */
  readonly path: string;
  readonly query: Query;
}

export function pageContext(lang: Language, today: CalendarDate, path: string, query: Query): PageContext {
  return { lang, t: messages[lang], today, path, query };
}

function queryString(query: Query): string {
  const entries = Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '');
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}

/** A link to a page in the given language (default: the page's own). */
export function href(ctx: PageContext, path: string, query: Query = {}, lang: Language = ctx.lang): string {
  return `/${lang}${path === '/' ? '/' : path}${queryString(query)}`;
}

export interface PageContent {
  readonly title: string;
  readonly main: Html;
}

export function layout(ctx: PageContext, page: PageContent): string {
  const { t } = ctx;
  const nav = [
    { path: '/', label: t.nav.status },
    { path: '/states', label: t.nav.states },
  ];
  return `<!doctype html>\n${html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${t.siteName}</title>
<link rel="stylesheet" href="/assets/site.css">
${languages.map((l) => html`<link rel="alternate" hreflang="${l}" href="${href(ctx, ctx.path, ctx.query, l)}">`)}
</head>
<body>
<a class="skip-link" href="#main">${t.skipToContent}</a>
<header class="site-header">
<p class="site-name"><a href="${href(ctx, '/')}">${t.siteName}</a></p>
<nav aria-label="${t.nav.status} / ${t.nav.states}">
<ul>${nav.map((n) => html`<li><a href="${href(ctx, n.path)}"${ctx.path === n.path ? html` aria-current="page"` : ''}>${n.label}</a></li>`)}</ul>
</nav>
<nav aria-label="${t.switchLanguage}" class="languages">
<ul>${languages.map((l) =>
    l === ctx.lang
      ? html`<li><span aria-current="true" lang="${l}">${messages[l].languageName}</span></li>`
      : html`<li><a href="${href(ctx, ctx.path, ctx.query, l)}" hreflang="${l}" lang="${l}">${messages[l].languageName}</a></li>`,
  )}</ul>
</nav>
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer class="site-footer">
<p>${t.footer} <a href="${href(ctx, "/")}#report">${t.reportError}</a></p>
</footer>
</body>
</html>
`.value}`;
}
