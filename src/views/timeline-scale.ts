// Scales for the timeline: dates to day numbers (calendar arithmetic, no clock, no time zone),
// "nice" count ticks (1, 2 or 5 times a power of ten) and year ticks that never crowd.
import { dateParts, fromDayNumber, fromParts, parseCalendarDate, toDayNumber } from '../domain/calendar-date.js';

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date; throws on anything else (a caller's bug). */
export function dayOf(date: string): number {
  const parsed = parseCalendarDate(date);
  if (!parsed.ok) throw new Error(`timeline: ${parsed.error.message}`);
  return toDayNumber(parsed.value);
}

/** The smallest whole step of 1, 2, 2.5 or 5 x 10^k that is at least `rough` (States come whole). */
export function niceStep(rough: number): number {
  if (!(rough > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough - 1e-9 && Number.isInteger(s));
  return step ?? 10 * power;
}

/** Ticks from a nice bottom at or below `low` to a nice top at or above `high`, about `count` steps. */
export function rangeTicks(low: number, high: number, count: number): number[] {
  const step = niceStep((high - low) / count);
  const bottom = Math.floor(low / step) * step;
  const top = Math.max(bottom + step, Math.ceil(high / step) * step);
  return Array.from({ length: Math.round((top - bottom) / step) + 1 }, (_, i) => bottom + i * step);
}

/** Ticks from 0 to a nice top that covers max. */
export const countTicks = (max: number, count = 7): number[] => rangeTicks(0, max, count);

export interface YearTick {
  readonly year: number;
  readonly day: number;
  readonly labelled: boolean;
}

/** 1 January of every year within [firstDay, lastDay]; labels every 1, 2, 5 or 10 years so that labels are at least minGap apart. */
export function yearTicks(firstDay: number, lastDay: number, pixelsPerDay: number, minGap: number): YearTick[] {
  const firstYear = dateParts(fromDayNumber(firstDay)).year;
  const lastYear = dateParts(fromDayNumber(lastDay)).year;
  const every = [1, 2, 5, 10, 20, 50].find((n) => n * 365.25 * pixelsPerDay >= minGap) ?? 100;
  const ticks: YearTick[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) {
    const day = toDayNumber(fromParts({ year, month: 1, day: 1 }));
    if (day >= firstDay) ticks.push({ year, day, labelled: year % every === 0 });
  }
  return ticks;
}
