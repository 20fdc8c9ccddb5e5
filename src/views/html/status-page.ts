// The "Status of the Convention" page: every number and sentence computed for the date, the
// treaty's own words quoted from its authentic text, the map and the timeline.
import type { CalendarDate } from '../../domain/calendar-date.js';
import { countingBases, type CountingBasis } from '../../domain/counting-basis.js';
import type { ObligationStatements } from '../../domain/obligation-statements.js';
import type { StatusStatements } from '../../domain/statements.js';
import type { ListName } from '../../app/state-lists.js';
import { capitalise, formatDate, formatNumber } from '../i18n/locale.js';
import { inTreeOrder, nameList, statusSentences, type Sentence } from '../status-sentences.js';
import { obligationMessages } from '../i18n/obligation-messages.js';
import { html, type Html } from './html.js';
import { href, layout, treatyPath, type PageContext, type Query } from './layout.js';
import type { Naming } from './naming.js';

export interface StatusPageInput {
  readonly statements: StatusStatements;
  readonly naming: Naming;
  readonly entryIntoForce: CalendarDate | null;
  readonly map: Html | null;
  readonly timeline: Html | null;
  /** The printed lists for the page's date, basis and language, with their PDFs' sizes. */
  readonly lists: readonly ListLink[];
  /** What the record says of the obligations with deadlines on the date. */
  readonly obligations: ObligationStatements;
}

export interface ListLink {
  readonly list: ListName;
  /** Null when the page does not give it (a date other than today). */
  readonly pdfBytes: number | null;
}

export function renderStatusPage(ctx: PageContext, input: StatusPageInput): string {
  const { t, lang } = ctx;
  const tt = ctx.treaty!.text;
  const { statements: s, naming } = input;
  const sentences = statusSentences(s, input.entryIntoForce, { t, tt, lang, naming });
  const asOf = formatDate(s.asOf, lang);
  const listQuery = { ...(s.asOf === ctx.today ? {} : { asOf: s.asOf }), basis: s.basis };
  const [headline, ...rest] = sentences.summary;
  const notBound = s.counts.notParties;
  const main = html`
<h1>${tt.statusTitle}</h1>
<p class="as-of">${t.asOfHeading(asOf)}</p>
${asOfForm(ctx, s.asOf, s.basis, treatyPath(ctx, '/'))}
<section aria-labelledby="summary-heading" class="summary">
<h2 id="summary-heading" class="visually-hidden">${t.nav.status}</h2>
${headline === undefined ? '' : html`<p class="headline"><strong>${headline.text}</strong></p>`}
${rest.map((sentence) => html`<p>${sentence.text}</p>`)}
<p class="basis">${t.countingLine(t.bases[s.basis])}</p>
<ul class="lists">
<li><a href="${href(ctx, treatyPath(ctx, '/states'), { ...listQuery, status: 'joined' })}">${t.listParties(formatNumber(s.counts.formallyAccepted, lang))}</a></li>
<li><a href="${href(ctx, treatyPath(ctx, '/states'), { ...listQuery, status: 'not-joined' })}">${t.listNotBound(formatNumber(notBound, lang))}</a></li>
</ul>
${downloads(ctx, input.lists, listQuery)}
<p class="changes-link"><a href="${href(ctx, treatyPath(ctx, '/changes'), { to: s.asOf === ctx.today ? undefined : s.asOf })}">${t.changes.recentLink}</a></p>
${obligationSentences(ctx, input)}
<p class="obligations-link"><a href="${href(ctx, treatyPath(ctx, '/obligations'), { asOf: s.asOf === ctx.today ? undefined : s.asOf })}">${obligationMessages[lang].link}</a></p>
</section>
${input.map === null ? '' : html`<section aria-labelledby="map-heading"><h2 id="map-heading">${t.mapHeading}</h2><p>${t.mapDescription} <a href="${href(ctx, treatyPath(ctx, '/states'), listQuery)}">${t.mapTextAlternative}</a></p><a class="skip-inline" href="#after-map">${t.skipMap}</a><div class="figure">${input.map}</div><span id="after-map" tabindex="-1"></span></section>`}
${about(ctx)}
${regions(ctx, input, sentences.regions)}
${facts(ctx, sentences)}
${input.timeline === null ? '' : html`<section aria-labelledby="timeline-heading"><h2 id="timeline-heading">${t.timelineHeading}</h2><p>${t.timelineDescription}</p><div class="figure">${input.timeline}</div></section>`}
<section aria-labelledby="report">
<h2 id="report">${t.reportError}</h2>
<p>${t.reportIntro} <a href="${ctx.reportUrl}">${t.reportError}</a></p>
</section>
`;
  return layout(ctx, { title: `${tt.statusTitle} (${asOf})`, main });
}

function downloads(ctx: PageContext, lists: readonly ListLink[], query: Query): Html {
  const { t, lang } = ctx;
  const tt = ctx.treaty!.text;
  const file = (list: ListName | 'states', format: string) => href(ctx, treatyPath(ctx, `/lists/${list}.${format}`), query);
  const title = (list: ListName) => capitalise(list === 'states-parties' ? t.lists.partiesTitle(tt.shortName) : t.lists.notPartyTitle(tt.shortName));
  const kb = (bytes: number) => formatNumber(Math.max(1, Math.round(bytes / 1024)), lang);
  const others = (list: ListName | 'states') =>
    ['csv', 'xlsx', 'json'].flatMap((format, i) => [i === 0 ? '' : ' · ', html`<a href="${file(list, format)}">${format.toUpperCase()}</a>`]);
  return html`<ul class="downloads">
${lists.map((l) => html`<li><a href="${file(l.list, 'pdf')}">${title(l.list)}</a> (${l.pdfBytes === null ? 'PDF' : t.lists.fileSize('PDF', kb(l.pdfBytes))}) · ${t.lists.otherFormats} ${others(l.list)}</li>`)}
<li>${t.downloads} ${others('states')}</li>
</ul>`;
}

export function asOfForm(ctx: PageContext, asOf: CalendarDate, basis: CountingBasis | null, path: string, extra: Html | string = ''): Html {
  const { t } = ctx;
  return html`<form class="as-of-form" method="get" action="${href(ctx, path)}">
<p class="field"><label for="asOf">${t.asOfLabel}</label>
<input type="date" id="asOf" name="asOf" value="${asOf}" min="1997-12-03" max="${ctx.today}" required></p>
${basis === null ? '' : html`<p class="field"><label for="basis">${t.basisLabel}</label>
<select id="basis" name="basis">${countingBases.map((b) => html`<option value="${b}"${b === basis ? html` selected` : ''}>${t.bases[b]}</option>`)}</select></p>`}
${extra}
<p class="field"><button type="submit">${t.show}</button></p>
</form>`;
}

function about(ctx: PageContext): Html {
  const { t } = ctx;
  const tt = ctx.treaty!.text;
  return html`<section aria-labelledby="about-heading">
<h2 id="about-heading">${t.aboutHeading}</h2>
${tt.quotations.map(
    (q) => html`<figure class="quotation"><blockquote cite="${q.source}">${q.text.split('\n').map((line) => html`<p>${line}</p>`)}</blockquote><figcaption><a href="${q.source}">${t.article(q.cite)}</a></figcaption></figure>`,
  )}
<h3>${t.explanationHeading}</h3>
${tt.explanation.map((p) => html`<p>${p}</p>`)}
<p><a href="${tt.textSource}">${t.officialText}</a></p>
</section>`;
}

function regions(ctx: PageContext, input: StatusPageInput, sentences: readonly Sentence[]): Html {
  const { t, lang } = ctx;
  const { naming } = input;
  const n = (x: number) => formatNumber(x, lang);
  const groups = inTreeOrder(input.statements.groups, naming, lang);
  return html`<section aria-labelledby="regions-heading">
<h2 id="regions-heading">${t.regionsHeading}</h2>
<ul>${sentences.map((s) => html`<li>${s.text}</li>`)}</ul>
<div class="table-scroll" role="region" aria-labelledby="groups-caption" tabindex="0">
<table class="groups stack counts">
<caption id="groups-caption">${t.groupTableCaption}</caption>
<thead><tr><th scope="col">${t.groupColumns.group}</th><th scope="col" class="num">${t.groupColumns.members}</th><th scope="col" class="num">${t.groupColumns.joined}</th><th scope="col" class="num">${t.groupColumns.notJoined}</th><th scope="col" class="num">${t.groupColumns.withdrawn}</th></tr></thead>
<tbody>${groups.map((g) => html`<tr class="${g.kind}"><th scope="row">${naming.group(g.code)}</th><td class="num" data-label="${t.groupColumns.members}">${n(g.members)}</td><td class="num" data-label="${t.groupColumns.joined}">${n(g.formallyAccepted)}</td><td class="num" data-label="${t.groupColumns.notJoined}">${n(g.exceptions.length)}</td><td class="num" data-label="${t.groupColumns.withdrawn}">${n(g.withdrawn.length)}</td></tr>`)}</tbody>
</table>
</div>
</section>`;
}

function facts(ctx: PageContext, sentences: ReturnType<typeof statusSentences>): Html {
  const { t } = ctx;
  const link = (s: Sentence) => (s.iso3 === undefined ? s.text : html`<a href="${href(ctx, treatyPath(ctx, `/states/${s.iso3}`))}">${s.text}</a>`);
  const source = (s: Sentence) => (s.source === undefined ? '' : html` <a href="${s.source.split(' ; ')[0] ?? ''}" class="source">${t.source}</a>`);
  return html`<section aria-labelledby="facts-heading">
<h2 id="facts-heading">${t.factsHeading}</h2>
<ul>${sentences.tallies.map((s) => html`<li>${s.text}</li>`)}</ul>
<h3>${t.stockpilesHeading}</h3>
${sentences.stockpiles.length === 0 ? html`<p>${t.stockpilesNone}</p>` : html`<ol>${sentences.stockpiles.map((s) => html`<li>${link(s)}${source(s)}</li>`)}</ol>`}
${sentences.otherStockpilers === null ? '' : html`<p>${sentences.otherStockpilers.text}</p>`}
<h3>${t.newUseHeading}</h3>
<p>${sentences.newUse.intro.text}</p>
${sentences.newUse.items.length === 0 ? '' : html`<ul class="columns">${sentences.newUse.items.map((s) => html`<li>${link(s)}</li>`)}</ul>`}
${sentences.nsag === null ? '' : html`<h3>${t.nsagHeading}</h3>
<p>${sentences.nsag.intro.text}</p>
${sentences.nsag.items.length === 0 ? '' : html`<ul class="columns">${sentences.nsag.items.map((s) => html`<li>${link(s)}</li>`)}</ul>`}`}
</section>`;
}

/** The sentences on obligations the record supports: none when it records no completion. */
function obligationSentences(ctx: PageContext, input: StatusPageInput): Html | string {
  const m = obligationMessages[ctx.lang];
  const n = (x: number) => formatNumber(x, ctx.lang);
  const { stockpileCompleted, stockpilePast, clearanceCompleted } = input.obligations;
  const names = (codes: readonly string[]) => nameList(codes, { t: ctx.t, tt: ctx.treaty!.text, lang: ctx.lang, naming: input.naming });
  const sentences = [
    ...(stockpileCompleted.length === 0 ? [] : [m.stockpileCompleted(stockpileCompleted.length, n(stockpileCompleted.length))]),
    ...(stockpilePast.length === 0 ? [] : [m.stockpilePast(stockpilePast.length, n(stockpilePast.length), names(stockpilePast))]),
    ...(clearanceCompleted.length === 0 ? [] : [m.clearanceCompleted(clearanceCompleted.length, n(clearanceCompleted.length))]),
  ];
  return sentences.length === 0 ? '' : html`<p class="obligations-summary">${sentences.join(' ')}</p>`;
}
