// A State's profile under one treaty: its status on the date with a sentence that says what it
// means, entry into force and why, withdrawal, its actions with sources, and the facts recorded
// about it with their periods and notes.
import type { Basis } from '../../domain/basis.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { Action, Indicator } from '../../domain/record.js';
import type { StateDetail } from '../../domain/state-summary.js';
import { capitalise, formatDate } from '../i18n/locale.js';
import type { Messages } from '../i18n/messages.js';
import { formatFactDate } from '../status-sentences.js';
import { html, type Html } from './html.js';
import { layout, type PageContext } from './layout.js';
import { noBreak } from './no-break.js';
import { obligationsSection, type ObligationsInput } from './obligations-section.js';
import type { Naming } from './naming.js';
import { asOfForm } from './status-page.js';

export interface StatePageInput {
  readonly detail: StateDetail;
  readonly asOf: CalendarDate;
  readonly regions: readonly string[];
  readonly indicators: readonly Indicator[];
  /** The day the threshold instrument was deposited, for Art. 17(1) explanations. */
  readonly thresholdDate: CalendarDate | null;
  readonly rules: { readonly instruments: number; readonly generalMonths: number; readonly laterMonths: number; readonly withdrawalMonths: number };
  /** Kinds of fact whose value is a figure as at a date (estimates): their period is that date. */
  readonly estimateKinds: ReadonlySet<string>;
  /** Actions deposited after the depositary's status page the record used was "as at": that date. */
  readonly awaitingDepositary: ReadonlyMap<Action, CalendarDate>;
  readonly naming: Naming;
  /** The State's obligations with deadlines on the date; null unless it has consented. */
  readonly obligations: ObligationsInput | null;
  /** When an editor's reviewed change last reached this State's record (UTC time), or null. */
  readonly lastChanged?: string | null;
}

const cite = (basis: Basis): string =>
  basis.kind === 'article' ? `Art. ${basis.article}${basis.paragraph === undefined ? '' : `(${basis.paragraph})`}` : '';

export function renderStatePage(ctx: PageContext, input: StatePageInput): string {
  const { t, lang } = ctx;
  const tt = ctx.treaty!.text;
  const { detail, naming } = input;
  const name = naming.state(detail.iso3);
  const d = (date: string) => formatDate(date, lang);
  const declarations = detail.actions.filter((a) => a.kind === 'declaration' && detail.consent !== null && a.date >= detail.consent.date);
  const main = html`
<h1>${name}</h1>
<p class="as-of"><span class="status status-${detail.status}">${t.profileStatus(t.statuses[detail.status], d(input.asOf))}</span></p>
<p class="summary-sentence">${summary(t, detail, naming.stateInSentence(detail.iso3), d)}</p>
${declarations.map((a) => html`<p class="declaration">${t.summary.declaration(d(a.date), t.actionKinds[a.kind])} <span lang="en">${a.note}</span></p>`)}
<p>${capitalise(tt.shortName)} · ${input.regions.map((r) => naming.group(r)).join(' · ')}</p>
${asOfForm(ctx, input.asOf, null, ctx.path)}
${detail.entryIntoForce === null ? '' : html`<h2>${t.entryIntoForceHeading}</h2><p>${entryIntoForceReason(ctx, input)}</p>`}
${detail.withdrawal === null ? '' : html`<h2>${t.withdrawalHeading}</h2><p>${
    detail.withdrawal.effective === null
      ? t.withdrawalReasonSuspended(d(detail.withdrawal.deposited))
      : t.withdrawalReason(d(detail.withdrawal.deposited), d(detail.withdrawal.effective), input.rules.withdrawalMonths)
  } (${detail.withdrawalReason.map(cite).filter(Boolean).join(', ')})</p>`}
${input.obligations === null ? '' : obligationsSection(ctx, input.obligations)}
<h2>${t.actionsHeading}</h2>
${detail.actions.length === 0 ? html`<p>${t.noActions}</p>` : actionsTable(ctx, input)}
${input.indicators.length === 0 ? '' : factsTable(ctx, input.indicators, input.estimateKinds)}
${input.lastChanged == null ? '' : html`<p class="last-changed">${t.lastChanged(d(input.lastChanged.slice(0, 10)))}</p>`}`;
  return layout(ctx, { title: `${name} · ${capitalise(tt.shortName)}`, main });
}

function summary(t: Messages, detail: StateDetail, name: string, d: (date: string) => string): string {
  const capital = capitalise(name);
  switch (detail.status) {
    case 'party':
      return t.summary.party(capital, d(detail.entryIntoForce ?? ''));
    case 'pending-entry-into-force':
      return t.summary.pending(capital, t.consentKinds[detail.consent?.kind ?? 'ratification'], d(detail.consent?.date ?? ''), detail.entryIntoForce === null ? null : d(detail.entryIntoForce));
    case 'signatory':
      return t.summary.signatory(capital, d(detail.signature ?? ''));
    case 'non-party':
      return t.summary.nonParty(capital);
    case 'withdrawal-pending':
      return t.summary.withdrawalPending(capital, d(detail.withdrawal?.deposited ?? ''), detail.withdrawal?.effective ? d(detail.withdrawal.effective) : null);
    case 'withdrawn':
      return t.summary.withdrawn(capital, d(detail.withdrawal?.effective ?? ''));
  }
}

function actionsTable(ctx: PageContext, input: StatePageInput): Html {
  const { t, lang } = ctx;
  const d = (date: string) => formatDate(date, lang);
  const rows = input.detail.actions;
  const hasCn = rows.some((a) => a.cn !== null);
  const hasNote = rows.some((a) => a.note !== '' || input.awaitingDepositary.has(a));
  return html`<div class="table-scroll" role="region" aria-label="${t.actionsHeading}" tabindex="0"><table class="actions stack">
<thead><tr><th scope="col">${t.actionColumns.date}</th><th scope="col">${t.actionColumns.action}</th>${hasCn ? html`<th scope="col">${t.actionColumns.notification}</th>` : ''}${hasNote ? html`<th scope="col">${t.actionColumns.note}</th>` : ''}<th scope="col">${t.actionColumns.source}</th></tr></thead>
<tbody>${rows.map((a) => {
    const pending = input.awaitingDepositary.get(a);
    return html`<tr>
<td class="date" data-label="${t.actionColumns.date}"><time datetime="${a.date}">${d(a.date)}</time></td>
<td data-label="${t.actionColumns.action}">${t.actionKinds[a.kind]}${a.kind === 'succession' ? html` (${t.effectiveFrom(d(a.effectiveDate))})` : ''}</td>
${hasCn ? html`<td data-label="${t.actionColumns.notification}">${a.cn ?? ''}</td>` : ''}
${hasNote ? html`<td data-label="${t.actionColumns.note}">${a.note === '' ? '' : html`<span lang="en">${a.note}</span>`}${pending === undefined ? '' : html`${a.note === '' ? '' : ' '}<em>(${t.depositaryPending(d(pending))})</em>`}</td>` : ''}
<td data-label="${t.actionColumns.source}">${sources(a.source, t.source)}</td>
</tr>`;
  })}</tbody></table></div>`;
}

function factsTable(ctx: PageContext, indicators: readonly Indicator[], estimateKinds: ReadonlySet<string>): Html {
  const { t, lang } = ctx;
  const tt = ctx.treaty!.text;
  const f = (date: string | null) => (date === null ? null : noBreak(formatFactDate(date as Parameters<typeof formatFactDate>[0], lang)));
  const hasValue = indicators.some((i) => i.value !== null);
  const hasNote = indicators.some((i) => i.note !== '');
  return html`<h2>${t.factsOfState}</h2><div class="table-scroll" role="region" aria-label="${t.factsOfState}" tabindex="0"><table class="facts stack">
<thead><tr><th scope="col">${t.factColumns.fact}</th>${hasValue ? html`<th scope="col">${t.factColumns.value}</th>` : ''}<th scope="col">${t.factColumns.period}</th><th scope="col">${t.factColumns.reported}</th>${hasNote ? html`<th scope="col">${t.factColumns.note}</th>` : ''}<th scope="col">${t.factColumns.source}</th></tr></thead>
<tbody>${indicators.map((i) => html`<tr>
<td data-label="${t.factColumns.fact}">${tt.kinds[i.indicator] ?? i.indicator}${i.confidence === 'uncertain' ? html` <em>(${t.confidence.uncertain})</em>` : ''}</td>
${hasValue ? html`<td data-label="${t.factColumns.value}">${i.value === null ? '' : /^\d+$/.test(i.value) ? new Intl.NumberFormat(lang).format(Number(i.value)) : /^\d{4}-\d{2}-\d{2}$/.test(i.value) ? html`<time datetime="${i.value}">${formatDate(i.value, lang)}</time>` : i.value}</td>` : ''}
<td class="date" data-label="${t.factColumns.period}">${estimateKinds.has(i.indicator) && i.from !== null ? t.estimateAsAt(f(i.from) ?? '') : t.period(f(i.from), f(i.until))}</td>
<td class="date" data-label="${t.factColumns.reported}">${f(i.reported) ?? ''}</td>
${hasNote ? html`<td data-label="${t.factColumns.note}"><span lang="en">${i.note}</span></td>` : ''}
<td data-label="${t.factColumns.source}">${sources(i.source, t.source)}</td>
</tr>`)}</tbody></table></div>`;
}

/** Links to the sources of a record field (URLs separated by " ; "). */
export function sources(field: string, label: string): Html {
  const urls = field.split(' ; ').map((u) => u.trim()).filter(Boolean);
  return html`${urls.map((url, i) => html`${i > 0 ? ' ' : ''}<a href="${url}" class="source">${label}${urls.length > 1 ? ` ${i + 1}` : ''}</a>`)}`;
}

function entryIntoForceReason(ctx: PageContext, input: StatePageInput): string {
  const { t, lang } = ctx;
  const { detail, rules } = input;
  const d = (date: string) => formatDate(date, lang);
  const date = d(detail.entryIntoForce ?? '');
  const basis = detail.entryIntoForceReason[0];
  const citation = detail.entryIntoForceReason.map(cite).filter(Boolean).join(', ');
  const suffix = citation === '' ? '' : ` (${citation})`;
  if (basis?.kind === 'record') return `${t.reasonSuccession(date, d(detail.consent?.date ?? ''))}${suffix}`;
  if (basis?.kind === 'article' && basis.paragraph === '1') {
    return `${t.reasonGeneral(date, input.thresholdDate === null ? '' : d(input.thresholdDate), rules.instruments, rules.generalMonths)}${suffix}`;
  }
  return `${t.reasonLater(date, d(detail.consent?.date ?? ''), rules.laterMonths)}${suffix}`;
}

