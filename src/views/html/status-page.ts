// The "Status of the Convention" page: every number and sentence computed for the date.
import type { CalendarDate } from '../../domain/calendar-date.js';
import { countingBases, type CountingBasis } from '../../domain/counting-basis.js';
import type { Iso3 } from '../../domain/record.js';
import type { StatusStatements } from '../../domain/statements.js';
import { groupSentences, inTreeOrder } from '../group-sentences.js';
import { formatDate, formatList, formatNumber } from '../i18n/locale.js';
import { html, type Html } from './html.js';
import { href, layout, type PageContext } from './layout.js';
import type { Naming } from './naming.js';

export interface StatusPageInput {
  readonly statements: StatusStatements;
  readonly naming: Naming;
  readonly textUrl: string;
  readonly entryIntoForce: CalendarDate | null;
  readonly signatories: readonly Iso3[];
  readonly withdrawn: readonly Iso3[];
  readonly map: Html | null;
  readonly timeline: Html | null;
}

export function renderStatusPage(ctx: PageContext, input: StatusPageInput): string {
  const { t, lang } = ctx;
  const { statements: s, naming } = input;
  const n = (x: number) => formatNumber(x, lang);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const names = (codes: readonly Iso3[]) =>
    formatList([...codes].sort((a, b) => collator.compare(naming.state(a), naming.state(b))).map((c) => naming.stateInSentence(c)), lang);
  const asOf = formatDate(s.asOf, lang);
  const dateQuery = s.asOf === ctx.today ? {} : { asOf: s.asOf };
  const main = html`
<h1>${t.statusTitle}</h1>
<p class="as-of">${t.asOfHeading(asOf)}</p>
${asOfForm(ctx, s.asOf, s.basis, '/')}
<section aria-labelledby="summary-heading" class="summary">
<h2 id="summary-heading" class="visually-hidden">${t.nav.status}</h2>
<p class="headline"><strong>${t.joined(n(s.counts.formallyAccepted))}</strong></p>
<p class="headline">${t.notJoined(n(s.counts.notParties))}</p>
<ul>
${input.entryIntoForce === null || input.entryIntoForce > s.asOf ? html`<li>${t.notYetInForce(asOf)}</li>` : html`<li>${t.partiesLine(n(s.counts.parties))}</li>`}
${s.counts.pendingEntryIntoForce > 0 ? html`<li>${t.pendingLine(n(s.counts.pendingEntryIntoForce))}</li>` : ''}
${s.counts.withdrawalPending > 0 ? html`<li>${t.withdrawalPendingLine(n(s.counts.withdrawalPending))}</li>` : ''}
${input.withdrawn.length > 0 ? html`<li>${t.withdrawnLine(n(input.withdrawn.length), names(input.withdrawn))}</li>` : ''}
${input.signatories.length > 0 ? html`<li>${t.signatoriesLine(n(input.signatories.length), names(input.signatories))}</li>` : ''}
</ul>
<p class="basis">${t.countingLine(t.bases[s.basis])}</p>
<p class="lists">
<a href="${href(ctx, '/states', { ...dateQuery, status: 'joined' })}">${t.listParties}</a>
· <a href="${href(ctx, '/states', { ...dateQuery, status: 'not-joined' })}">${t.listNonParties}</a>
· <a href="/states.csv${s.asOf === ctx.today ? '' : `?asOf=${s.asOf}`}">${t.downloadCsv}</a>
· <a href="/api/v1/states${s.asOf === ctx.today ? '' : `?asOf=${s.asOf}`}">${t.downloadJson}</a>
</p>
</section>
${input.map === null ? '' : html`<section aria-labelledby="map-heading"><h2 id="map-heading">${t.mapHeading}</h2><p>${t.mapDescription} <a href="${href(ctx, '/states', dateQuery)}">${t.mapTextAlternative}</a></p><a class="skip-inline" href="#after-map">${t.skipMap}</a><div class="figure">${input.map}</div><span id="after-map" tabindex="-1"></span></section>`}
<section aria-labelledby="about-heading">
<h2 id="about-heading">${t.aboutHeading}</h2>
${t.about.map((p) => html`<p>${p}</p>`)}
<p><a href="${input.textUrl}">${t.officialText}</a></p>
</section>
${regions(ctx, input)}
${indicators(ctx, input)}
${input.timeline === null ? '' : html`<section aria-labelledby="timeline-heading"><h2 id="timeline-heading">${t.timelineHeading}</h2><p>${t.timelineDescription}</p><div class="figure">${input.timeline}</div></section>`}
`;
  return layout(ctx, { title: `${t.statusTitle} (${asOf})`, main });
}

export function asOfForm(ctx: PageContext, asOf: CalendarDate, basis: CountingBasis | null, path: string, extra: Html | string = ''): Html {
  const { t } = ctx;
  return html`<form class="as-of-form" method="get" action="${href(ctx, path)}">
<label for="asOf">${t.asOfLabel}</label>
<input type="date" id="asOf" name="asOf" value="${asOf}" min="1997-12-03" max="${ctx.today}" required>
${basis === null ? '' : html`<label for="basis">${t.basisLabel}</label>
<select id="basis" name="basis">${countingBases.map((b) => html`<option value="${b}"${b === basis ? html` selected` : ''}>${t.bases[b]}</option>`)}</select>`}
${extra}
<button type="submit">${t.show}</button>
</form>`;
}

function regions(ctx: PageContext, input: StatusPageInput): Html {
  const { t, lang } = ctx;
  const { naming } = input;
  const n = (x: number) => formatNumber(x, lang);
  const groups = inTreeOrder(input.statements.groups, naming, lang);
  const sentences = groupSentences(input.statements.groups, naming, t, lang);
  return html`<section aria-labelledby="regions-heading">
<h2 id="regions-heading">${t.regionsHeading}</h2>
<ul>${sentences.map((s) => html`<li>${s}</li>`)}</ul>
<div class="table-scroll" role="region" aria-labelledby="groups-caption" tabindex="0">
<table class="groups">
<caption id="groups-caption">${t.groupTableCaption}</caption>
<thead><tr><th scope="col">${t.groupColumns.group}</th><th scope="col" class="num">${t.groupColumns.members}</th><th scope="col" class="num">${t.groupColumns.joined}</th><th scope="col" class="num">${t.groupColumns.notJoined}</th></tr></thead>
<tbody>${groups.map((g) => html`<tr class="${g.kind}"><th scope="row">${naming.group(g.code)}</th><td class="num">${n(g.members)}</td><td class="num">${n(g.formallyAccepted)}</td><td class="num">${n(g.members - g.formallyAccepted)}</td></tr>`)}</tbody>
</table>
</div>
</section>`;
}

function indicators(ctx: PageContext, input: StatusPageInput): Html {
  const { t, lang } = ctx;
  const { statements: s, naming } = input;
  const n = (x: number) => formatNumber(x, lang);
  const stateLink = (iso3: Iso3) => html`<a href="${href(ctx, `/states/${iso3}`)}">${naming.state(iso3)}</a>`;
  const years = (list: readonly number[]) => {
    const first = list[0];
    const last = list.at(-1);
    return first === last ? String(first) : `${first}–${last}`;
  };
  return html`<section aria-labelledby="indicators-heading">
<h2 id="indicators-heading">${t.indicatorsHeading}</h2>
<ul>${s.tallies.map((tally) =>
    tally.states.length === 0
      ? html`<li>${t.tallyNone(tally.tally)}</li>`
      : html`<li>${t.tally(tally.tally, n(tally.states.length), n(tally.joined.length))}${tally.uncertain > 0 ? html` ${t.tallyUncertain(n(tally.uncertain))}` : ''}</li>`,
  )}</ul>
<h3>${t.stockpilesHeading}</h3>
${s.largestStockpiles.length === 0
    ? html`<p>${t.stockpilesNone}</p>`
    : html`<ol>${s.largestStockpiles.map((e) => html`<li>${t.stockpileItem(naming.state(e.iso3), n(e.mines), e.year === null ? null : String(e.year))} <a href="${e.source.split(' ; ')[0] ?? ''}" class="source">${t.source}</a></li>`)}</ol>`}
<h3>${t.newUseHeading}</h3>
${s.newUseByNonParties.length === 0
    ? html`<p>${t.newUseNone}</p>`
    : html`<p>${t.newUseIntro(n(s.newUseByNonParties.length))}</p><ul>${s.newUseByNonParties.map((e) => html`<li>${stateLink(e.iso3)} (${years(e.years)})</li>`)}</ul>`}
</section>
<section aria-labelledby="report">
<h2 id="report">${t.reportError}</h2>
<p>${sourcesNote[lang]}</p>
</section>`;
}

const sourcesNote: Record<PageContext['lang'], string> = {
  en: 'The record lists each fact with the page it comes from; where sources disagree, the choice made is recorded. If a date or fact is wrong, report it with a source (ideally the UN Treaty Collection or the depositary notification) in the project’s issue tracker.',
  fr: 'Le registre indique pour chaque fait la page dont il provient ; lorsque les sources divergent, le choix retenu est consigné. Si une date ou un fait est erroné, signalez-le avec une source (de préférence la Collection des traités de l’ONU ou la notification dépositaire) dans le suivi des tickets du projet.',
  es: 'El registro indica para cada hecho la página de la que procede; cuando las fuentes discrepan, se consigna la elección hecha. Si una fecha o un hecho es erróneo, infórmelo con una fuente (de preferencia la Colección de Tratados de la ONU o la notificación del depositario) en el gestor de incidencias del proyecto.',
};
