// One State under every treaty the record holds: its status under each on the date, linking to
// its profile under that treaty.
import type { StateProfile } from '../../app/site.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { Iso3, State } from '../../domain/record.js';
import type { TreatyText } from '../../domain/treaty.js';
import { capitalise, formatDate } from '../i18n/locale.js';
import { html } from './html.js';
import { href, layout, type PageContext } from './layout.js';
import type { Naming } from './naming.js';

export interface StateAcrossPageInput {
  readonly iso3: Iso3;
  readonly asOf: CalendarDate;
  readonly rows: readonly {
    readonly treaty: string;
    readonly text: TreatyText;
    readonly profile: StateProfile | { readonly state: State; readonly detail: null } | null;
  }[];
  readonly naming: Naming;
}

export function renderStateAcrossPage(ctx: PageContext, input: StateAcrossPageInput): string {
  const { t, lang } = ctx;
  const name = input.naming.state(input.iso3);
  const d = (date: string | null) => (date === null ? '' : html`<time datetime="${date}">${formatDate(date, lang)}</time>`);
  const dateQuery = input.asOf === ctx.today ? {} : { asOf: input.asOf };
  const main = html`
<h1>${t.stateAcrossTreaties(name)}</h1>
<p class="as-of">${t.asOfHeading(formatDate(input.asOf, lang))}</p>
<div class="table-scroll" role="region" aria-labelledby="across-caption" tabindex="0">
<table class="across stack">
<caption id="across-caption" class="visually-hidden">${t.stateAcrossTreaties(name)}</caption>
<thead><tr><th scope="col">${t.nav.treaties}</th><th scope="col">${t.columns.status}</th><th scope="col">${t.columns.consent}</th><th scope="col">${t.columns.entryIntoForce}</th></tr></thead>
<tbody>${input.rows.map(({ treaty, text, profile }) => {
    const detail = profile?.detail ?? null;
    return html`<tr>
<th scope="row"><a href="${href(ctx, `/${treaty}/states/${input.iso3}`, dateQuery)}">${capitalise(text.shortName)}</a></th>
<td data-label="${t.columns.status}">${detail === null ? '' : html`<span class="status status-${detail.status}">${t.statuses[detail.status]}</span>`}</td>
<td class="date" data-label="${t.columns.consent}">${detail?.consent === null || detail === null ? '' : html`${d(detail.consent.date)} <span class="kind">(${t.consentKinds[detail.consent.kind]})</span>`}</td>
<td class="date" data-label="${t.columns.entryIntoForce}">${d(detail?.entryIntoForce ?? null)}</td>
</tr>`;
  })}</tbody></table></div>`;
  return layout(ctx, { title: t.stateAcrossTreaties(name), main });
}
