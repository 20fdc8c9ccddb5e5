// The status page's figures: the world map coloured by status, drawn in the page (every State a
// link), and the timeline of adherence, an image of its own at an address per date, basis and
// layout (timeline-wide.svg, timeline-narrow.svg), which the page shows in a <picture>: the
// browser fetches the one layout that fits, when the reader gets to it.
import type { StatusModel, TimelineModel } from '../app/site.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import type { CountingBasis } from '../domain/counting-basis.js';
import { assets } from './assets.js';
import { formatDate } from './i18n/locale.js';
import { html, raw, type Html } from './html/html.js';
import { href, treatyPath, type PageContext } from './html/layout.js';
import type { Naming } from './html/naming.js';
import { renderMap } from './map.js';
import { changePoints, narrowTimeline, renderTimeline, wideTimeline, type TimelineLayout } from './timeline.js';

export const timelineLayouts = { wide: wideTimeline, narrow: narrowTimeline } as const;
export type TimelineLayoutName = keyof typeof timelineLayouts;

export function mapFigure(ctx: PageContext, model: StatusModel, names: Naming): Html {
  const { t, lang } = ctx;
  const asOf = model.statements.asOf;
  const dateQuery = asOf === ctx.today ? {} : { asOf };
  return raw(
    renderMap({
      states: model.states.map(({ state, status }) => ({
        iso3: state.iso3,
        m49: state.m49,
        name: names.state(state.iso3),
        status,
        href: href(ctx, treatyPath(ctx, `/states/${state.iso3}`), dateQuery),
      })),
      title: `${t.mapHeading}: ${ctx.treaty?.text.statusTitle ?? ''} (${formatDate(asOf, lang)})`,
      description: t.mapDescription,
      statusLabels: t.statuses,
      legendTitle: t.columns.status,
      otherLandLabel: t.otherTerritory,
      geometry: assets.map.path,
    }),
  );
}

/** The timeline as a standalone SVG document, in the page's language. */
export function timelineSvg(ctx: PageContext, model: TimelineModel, names: Naming, layout: TimelineLayout): string {
  const { t } = ctx;
  return renderTimeline({
    // The days where a count changes draw the same steps as every day since 1997, for a fortieth of the work.
    points: changePoints(model.series, (day) => day.counts).map(({ date, counts }) => ({ date, formallyAccepted: counts.formallyAccepted, parties: counts.parties })),
    events: model.events.map((e) => ({
      date: e.date,
      label: e.kind === 'entry-into-force' ? t.entryIntoForceEvent : t.withdrawalEvent(names.state(e.iso3 ?? '')),
    })),
    title: t.timelineHeading,
    description: t.timelineDescription,
    labels: { formallyAccepted: t.timelineFormallyAccepted, parties: t.timelineParties, axisYear: t.year, axisCount: t.numberOfStates },
    labelValue: t.labelValue,
    layout,
    idPrefix: `adherence-timeline-${layout.name}`,
  });
}

/**
 * The timeline in the page: the wide layout where main is 960 px wide (62.5rem with its padding:
 * its smallest text is then 12 px or more), the narrow one below that, each an image whose text
 * alternative is the chart's title and description.
 */
export function timelinePicture(ctx: PageContext, asOf: CalendarDate, basis: CountingBasis): Html {
  const query = { ...(asOf === ctx.today ? {} : { asOf }), basis };
  const source = (layout: TimelineLayoutName) => href(ctx, treatyPath(ctx, `/timeline-${layout}.svg`), query);
  const { wide, narrow } = timelineLayouts;
  return html`<picture><source media="(min-width: 62.5rem)" srcset="${source('wide')}" width="${wide.width}" height="${wide.height}"><img class="timeline" src="${source('narrow')}" width="${narrow.width}" height="${narrow.height}" alt="${ctx.t.labelValue(ctx.t.timelineHeading, ctx.t.timelineDescription)}" loading="lazy" decoding="async"></picture>`;
}
