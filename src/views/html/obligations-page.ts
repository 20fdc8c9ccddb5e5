// The page of every State's deadlines on a date: the next deadline to meet (or the one missed),
// then each obligation's deadline and status; filters by obligation and status, sortable columns.
import type { CalendarDate } from '../../domain/calendar-date.js';
import { obligationIds } from '../../domain/obligations.js';
import { obligationStatuses, type ObligationStatus } from '../../domain/rules/obligation.js';
import type { ObligationId } from '../../domain/treaty.js';
import type { ObligationsRow } from '../../app/obligations-report.js';
import { obligationMessages } from '../i18n/obligation-messages.js';
import { formatDate, formatNumber } from '../i18n/locale.js';
import { html } from './html.js';
import { href, layout, queryString, treatyPath, type PageContext } from './layout.js';
import type { Naming } from './naming.js';
import { asOfForm } from './status-page.js';

export const obligationSortKeys = ['name', 'next', ...obligationIds] as const;
export type ObligationSortKey = (typeof obligationSortKeys)[number];

export interface ObligationsPageInput {
  readonly asOf: CalendarDate;
  readonly rows: readonly ObligationsRow[];
  readonly obligation: ObligationId | null;
  readonly status: ObligationStatus | null;
  readonly sort: ObligationSortKey;
  readonly descending: boolean;
  readonly naming: Naming;
}

export function renderObligationsPage(ctx: PageContext, input: ObligationsPageInput): string {
  const { lang } = ctx;
  const m = obligationMessages[lang];
  const names = ctx.treaty!.text.obligations;
  const date = (d: string | null) => (d === null ? '' : html`<time datetime="${d}">${formatDate(d, lang)}</time>`);
  const cell = (d: string | null, status: ObligationStatus) => html`${date(d)} <span class="obligation-status obligation-${status}">(${m.statuses[status]})</span>`;
  const filters = html`
<p class="field"><label for="obligation">${m.filterObligation}</label>
<select id="obligation" name="obligation"><option value="">${m.any}</option>${obligationIds.map((id) => html`<option value="${id}"${id === input.obligation ? html` selected` : ''}>${names[id]}</option>`)}</select></p>
<p class="field"><label for="status">${m.filterStatus}</label>
<select id="status" name="status"><option value="">${m.any}</option>${obligationStatuses.map((s) => html`<option value="${s}"${s === input.status ? html` selected` : ''}>${m.statuses[s]}</option>`)}</select></p>`;
  const baseQuery = { asOf: input.asOf === ctx.today ? undefined : input.asOf, obligation: input.obligation ?? undefined, status: input.status ?? undefined };
  const header = (key: ObligationSortKey, label: string) => {
    const active = input.sort === key;
    const sortAttr = active ? html` aria-sort="${input.descending ? 'descending' : 'ascending'}"` : '';
    const query = { ...baseQuery, sort: key === 'name' ? undefined : key, order: active && !input.descending ? 'desc' : undefined };
    return html`<th scope="col"${sortAttr}><a href="${href(ctx, treatyPath(ctx, '/obligations'), query)}">${label}</a></th>`;
  };
  const main = html`
<h1>${m.pageTitle}</h1>
<p>${m.intro(formatDate(input.asOf, lang))}</p>
${asOfForm(ctx, input.asOf, null, treatyPath(ctx, '/obligations'), filters)}
<p class="downloads">${ctx.t.downloads} <a href="${`${treatyPath(ctx, '/obligations.csv')}${queryString({ asOf: baseQuery.asOf })}`}">CSV</a> · <a href="${`/api/v1${treatyPath(ctx, '/obligations')}${queryString({ asOf: baseQuery.asOf })}`}">JSON</a></p>
<div class="table-scroll" role="region" aria-labelledby="obligations-caption" tabindex="0">
<table class="obligations-list stack sortable">
<caption id="obligations-caption">${m.count(input.rows.length, formatNumber(input.rows.length, lang))}</caption>
<thead><tr>${header('name', m.columns.state)}${header('next', m.columns.next)}${obligationIds.map((id) => header(id, names[id]))}</tr></thead>
<tbody>
${input.rows.map((row) => html`<tr>
<th scope="row"><a href="${href(ctx, treatyPath(ctx, `/states/${row.iso3}`), { asOf: baseQuery.asOf })}#obligations">${input.naming.state(row.iso3)}</a></th>
<td data-label="${m.columns.next}">${row.next === null ? m.none : html`${cell(row.next.deadline, row.next.status)}<br><span class="kind">${names[row.next.obligation]}</span>`}</td>
${obligationIds.map((id) => html`<td data-label="${names[id]}">${cell(row.obligations[id].deadline, row.obligations[id].status)}</td>`)}
</tr>`)}
</tbody>
</table>
</div>`;
  return layout(ctx, { title: m.pageTitle, main });
}
