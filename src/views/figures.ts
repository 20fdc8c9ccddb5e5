// The status page's figures: the world map coloured by status and the timeline of adherence.
import type { StatusModel } from '../app/site.js';
import { assets } from './assets.js';
import { formatDate } from './i18n/locale.js';
import { raw, type Html } from './html/html.js';
import { href, treatyPath, type PageContext } from './html/layout.js';
import type { Naming } from './html/naming.js';
import { renderMap } from './map.js';
import { changePoints, narrowTimeline, renderTimeline, wideTimeline, type TimelineInput } from './timeline.js';

export function figures(ctx: PageContext, model: StatusModel, names: Naming): { map: Html; timeline: Html } {
  const { t, lang } = ctx;
  const asOf = model.statements.asOf;
  const dateQuery = asOf === ctx.today ? {} : { asOf };
  const map = renderMap({
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
  });
  const chart: TimelineInput = {
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
  };
  // Both layouts go in the page; the stylesheet shows the one that fits its width.
  const timeline =
    renderTimeline({ ...chart, layout: wideTimeline, idPrefix: 'adherence-timeline' }) +
    renderTimeline({ ...chart, layout: narrowTimeline, idPrefix: 'adherence-timeline-narrow' });
  return { map: raw(map), timeline: raw(timeline) };
}
