// Dates of facts about States, to the precision their sources give: a year ('1996') or a day
// ('2015-08-31'). A fact dated only to a year is read as holding through that whole year.
import { isCalendarDate, type CalendarDate } from './calendar-date.js';
import { fail, ok, type Result } from './result.js';

declare const brand: unique symbol;
export type FactDate = string & { readonly [brand]: 'FactDate' };

export function parseFactDate(text: string, field = 'date'): Result<FactDate> {
  if (/^\d{4}$/.test(text) || isCalendarDate(text)) return ok(text as FactDate);
  return fail('invalid-input', `${field}: "${text}" must be a year YYYY or a real calendar date YYYY-MM-DD`, field);
}

/** For literals known to be valid (tests, rule parameters); throws on a bad literal. */
export function factDate(text: string): FactDate {
  const parsed = parseFactDate(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

export const factYear = (date: FactDate | CalendarDate): number => Number(date.slice(0, 4));

export const isYearOnly = (date: FactDate): boolean => date.length === 4;

/** Whether something dated `date` had happened by `on`: a bare year counts from its first day. */
export function isOnOrBefore(date: FactDate, on: CalendarDate): boolean {
  return isYearOnly(date) ? factYear(date) <= factYear(on) : date <= on;
}

/** Whether a period that ended at `until` was over by `on`: a bare year ends with its last day. */
export function hasEndedBy(until: FactDate, on: CalendarDate): boolean {
  return isYearOnly(until) ? factYear(until) < factYear(on) : until <= on;
}

/** The earliest calendar date a fact date can mean, for ordering and comparisons with days. */
export const firstDayOf = (date: FactDate): CalendarDate => (isYearOnly(date) ? `${date}-01-01` : date) as CalendarDate;
