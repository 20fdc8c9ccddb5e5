// A State's profile: status on the date, entry into force and why, withdrawal, its actions
// with sources, and the facts recorded about it.
import type { Basis } from '../../domain/basis.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { Indicator } from '../../domain/record.js';
import type { StateDetail } from '../../domain/state-summary.js';
import { formatDate } from '../i18n/locale.js';
import { html, type Html } from './html.js';
import { layout, type PageContext } from './layout.js';
import type { Naming } from './naming.js';
import { asOfForm } from './status-page.js';

export interface StatePageInput {
  readonly detail: StateDetail;
  readonly asOf: CalendarDate;
  readonly regions: readonly string[];
  readonly indicators: readonly Indicator[];
  /** The day the 40th instrument was deposited, for Art. 17(1) explanations. */
  readonly thresholdDate: CalendarDate | null;
  readonly naming: Naming;
}

const cite = (basis: Basis): string =>
  basis.kind === 'article' ? `Art. ${basis.article}${basis.paragraph === undefined ? '' : `(${basis.paragraph})`}` : '';

export function renderStatePage(ctx: PageContext, input: StatePageInput): string {
  const { t, lang } = ctx;
  const { detail, naming } = input;
  const name = naming.state(detail.iso3);
  const d = (date: string) => formatDate(date, lang);
  const main = html`
<h1>${name}</h1>
<p class="as-of"><span class="status status-${detail.status}">${t.profileStatus(t.statuses[detail.status], d(input.asOf))}</span></p>
<p>${input.regions.map((r) => naming.group(r)).join(' · ')}</p>
${asOfForm(ctx, input.asOf, null, ctx.path)}
${detail.entryIntoForce === null ? '' : html`<h2>${t.entryIntoForceHeading}</h2><p>${entryIntoForceReason(ctx, input)}</p>`}
${detail.withdrawal === null ? '' : html`<h2>${t.withdrawalHeading}</h2><p>${
    detail.withdrawal.effective === null
      ? t.withdrawalReasonSuspended(d(detail.withdrawal.deposited))
      : t.withdrawalReason(d(detail.withdrawal.deposited), d(detail.withdrawal.effective))
  } (${detail.withdrawalReason.map(cite).filter(Boolean).join(', ')})</p>`}
<h2>${t.actionsHeading}</h2>
${detail.actions.length === 0 ? html`<p>${t.noActions}</p>` : html`<div class="table-scroll"><table>
<thead><tr><th scope="col">${t.actionColumns.date}</th><th scope="col">${t.actionColumns.action}</th><th scope="col">${t.actionColumns.notification}</th><th scope="col">${t.actionColumns.note}</th><th scope="col">${t.actionColumns.source}</th></tr></thead>
<tbody>${detail.actions.map((a) => html`<tr>
<td><time datetime="${a.date}">${d(a.date)}</time></td>
<td>${t.actionKinds[a.kind]}${a.kind === 'succession' ? html` (${t.effectiveFrom(d(a.effectiveDate))})` : ''}</td>
<td>${a.cn ?? ''}</td>
<td>${a.note}</td>
<td>${sources(a.source, t.source)}</td>
</tr>`)}</tbody></table></div>`}
${input.indicators.length === 0 ? '' : html`<h2>${t.indicatorsOfState}</h2><div class="table-scroll"><table>
<thead><tr><th scope="col">${t.indicatorColumns.fact}</th><th scope="col">${t.indicatorColumns.value}</th><th scope="col">${t.indicatorColumns.year}</th><th scope="col">${t.indicatorColumns.confidence}</th><th scope="col">${t.indicatorColumns.source}</th></tr></thead>
<tbody>${input.indicators.map((i) => html`<tr>
<td>${t.indicatorNames[i.indicator]}</td><td>${i.value ?? ''}</td><td>${i.date === null ? (i.year ?? '') : d(i.date)}</td><td>${t.confidence[i.confidence]}</td><td>${sources(i.source, t.source)}</td>
</tr>`)}</tbody></table></div>`}`;
  return layout(ctx, { title: name, main });
}

function sources(field: string, label: string): Html {
  const urls = field.split(' ; ').map((u) => u.trim()).filter(Boolean);
  return html`${urls.map((url, i) => html`${i > 0 ? ' ' : ''}<a href="${url}" class="source">${label}${urls.length > 1 ? ` ${i + 1}` : ''}</a>`)}`;
}

function entryIntoForceReason(ctx: PageContext, input: StatePageInput): string {
  const { t, lang } = ctx;
  const { detail } = input;
  const d = (date: string) => formatDate(date, lang);
  const date = d(detail.entryIntoForce ?? '');
  const basis = detail.entryIntoForceReason[0];
  const citation = detail.entryIntoForceReason.map(cite).filter(Boolean).join(', ');
  const suffix = citation === '' ? '' : `, ${citation}`;
  if (basis?.kind === 'record') return `${t.reasonSuccession(date, d(detail.consent?.date ?? ''))}${suffix}`;
  if (basis?.kind === 'article' && basis.paragraph === '1') return `${t.reasonGeneral(date, input.thresholdDate === null ? '' : d(input.thresholdDate))}${suffix}`;
  return `${t.reasonLater(date, d(detail.consent?.date ?? ''))}${suffix}`;
}
