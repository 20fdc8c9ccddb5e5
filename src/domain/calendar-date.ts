// Calendar dates as 'YYYY-MM-DD' strings: treaty law counts days and months, not instants.
// Day arithmetic uses a proleptic Gregorian day count (Hinnant's days-from-civil), so no Date
// object and no time zone ever touches a legal date.
import { fail, ok, type Result } from './result.js';

declare const brand: unique symbol;
export type CalendarDate = string & { readonly [brand]: 'CalendarDate' };

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses 'YYYY-MM-DD', rejecting impossible dates such as 2025-02-30. */
export function parseCalendarDate(text: string, field = 'date'): Result<CalendarDate> {
  const match = PATTERN.exec(text);
  if (!match) {
    return fail('invalid-input', `${field}: "${text}" is not a date in the form YYYY-MM-DD`, field);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return fail('invalid-input', `${field}: "${text}" is not a real calendar date`, field);
  }
  return ok(text as CalendarDate);
}

export function isCalendarDate(text: string): text is CalendarDate {
  return parseCalendarDate(text).ok;
}

/** For literals known to be valid (rule parameters, tests); throws on a bad literal. */
export function calendarDate(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dateParts(date: CalendarDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function fromParts({ year, month, day }: DateParts): CalendarDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

/** Whole days since 1970-01-01 (negative before). */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return fromParts({ year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The same day of the month, `months` later. Month-end rule: when that day does not exist in the
 * target month, the answer is the target month's last day (31 August + 6 months = 28 or 29
 * February). This is the reading the UN depositary applies to "six months after" periods and it
 * never lets a period spill into the following month.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return fromParts({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** The first day of the `months`-th month after the month in which `date` falls. */
export function firstDayOfMonthAfter(date: CalendarDate, months: number): CalendarDate {
  const { year, month } = dateParts(date);
  return addMonths(fromParts({ year, month, day: 1 }), months);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isOnOrBefore = (a: CalendarDate, b: CalendarDate): boolean => a <= b;

export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  // Stryker disable next-line EqualityOperator: of two equal dates either one is the later, so `>` and `>=` give the same date
  return a >= b ? a : b;
}
