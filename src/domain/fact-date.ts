// Dates of facts about States, to the precision their sources give: a year ('1996'), a month
// ('2006-05') or a day ('2015-08-31'). A fact dated only to a year (or month) is read as holding
// through that whole year (or month).
import { daysInMonth, isCalendarDate, type CalendarDate } from './calendar-date.js';
import { fail, ok, type Result } from './result.js';

declare const brand: unique symbol;
export type FactDate = string & { readonly [brand]: 'FactDate' };

export function parseFactDate(text: string, field = 'date'): Result<FactDate> {
  if (/^\d{4}$/.test(text) || /^\d{4}-(0[1-9]|1[0-2])$/.test(text) || isCalendarDate(text)) return ok(text as FactDate);
  return fail('invalid-input', `${field}: "${text}" must be a year YYYY, a month YYYY-MM or a real calendar date YYYY-MM-DD`, field);
}

/** For literals known to be valid (tests, rule parameters); throws on a bad literal. */
export function factDate(text: string): FactDate {
  const parsed = parseFactDate(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

export const factYear = (date: FactDate | CalendarDate): number => Number(date.slice(0, 4));

/** Compares at the precision of `date`: '2006-05' against the year and month of `on`. */
const truncated = (date: FactDate, on: CalendarDate): string => on.slice(0, date.length);

/** Whether something dated `date` had happened by `on`: a bare year or month counts from its first day. */
export function isOnOrBefore(date: FactDate, on: CalendarDate): boolean {
  return (date as string) <= truncated(date, on);
}

/** Whether a period that ended at `until` was over by `on`: a bare year or month ends with its last day. */
export function hasEndedBy(until: FactDate, on: CalendarDate): boolean {
  return until.length === 10 ? (until as string) <= on : (until as string) < truncated(until, on);
}

/** The earliest calendar date a fact date can mean, for ordering and comparisons with days. */
export const firstDayOf = (date: FactDate): CalendarDate => (date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date) as CalendarDate;

/** The latest calendar date a fact date can mean: '2006' is at most 31 December 2006. */
export function lastDayOf(date: FactDate): CalendarDate {
  if (date.length === 10) return date as string as CalendarDate;
  const year = Number(date.slice(0, 4));
  const month = date.length === 4 ? 12 : Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}` as CalendarDate;
}
