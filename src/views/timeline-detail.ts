// The last two years, enlarged in an inset: a handful of States joining or leaving moves the
// main chart by a few pixels only, and the 2025-26 withdrawals must be seen as a step down.
// The inset sits in the empty lower right of the plot and is left out when the lines run there.
import { dateParts, fromDayNumber } from '../domain/calendar-date.js';
import { placeEventLabels } from './timeline-labels.js';
import { rulesPath, stepPath } from './timeline-path.js';
import { rangeTicks, yearTicks } from './timeline-scale.js';
import { lineStyle, seriesOrder, timelineColours, type Series } from './timeline-style.js';
import { escapeXml, num } from './svg-text.js';

export const detailDays = 730;

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface DetailInput {
  readonly days: readonly number[];
  readonly values: Readonly<Record<Series, readonly number[]>>;
  readonly events: readonly { readonly day: number; readonly text: string }[];
  /** The main plot, its scales, and the year format. */
  readonly plot: Box;
  readonly x: (day: number) => number;
  readonly y: (value: number) => number;
  readonly formatYear: (year: number) => string;
  /** The inset's font size (default 12). */
  readonly font?: number;
  /** Where the inset may start, as fractions of the plot's width and height: the first that the lines leave clear. */
  readonly places?: readonly Place[];
}

export interface Place {
  readonly left: number;
  readonly top: number;
}

export interface Detail {
  /** First day shown in the inset: events from this day on are labelled there, not in the main plot. */
  readonly fromDay: number;
  /** Shading of the enlarged stretch, to go under the main plot's lines. */
  readonly band: string;
  /** The inset itself, to go over them. */
  readonly inset: string;
}

/** Where the inset goes, or null when the series is too short or its lines would pass under it wherever it goes. */
function placeBox(input: DetailInput): Box | null {
  const { days } = input;
  if ((days.at(-1) ?? 0) - (days[0] ?? 0) < 3 * detailDays) return null;
  for (const place of input.places ?? [{ left: 0.42, top: 0.4 }]) {
    const box = boxAt(input, place);
    if (box !== null) return box;
  }
  return null;
}

function boxAt(input: DetailInput, place: Place): Box | null {
  const { days, plot } = input;
  const box = {
    left: plot.left + (plot.right - plot.left) * place.left,
    right: plot.right - 16,
    top: plot.top + (plot.bottom - plot.top) * place.top,
    bottom: plot.bottom - 16,
  };
  const lowest = (i: number) => Math.min(input.values.parties[i] ?? 0, input.values.formallyAccepted[i] ?? 0);
  // Each point's value holds on every day until the next point: the box is clear when no such
  // day under the line falls within it, however few points the series gives.
  const clear = days.every((day, i) => input.y(lowest(i)) < box.top - 6 || !anyDayWithin(day, (days[i + 1] ?? day + 1) - 1, input.x, box.left - 4, box.right + 4));
  return clear ? box : null;
}

/** Whether some whole day from `first` to `last` has its x within [low, high] (x increasing). */
function anyDayWithin(first: number, last: number, x: (day: number) => number, low: number, high: number): boolean {
  if (x(last) < low || x(first) > high) return false;
  // The first day at or after `low`: estimated from the line, then settled on x itself.
  const slope = x(first + 1) - x(first);
  let day = slope > 0 ? Math.max(first, Math.min(last, first + Math.ceil((low - x(first)) / slope))) : first;
  while (day > first && x(day - 1) >= low) day -= 1;
  while (day <= last && x(day) < low) day += 1;
  return day <= last && x(day) <= high;
}

export function renderDetail(input: DetailInput): Detail | null {
  const box = placeBox(input);
  const font = input.font ?? 12;
  const lastDay = input.days.at(-1);
  if (box === null || lastDay === undefined) return null;
  const fromDay = lastDay - detailDays;

  // The point in force on fromDay starts the window, drawn from fromDay.
  const start = Math.max(0, input.days.findIndex((day) => day >= fromDay) - 1);
  const window = input.days.slice(start).map((day, k) => ({ day: Math.max(day, fromDay), i: start + k }));
  const valuesOf = (series: Series) => window.map(({ i }) => input.values[series][i] ?? 0);
  const shown = seriesOrder.flatMap(valuesOf);
  const ticks = rangeTicks(Math.min(...shown) - 1, Math.max(...shown) + 1, 4);

  const left = box.left + 40;
  const right = box.right - 14;
  const x = (day: number) => left + ((day - fromDay) / detailDays) * (right - left);
  const events = input.events.filter((e) => e.day >= fromDay && e.day <= lastDay);
  const labels = placeEventLabels(events.map((e) => ({ x: x(e.day), text: e.text })), box.right - 4, font);
  const rows = labels.reduce((n, label) => Math.max(n, label.row + 1), 0);
  const top = box.top + 30 + rows * (font + 2);
  const bottom = box.bottom - 26;
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? low + 1;
  const y = (value: number) => bottom - ((value - low) / (high - low)) * (bottom - top);

  // The grid, the ticks with the axis line, and the markers are a path each (rulesPath).
  const grid = `<path d="${rulesPath(ticks.map((t) => ({ y: y(t), x1: left, x2: right })))}" stroke="${timelineColours.grid}"/>`;
  const gridLabels = ticks.map((t) => `<text x="${num(left - 6)}" y="${num(y(t) + 4)}">${t}</text>`);
  const yearMarks = yearTicks(fromDay, lastDay, 1, 0);
  const axis = rulesPath([{ y: bottom, x1: left, x2: right }], yearMarks.map((tick) => ({ x: x(tick.day), y1: bottom, y2: bottom + 5 })));
  const yearLabels = yearMarks.map((tick) => `<text x="${num(x(tick.day))}" y="${num(bottom + 18)}">${escapeXml(input.formatYear(tick.year))}</text>`);
  const rowTop = (row: number) => top - 8 - row * (font + 2);
  const markerRules = rulesPath([], labels.map((label) => ({ x: label.x, y1: rowTop(label.row) - 9, y2: bottom })));
  const markerLabels = labels.map((label) => {
    const tx = num(label.anchor === 'start' ? label.x + 3 : label.x - 3);
    return `<text x="${tx}" y="${num(rowTop(label.row))}" text-anchor="${label.anchor}">${escapeXml(label.text)}</text>`;
  });
  const xs = window.map(({ day }) => x(day));
  const lines = seriesOrder.map((series) => `<path d="${stepPath(xs, valuesOf(series), y).d}" fill="none" ${lineStyle(series, 0.8)}/>`);
  const title = [fromDay, lastDay].map((day) => input.formatYear(dateParts(fromDayNumber(day)).year)).join('–');

  // A band on the main plot shows which stretch the inset enlarges.
  const band = `<rect x="${num(input.x(fromDay))}" y="${num(input.plot.top)}" width="${num(input.plot.right - input.x(fromDay))}" height="${num(input.plot.bottom - input.plot.top)}" fill="${timelineColours.band}"/>`;
  const inset =
    `<g font-size="${font}" fill="${timelineColours.muted}">` +
    `<rect x="${num(box.left)}" y="${num(box.top)}" width="${num(box.right - box.left)}" height="${num(box.bottom - box.top)}" fill="${timelineColours.background}" stroke="${timelineColours.frame}"/>` +
    `<text x="${num(box.left + 10)}" y="${num(box.top + 18)}" font-weight="bold" fill="${timelineColours.text}">${escapeXml(title)}</text>` +
    grid +
    `<g text-anchor="end">${gridLabels.join('')}</g><path d="${axis}" stroke="${timelineColours.muted}"/><g text-anchor="middle">${yearLabels.join('')}</g>` +
    (markerRules === '' ? '' : `<path d="${markerRules}" stroke="${timelineColours.muted}" stroke-dasharray="2 3"/>`) +
    markerLabels.join('') +
    `<g stroke-linejoin="round">${lines.join('')}</g></g>`;
  return { fromDay, band, inset };
}
