import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, fromDayNumber, toDayNumber } from './calendar-date.js';
import { factDate, firstDayOf, hasEndedBy, isOnOrBefore, parseFactDate } from './fact-date.js';

const day = (text: string) => calendarDate(text);

describe('fact dates', () => {
  it('accepts a year, a month or a real day, and names the field otherwise', () => {
    expect(['1996', '2006-05', '2015-08-31'].map((t) => parseFactDate(t).ok)).toEqual([true, true, true]);
    for (const bad of ['96', '2006-13', '2006-5', '2015-02-30', '2015-08-31T00:00', '']) {
      const parsed = parseFactDate(bad, 'from');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.error.message).toMatch(/^from: /);
    }
  });

  it('counts a year or a month from its first day: "from 2015" holds on 1 January 2015, not on 31 December 2014', () => {
    expect(isOnOrBefore(factDate('2015'), day('2015-01-01'))).toBe(true);
    expect(isOnOrBefore(factDate('2015'), day('2014-12-31'))).toBe(false);
    expect(isOnOrBefore(factDate('2006-05'), day('2006-05-01'))).toBe(true);
    expect(isOnOrBefore(factDate('2006-05'), day('2006-04-30'))).toBe(false);
    expect(isOnOrBefore(factDate('2015-08-31'), day('2015-08-31'))).toBe(true);
    expect(isOnOrBefore(factDate('2015-08-31'), day('2015-08-30'))).toBe(false);
  });

  it('ends a year or a month with its last day: "until 2015" still holds on 31 December 2015', () => {
    expect(hasEndedBy(factDate('2015'), day('2015-12-31'))).toBe(false);
    expect(hasEndedBy(factDate('2015'), day('2016-01-01'))).toBe(true);
    expect(hasEndedBy(factDate('2006-05'), day('2006-05-31'))).toBe(false);
    expect(hasEndedBy(factDate('2006-05'), day('2006-06-01'))).toBe(true);
    // A day that ends a period is the day it stops holding (a stockpile destroyed on that day).
    expect(hasEndedBy(factDate('2015-08-31'), day('2015-08-30'))).toBe(false);
    expect(hasEndedBy(factDate('2015-08-31'), day('2015-08-31'))).toBe(true);
  });

  it('never has a period end before the day it began to be possible (property)', () => {
    const days = fc.integer({ min: toDayNumber(day('1990-01-01')), max: toDayNumber(day('2030-12-31')) }).map(fromDayNumber);
    const precision = fc.constantFrom(4, 7, 10);
    fc.assert(
      fc.property(days, days, precision, (at, on, length) => {
        const date = factDate(at.slice(0, length));
        // What has ended by a day had begun by it, and both are monotone in the day.
        if (hasEndedBy(date, on)) expect(isOnOrBefore(date, on)).toBe(true);
        if (isOnOrBefore(date, on)) expect(isOnOrBefore(date, addDays(on, 1))).toBe(true);
        if (hasEndedBy(date, on)) expect(hasEndedBy(date, addDays(on, 1))).toBe(true);
        expect(isOnOrBefore(date, firstDayOf(date))).toBe(true);
        expect(isOnOrBefore(date, addDays(firstDayOf(date), -1))).toBe(false);
      }),
    );
  });
});
