// The front page: every treaty the record holds, with its headline counts on the date.
import type { TreatySite } from '../../app/site.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { countsOn } from '../../domain/counts.js';
import { defaultCountingBasis } from '../../domain/counting-basis.js';
import { formatDate, formatNumber } from '../i18n/locale.js';
import { html } from './html.js';
import { href, layout, type PageContext } from './layout.js';

export interface TreatiesPageInput {
  readonly asOf: CalendarDate;
  readonly treaties: readonly TreatySite[];
}

export function renderTreatiesPage(ctx: PageContext, input: TreatiesPageInput): string {
  const { t, lang } = ctx;
  const n = (x: number) => formatNumber(x, lang);
  const dateQuery = input.asOf === ctx.today ? {} : { asOf: input.asOf };
  const main = html`
<h1>${t.treatiesTitle}</h1>
<p>${t.treatiesIntro}</p>
<p class="as-of">${t.asOfHeading(formatDate(input.asOf, lang))}</p>
<ul class="treaties">${input.treaties.map((treaty) => {
    const counts = countsOn(treaty.history, input.asOf, defaultCountingBasis);
    const text = treaty.rules.text[lang];
    return html`<li><h2><a href="${href(ctx, `/${treaty.rules.id}/`, dateQuery)}">${text.statusTitle}</a></h2>
<p>${t.treatyHeadline(n(counts.formallyAccepted), n(counts.notParties))}</p></li>`;
  })}</ul>`;
  return layout(ctx, { title: t.treatiesTitle, main });
}
