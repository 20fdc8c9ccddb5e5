// The States table: every State on a date, filterable by status and region, sortable by column.
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { CountingBasis } from '../../domain/counting-basis.js';
import type { StateSummary } from '../../domain/state-summary.js';
import { statusFilters, type StatusFilter } from '../../app/site.js';
import { formatDate, formatNumber } from '../i18n/locale.js';
import { html } from './html.js';
import { href, layout, treatyPath, type PageContext } from './layout.js';
import type { Naming } from './naming.js';
import { noBreak } from './no-break.js';
import { asOfForm } from './status-page.js';

export const sortKeys = ['name', 'status', 'signature', 'consent', 'entryIntoForce', 'withdrawal'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface StatesPageInput {
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly rows: readonly (StateSummary & { readonly region: string })[];
  readonly regions: readonly string[];
  readonly status: StatusFilter | null;
  readonly region: string | null;
  readonly sort: SortKey;
  readonly descending: boolean;
  readonly naming: Naming;
}

export function renderStatesPage(ctx: PageContext, input: StatesPageInput): string {
  const { t, lang } = ctx;
  const { naming } = input;
  const date = (d: string | null) => (d === null ? '' : html`<time datetime="${d}">${formatDate(d, lang)}</time>`);
  const filters = html`
<p class="field"><label for="status">${t.filterStatus}</label>
<select id="status" name="status"><option value="">${t.any}</option>${statusFilters.map((s) => html`<option value="${s}"${s === input.status ? html` selected` : ''}>${filterLabel(ctx, s)}</option>`)}</select></p>
<p class="field"><label for="region">${t.filterRegion}</label>
<select id="region" name="region"><option value="">${t.any}</option>${input.regions.map((r) => html`<option value="${r}"${r === input.region ? html` selected` : ''}>${naming.group(r)}</option>`)}</select></p>`;
  const baseQuery = { asOf: input.asOf === ctx.today ? undefined : input.asOf, basis: input.basis, status: input.status ?? undefined, region: input.region ?? undefined };
  const header = (key: SortKey, label: string) => {
    const active = input.sort === key;
    const next = active && !input.descending ? 'desc' : undefined;
    const sortAttr = active ? html` aria-sort="${input.descending ? 'descending' : 'ascending'}"` : '';
    return html`<th scope="col"${sortAttr}><a href="${href(ctx, treatyPath(ctx, '/states'), { ...baseQuery, sort: key === 'name' ? undefined : key, order: next })}">${label}</a></th>`;
  };
  const showWithdrawal = input.rows.some((row) => row.withdrawal !== null);
  const main = html`
<h1>${t.statesTitle}</h1>
${asOfForm(ctx, input.asOf, input.basis, treatyPath(ctx, '/states'), filters)}
<div class="table-scroll" role="region" aria-labelledby="states-caption" tabindex="0">
<table class="states stack sortable">
<caption id="states-caption">${t.statesCaption(formatNumber(input.rows.length, lang), formatDate(input.asOf, lang))}</caption>
<thead><tr>
${header('name', t.columns.state)}${header('status', t.columns.status)}${header('signature', t.columns.signature)}${header('consent', t.columns.consent)}${header('entryIntoForce', t.columns.entryIntoForce)}${showWithdrawal ? header('withdrawal', t.columns.withdrawal) : ''}
</tr></thead>
<tbody>
${input.rows.map((row) => html`<tr>
<th scope="row"><a href="${href(ctx, treatyPath(ctx, `/states/${row.iso3}`), { asOf: baseQuery.asOf })}">${naming.state(row.iso3)}</a></th>
<td data-label="${t.columns.status}"><span class="status status-${row.status}">${t.statuses[row.status]}</span></td>
<td class="date" data-label="${t.columns.signature}">${date(row.signature)}</td>
<td class="date" data-label="${t.columns.consent}">${row.consent === null ? '' : html`${date(row.consent.date)} <span class="kind">(${t.consentKinds[row.consent.kind]})</span>`}</td>
<td class="date" data-label="${t.columns.entryIntoForce}">${date(row.entryIntoForce)}</td>
${showWithdrawal ? html`<td data-label="${t.columns.withdrawal}">${row.withdrawal === null ? '' : t.withdrawalCell(noBreak(formatDate(row.withdrawal.deposited, lang)), row.withdrawal.effective === null ? t.withdrawalSuspended : noBreak(formatDate(row.withdrawal.effective, lang)))}</td>` : ''}
</tr>`)}
</tbody>
</table>
</div>`;
  return layout(ctx, { title: t.statesTitle, main });
}

export function filterLabel(ctx: PageContext, filter: StatusFilter): string {
  if (filter === 'joined') return ctx.t.filterJoined;
  if (filter === 'not-joined') return ctx.t.filterNotJoined;
  return ctx.t.statuses[filter];
}
