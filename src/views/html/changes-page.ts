// The page of what changed under a treaty between two dates: a GET form with the two dates, then
// every change in date order with why it falls on its date, its notification and its source.
import type { ChangeRow, Period } from '../../app/changes-report.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { ChangeKind } from '../../domain/changes.js';
import { consentKinds, type ActionKind, type ConsentKind } from '../../domain/record.js';
import { capitalise, formatDate, formatNumber } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { html, type Html } from './html.js';
import { href, layout, queryString, treatyPath, type PageContext } from './layout.js';
import type { Naming } from './naming.js';
import { noBreak } from './no-break.js';
import { sources } from './state-page.js';

export interface ChangesPageInput {
  readonly period: Period;
  readonly rows: readonly ChangeRow[];
  /** The first date the form accepts: the day the treaty opened for signature. */
  readonly opens: CalendarDate;
  readonly naming: Naming;
}

export function renderChangesPage(ctx: PageContext, input: ChangesPageInput): string {
  const { t, lang } = ctx;
  const { from, to } = input.period;
  const d = (date: string) => formatDate(date, lang);
  const hasCn = input.rows.some((row) => row.cn.length > 0);
  const caption = t.changes.caption(d(from), d(to));
  const main = html`
<h1>${t.changes.title}</h1>
<p class="as-of">${t.changes.period(d(from), d(to))}</p>
${periodForm(ctx, input)}
<p>${input.rows.length === 0 ? t.changes.none : t.changes.count(input.rows.length, formatNumber(input.rows.length, lang))}</p>
${input.rows.length === 0 ? '' : html`<div class="table-scroll" role="region" aria-labelledby="changes-caption" tabindex="0">
<table class="changes stack">
<caption id="changes-caption">${caption}</caption>
<thead><tr><th scope="col">${t.changes.columns.date}</th><th scope="col">${t.changes.columns.state}</th><th scope="col">${t.changes.columns.change}</th><th scope="col">${t.changes.columns.basis}</th>${hasCn ? html`<th scope="col">${t.changes.columns.notification}</th>` : ''}<th scope="col">${t.changes.columns.source}</th></tr></thead>
<tbody>${input.rows.map((row) => html`<tr>
<td class="date" data-label="${t.changes.columns.date}"><time datetime="${row.date}">${d(row.date)}</time></td>
<th scope="row" data-label="${t.changes.columns.state}">${row.iso3 === null ? capitalise(ctx.treaty!.text.shortName) : html`<a href="${href(ctx, treatyPath(ctx, `/states/${row.iso3}`), { asOf: row.date === ctx.today ? undefined : row.date })}">${input.naming.state(row.iso3)}</a>`}</th>
<td data-label="${t.changes.columns.change}">${changeLabel(ctx, row)}</td>
<td data-label="${t.changes.columns.basis}">${row.basis === null ? '' : noBreak(row.basis)}</td>
${hasCn ? html`<td data-label="${t.changes.columns.notification}">${row.cn.join(', ')}</td>` : ''}
<td data-label="${t.changes.columns.source}">${sources(row.sources.join(' ; '), t.source)}</td>
</tr>`)}</tbody>
</table>
</div>`}
<p class="downloads">${t.downloads} <a href="${`/api/v1/${ctx.treaty!.id}/changes${queryString({ from, to })}`}">JSON</a> · <a href="${href(ctx, treatyPath(ctx, '/feed.atom'))}" type="application/atom+xml">${t.changes.feedLink}</a></p>`;
  return layout(ctx, { title: `${t.changes.title} (${d(from)} – ${d(to)})`, main });
}

function changeLabel(ctx: PageContext, row: ChangeRow): Html | string {
  const { t, lang } = ctx;
  const label = changeKindLabel(t, row.kind);
  const consent = row.kind === 'entry-into-force' ? row.restsOn[0] : undefined;
  if (consent === undefined) return label;
  const kind = isConsentKind(consent.kind) ? t.consentKinds[consent.kind] : t.actionKinds[consent.kind];
  return html`${label} <span class="kind">(${t.changes.restsOn(kind, formatDate(consent.date, lang))})</span>`;
}

/** A change's name: a recorded action by its kind, a withdrawal as deposited, the computed ones by theirs. */
export function changeKindLabel(t: Messages, kind: ChangeKind): string {
  switch (kind) {
    case 'treaty-entry-into-force':
    case 'entry-into-force':
    case 'withdrawal':
    case 'withdrawal-suspended':
    case 'withdrawal-effective':
      return t.changes.kinds[kind];
    default:
      return t.actionKinds[kind];
  }
}

const isConsentKind = (kind: ActionKind): kind is ConsentKind => (consentKinds as readonly string[]).includes(kind);

function periodForm(ctx: PageContext, input: ChangesPageInput): Html {
  const { t } = ctx;
  const { from, to } = input.period;
  return html`<form class="as-of-form" method="get" action="${href(ctx, treatyPath(ctx, '/changes'))}">
<p class="field"><label for="from">${t.changes.fromLabel}</label>
<input type="date" id="from" name="from" value="${from}" min="${input.opens}" max="${ctx.today}" required></p>
<p class="field"><label for="to">${t.changes.toLabel}</label>
<input type="date" id="to" name="to" value="${to}" min="${input.opens}" max="${ctx.today}" required></p>
<p class="field"><button type="submit">${t.show}</button></p>
</form>
<p>${t.changes.defaultPeriod}</p>`;
}
