// The page shell every HTML page shares: language, skip link, navigation, language switcher.
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { TreatyText } from '../../domain/treaty.js';
import { languages, type Language } from '../i18n/locale.js';
import { messages } from '../i18n/index.js';
import type { Messages } from '../i18n/messages.js';
import { html, type Html } from './html.js';
import { assets } from '../assets.js';

export type Query = Readonly<Record<string, string | undefined>>;

export interface PageContext {
  readonly lang: Language;
  readonly t: Messages;
  readonly today: CalendarDate;
  /** The path of this page without the language prefix, e.g. "/apmbc/states/AUS". */
  readonly path: string;
  readonly query: Query;
  /** The treaty the page is about (its id is the first segment of its paths), or null for pages about several. */
  readonly treaty: { readonly id: string; readonly text: TreatyText } | null;
  /** Where "Report a data error" leads. */
  readonly reportUrl: string;
}

export interface PageSettings {
  readonly treaty: { readonly id: string; readonly text: Readonly<Record<Language, TreatyText>> } | null;
  readonly reportUrl: string;
}

export function pageContext(lang: Language, today: CalendarDate, path: string, query: Query, settings: PageSettings): PageContext {
  const treaty = settings.treaty === null ? null : { id: settings.treaty.id, text: settings.treaty.text[lang] };
  return { lang, t: messages[lang], today, path, query, treaty, reportUrl: settings.reportUrl };
}

/** The path of a page of the context's treaty: treatyPath(ctx, '/states') is "/apmbc/states". */
export function treatyPath(ctx: PageContext, path: string): string {
  if (ctx.treaty === null) return path;
  return path === '/' ? `/${ctx.treaty.id}/` : `/${ctx.treaty.id}${path}`;
}

/** "?a=1&b=2" for the parameters that have a value, or "" when none has. */
export function queryString(query: Query): string {
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
    { path: '/', label: t.nav.treaties },
    ...(ctx.treaty === null
      ? []
      : [
          { path: treatyPath(ctx, '/'), label: t.nav.status },
          { path: treatyPath(ctx, '/states'), label: t.nav.states },
          { path: treatyPath(ctx, '/changes'), label: t.nav.changes },
        ]),
  ];
  const siteName = ctx.treaty?.text.siteName ?? 'Adherence';
  return `<!doctype html>\n${html`<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${siteName}</title>
<link rel="stylesheet" href="${assets.stylesheet.path}">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
${languages.map((l) => html`<link rel="alternate" hreflang="${l}" href="${href(ctx, ctx.path, ctx.query, l)}">`)}
${ctx.treaty === null ? '' : html`<link rel="alternate" type="application/atom+xml" title="${t.changes.feedLink}" href="${href(ctx, treatyPath(ctx, '/feed.atom'))}">`}
</head>
<body>
<a class="skip-link" href="#main">${t.skipToContent}</a>
<header class="site-header">
<p class="site-name"><a href="${href(ctx, treatyPath(ctx, '/'))}">${siteName}</a></p>
<nav aria-label="${t.nav.treaties}">
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
<p>${t.footer} <a href="${ctx.reportUrl}">${t.reportError}</a></p>
</footer>
</body>
</html>
`.value}`;
}
