// The profile's section on obligations with deadlines: one row per obligation with its deadline,
// the reason for that date (the period from entry into force, an extension, the report due),
// the articles, its status on the date, when it was met, and the sources.
import type { Basis } from '../../domain/basis.js';
import type { FactDate } from '../../domain/fact-date.js';
import { obligationIds, type StateObligations } from '../../domain/obligations.js';
import type { ObligationId, TreatyObligations } from '../../domain/treaty.js';
import { obligationMessages, type ObligationMessages } from '../i18n/obligation-messages.js';
import { capitalise, formatDate, type Language } from '../i18n/locale.js';
import { formatFactDate } from '../status-sentences.js';
import { html, type Html } from './html.js';
import { href, treatyPath, type PageContext } from './layout.js';
import { sources } from './state-page.js';

export interface ObligationsInput {
  readonly value: StateObligations;
  readonly rules: TreatyObligations;
}

const citeArticles = (bases: readonly Basis[]): string =>
  bases.flatMap((b) => (b.kind === 'article' ? [`Art. ${b.article}${b.paragraph === undefined ? '' : `(${b.paragraph})`}`] : [])).join(', ');

/** Why the deadline falls on its date, in words. */
export function deadlineReason(id: ObligationId, input: ObligationsInput, m: ObligationMessages, lang: Language): string {
  const d = (date: string) => formatDate(date, lang);
  const { value, rules } = input;
  const entry = d(value.entryIntoForce);
  switch (id) {
    case 'stockpile':
      return m.yearsAfterEntry(rules.stockpile.yearsAfterEntryIntoForce, entry);
    case 'clearance': {
      const { clearance } = value;
      const base = m.yearsAfterEntry(rules.clearance.yearsAfterEntryIntoForce, entry);
      const last = clearance.extensions.at(-1);
      if (last === undefined || clearance.deadline === clearance.original) return base;
      return `${base}; ${m.extended(d(clearance.original), last.decided === null ? null : formatFactDate(last.decided, lang))}`;
    }
    case 'transparency': {
      const { transparency } = value;
      if (transparency.deadline === transparency.initialDue) return m.daysAfterEntry(rules.transparency.initialDaysAfterEntryIntoForce, entry);
      return m.annualUpdate(String(Number((transparency.deadline ?? '').slice(0, 4)) - 1));
    }
  }
}

export function obligationsSection(ctx: PageContext, input: ObligationsInput): Html {
  const { lang, t } = ctx;
  const m = obligationMessages[lang];
  const names = ctx.treaty!.text.obligations;
  const d = (date: string) => formatDate(date, lang);
  const c = m.columns;
  return html`<h2 id="obligations">${m.heading}</h2>
<p><a href="${href(ctx, treatyPath(ctx, '/obligations'))}">${m.link}</a></p>
${input.value.endedOn === null ? '' : html`<p class="obligations-ended">${m.ended(d(input.value.endedOn))}</p>`}
<div class="table-scroll" role="region" aria-label="${m.heading}" tabindex="0"><table class="obligations stack">
<thead><tr><th scope="col">${c.obligation}</th><th scope="col">${c.deadline}</th><th scope="col">${c.why}</th><th scope="col">${c.status}</th><th scope="col">${c.met}</th><th scope="col">${c.source}</th></tr></thead>
<tbody>${obligationIds.map((id) => {
    const answer = input.value[id];
    return html`<tr>
<th scope="row" data-label="${c.obligation}">${names[id]}</th>
<td class="date" data-label="${c.deadline}">${answer.deadline === null ? '' : html`<time datetime="${answer.deadline}">${d(answer.deadline)}</time>`}</td>
<td data-label="${c.why}">${deadlineReason(id, input, m, lang)} (${citeArticles(answer.basis)})</td>
<td data-label="${c.status}"><span class="obligation-status obligation-${answer.status}">${capitalise(m.statuses[answer.status])}</span></td>
<td class="date" data-label="${c.met}">${answer.met === null ? '' : formatFactDate(answer.met as FactDate, lang)}</td>
<td data-label="${c.source}">${sources(answer.sources.join(' ; '), t.source)}</td>
</tr>`;
  })}</tbody></table></div>`;
}
