// How many States had formally accepted the treaty, and for how many it was in force, on every
// day since it opened for signature: a step chart with labelled axes, a legend, marked events,
// each line's last value, and the last two years enlarged. Drawn in a wide layout for desktops
// and a narrow one for phones (timeline-layout.ts). Pure: same input, same bytes.
import { renderDetail } from './timeline-detail.js';
import { wideTimeline, type TimelineLayout } from './timeline-layout.js';
import { placeEventLabels, separate, type EventLabel } from './timeline-labels.js';
import { rulesPath, stepPath } from './timeline-path.js';
import { countTicks, dayOf, yearTicks } from './timeline-scale.js';
import { lineStyle, seriesOrder, timelineColours, type Series } from './timeline-style.js';
import { escapeXml, num, textWidth } from './svg-text.js';

export { timelineColours } from './timeline-style.js';
export { narrowTimeline, wideTimeline, type TimelineLayout } from './timeline-layout.js';

export interface TimelinePoint {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly formallyAccepted: number;
  readonly parties: number;
}

export interface TimelineEvent {
  readonly date: string;
  readonly label: string;
}

export interface TimelineInput {
  /**
   * Ascending by date; each point's counts hold until the next point, and the last point is the
   * chart's last day. One per day works; so do only the days where a count changes (plus the
   * first and last day: `changePoints`), which draws the same chart for a fraction of the work.
   */
  readonly points: readonly TimelinePoint[];
  readonly events: readonly TimelineEvent[];
  readonly title: string;
  readonly description: string;
  readonly labels: { readonly formallyAccepted: string; readonly parties: string; readonly axisYear: string; readonly axisCount: string };
  /** A series' label with its last value, as the language writes it ("En vigueur : 161"). */
  readonly labelValue?: (label: string, value: string) => string;
  readonly formatYear?: (year: number) => string;
  /** Prefix of every id in the SVG, so that several charts can be inlined in one page. */
  readonly idPrefix?: string;
  /** Default: the wide layout. */
  readonly layout?: TimelineLayout;
}

const LEGEND_ROW = 20;

type Counted = Pick<TimelinePoint, 'formallyAccepted' | 'parties'>;

/**
 * The first and last points and every point whose counts (read by `counts`) differ from the point
 * before: a day-by-day series is filtered as it is, without a copy of each day.
 */
export function changePoints<P>(points: readonly P[], counts: (point: P) => Counted): P[] {
  let before: Counted | undefined;
  return points.filter((p, i) => {
    const now = counts(p);
    const changed = before === undefined || i === points.length - 1 || now.formallyAccepted !== before.formallyAccepted || now.parties !== before.parties;
    before = now;
    return changed;
  });
}

/** Each line's sample and its text, in series order: side by side in the wide layout; in the
 * narrow one, a row each, in bold and the line's colour as they carry the last values. */
function legend(texts: readonly string[], layout: TimelineLayout): { svg: string; bottom: number } {
  const oneRow = layout.endLabels === 'at-line-ends';
  let at = oneRow ? layout.margin.left : 8;
  const items = seriesOrder.map((series, i) => {
    const y = oneRow ? 18 : 18 + i * LEGEND_ROW;
    const colour = oneRow ? '' : ` fill="${timelineColours[series]}" font-weight="bold"`;
    const item =
      `<line x1="${at}" y1="${y - 4}" x2="${at + 32}" y2="${y - 4}" ${lineStyle(series)}/>` +
      `<text x="${at + 40}" y="${y}"${colour}>${escapeXml(texts[i] ?? '')}</text>`;
    if (oneRow) at += 40 + Math.ceil(textWidth(texts[i] ?? '', layout.font)) + 32;
    return item;
  });
  return { svg: items.join(''), bottom: oneRow ? 40 : 20 + seriesOrder.length * LEGEND_ROW };
}

export function renderTimeline(input: TimelineInput): string {
  const id = input.idPrefix ?? 'adherence-timeline';
  const layout = input.layout ?? wideTimeline;
  const { width, height, font, smallFont, margin } = layout;
  const formatYear = input.formatYear ?? String;
  const days = input.points.map((p) => dayOf(p.date));
  const values: Record<Series, number[]> = {
    formallyAccepted: input.points.map((p) => p.formallyAccepted),
    parties: input.points.map((p) => p.parties),
  };
  const endValues = seriesOrder.map((series) => values[series].at(-1));
  const labelValue = input.labelValue ?? ((label: string, value: string) => `${label}: ${value}`);
  const endTexts = seriesOrder.map((series, i) => labelValue(input.labels[series], String(endValues[i])));
  // Wide: the end labels get the room they need at the right, however long the language makes
  // them. Narrow: the legend says them instead.
  const atLineEnds = layout.endLabels === 'at-line-ends';
  const hasEnds = input.points.length > 0;
  const longestEnd = atLineEnds && hasEnds ? Math.max(...endTexts.map((text) => textWidth(text, font, 'bold'))) : 0;
  const marginRight = Math.max(layout.minRight, Math.ceil(8 + longestEnd + 6));
  const key = legend(atLineEnds || !hasEnds ? seriesOrder.map((series) => input.labels[series]) : endTexts, layout);

  const firstDay = days[0] ?? 0;
  const lastDay = Math.max(days.at(-1) ?? 0, firstDay + 1);
  const plotRight = width - marginRight;
  const plotBottom = height - margin.bottom;
  const x = (day: number) => margin.left + ((day - firstDay) / (lastDay - firstDay)) * (plotRight - margin.left);
  const ticks = countTicks(input.points.reduce((max, p) => Math.max(max, p.formallyAccepted, p.parties), 0));
  const topValue = ticks.at(-1) ?? 1;
  const events = input.events.map((e) => ({ day: dayOf(e.date), text: e.label })).filter((e) => e.day >= firstDay && e.day <= lastDay);

  // The plot's top depends on how many rows of event labels there are; events that the inset
  // enlarges are labelled there instead. The inset is planned for the tallest plot, then checked
  // again once the plot's top is known; if it no longer fits, every label comes back here.
  const eventRow = smallFont + 3;
  const yFor = (plotTop: number) => (value: number) => plotBottom - (value / topValue) * (plotBottom - plotTop);
  const plan = (plotTop: number) =>
    renderDetail({ days, values, events, plot: { left: margin.left, right: plotRight, top: plotTop, bottom: plotBottom }, x, y: yFor(plotTop), formatYear, font: smallFont, places: layout.inset });
  const labelsBefore = (fromDay: number) =>
    placeEventLabels(events.filter((e) => e.day < fromDay).map((e) => ({ x: x(e.day), text: e.text })), width - 4, smallFont);
  const topFor = (labels: readonly EventLabel[]) => key.bottom + Math.max(1, ...labels.map((l) => l.row + 1)) * eventRow;
  let detail = plan(topFor([]));
  let eventLabels = labelsBefore(detail?.fromDay ?? Infinity);
  let plotTop = topFor(eventLabels);
  detail = detail && plan(plotTop);
  if (detail === null) {
    eventLabels = labelsBefore(Infinity);
    plotTop = topFor(eventLabels);
  }
  const fromDay = detail?.fromDay ?? Infinity;
  const y = yFor(plotTop);

  // The grid, the ticks and the axis line are a path each; their labels share their anchor.
  const grid = `<path d="${rulesPath(ticks.map((t) => ({ y: y(t), x1: margin.left, x2: plotRight })))}" stroke="${timelineColours.grid}"/>`;
  const gridLabels = ticks.map((t) => `<text x="${margin.left - 8}" y="${num(y(t) + 4)}">${t}</text>`);
  const yearMarks = yearTicks(firstDay, lastDay, (plotRight - margin.left) / (lastDay - firstDay), 56);
  const axis = rulesPath(
    [{ y: plotBottom, x1: margin.left, x2: plotRight }],
    yearMarks.map((tick) => ({ x: x(tick.day), y1: plotBottom, y2: plotBottom + (tick.labelled ? 6 : 3) })),
  );
  const yearLabels = yearMarks.filter((tick) => tick.labelled).map((tick) => `<text x="${num(x(tick.day))}" y="${plotBottom + 20}">${escapeXml(formatYear(tick.year))}</text>`);
  const axes =
    `<g font-size="${font}" fill="${timelineColours.muted}">${detail?.band ?? ''}${grid}` +
    `<g text-anchor="end">${gridLabels.join('')}</g><path d="${axis}" stroke="${timelineColours.muted}"/><g text-anchor="middle">${yearLabels.join('')}</g>` +
    `<text x="${num((margin.left + plotRight) / 2)}" y="${height - 10}" text-anchor="middle" fill="${timelineColours.text}">${escapeXml(input.labels.axisYear)}</text>` +
    `<text transform="translate(18 ${num((plotTop + plotBottom) / 2)}) rotate(-90)" text-anchor="middle" fill="${timelineColours.text}">${escapeXml(input.labels.axisCount)}</text></g>`;

  // Events shown in the inset are labelled there; here they keep only their marker line.
  const markerRules = rulesPath(
    [],
    [
      ...eventLabels.map((label) => ({ x: label.x, y1: plotTop - 18 - label.row * eventRow, y2: plotBottom })),
      ...events.filter((e) => e.day >= fromDay).map((e) => ({ x: x(e.day), y1: plotTop, y2: plotBottom })),
    ],
  );
  const markerLabels = eventLabels.map((label) => {
    const tx = num(label.anchor === 'start' ? label.x + 3 : label.x - 3);
    return `<text x="${tx}" y="${plotTop - 8 - label.row * eventRow}" text-anchor="${label.anchor}">${escapeXml(label.text)}</text>`;
  });

  const xs = days.map(x);
  const lines = seriesOrder.map((series) => `<path d="${stepPath(xs, values[series], y).d}" fill="none" ${lineStyle(series)}/>`);
  const endYs = separate(endValues.map((v) => y(v ?? 0) + 4), font + 3);
  const endLabels =
    atLineEnds && hasEnds
      ? seriesOrder.map((series, i) => `<text x="${plotRight + 8}" y="${num(endYs[i] ?? 0)}" fill="${timelineColours[series]}" font-weight="bold">${escapeXml(endTexts[i] ?? '')}</text>`)
    : [];

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="timeline timeline-${layout.name}" viewBox="0 0 ${width} ${height}" role="img" ` +
    `aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
    `<title id="${id}-title">${escapeXml(input.title)}</title><desc id="${id}-desc">${escapeXml(input.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${timelineColours.background}"/>` +
    axes +
    `<g font-size="${smallFont}" fill="${timelineColours.muted}">${markerRules === '' ? '' : `<path d="${markerRules}" stroke="${timelineColours.muted}" stroke-dasharray="2 3"/>`}${markerLabels.join('')}</g>` +
    `<g stroke-linejoin="round">${lines.join('')}</g>` +
    (detail?.inset ?? '') +
    `<g font-size="${font}">${endLabels.join('')}</g>` +
    `<g font-size="${font}" fill="${timelineColours.text}">${key.svg}</g>` +
    `</svg>`
  );
}
