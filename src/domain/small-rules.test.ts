// The small rules other rules lean on: fact dates, standings, languages, exhaustive switches.
import { describe, expect, it } from 'vitest';
import { anIndicator } from '../../test/builders.js';
import { calendarDate } from './calendar-date.js';
import { factDate, lastDayOf, parseFactDate } from './fact-date.js';
import { isCurrentOn, yearsWithin } from './facts.js';
import { isLanguage } from './language.js';
import { assertNever } from './result.js';

describe('fact dates: a year, a month or a day', () => {
  it('accepts exactly YYYY, YYYY-MM and real dates, naming the field otherwise', () => {
    for (const text of ['2020', '2020-12', '2020-02-29']) expect(parseFactDate(text).ok, text).toBe(true);
    for (const text of ['12020', 'x2020', '2020-13', '2020-1', '12020-01', '2021-02-29']) expect(parseFactDate(text).ok, text).toBe(false);
    expect(parseFactDate('soon', 'from')).toMatchObject({ ok: false, error: { field: 'from', message: expect.stringContaining('from: "soon"') } });
    expect(parseFactDate('soon')).toMatchObject({ ok: false, error: { field: 'date' } });
  });

  it('ends on the last day of its year or month', () => {
    expect(lastDayOf(factDate('2021'))).toBe('2021-12-31');
    expect(lastDayOf(factDate('2020-02'))).toBe('2020-02-29');
    expect(lastDayOf(factDate('2021-11'))).toBe('2021-11-30');
    expect(lastDayOf(factDate('2021-11-05'))).toBe('2021-11-05');
  });
});

describe('how a fact stands', () => {
  it('is current when it holds or is known from a later report only', () => {
    expect(isCurrentOn('holds')).toBe(true);
    expect(isCurrentOn('recorded-later')).toBe(true);
    expect(isCurrentOn('ended')).toBe(false);
    expect(isCurrentOn('not-yet')).toBe(false);
  });

  it('runs over no year when it has neither a start nor a report', () => {
    expect(yearsWithin(anIndicator('AAA', 'used', { from: null, until: '2010', reported: null }), 2005, 2012)).toEqual([]);
    expect(yearsWithin(anIndicator('AAA', 'used', { from: '2008', until: null, reported: '2010' }), 2005, 2012)).toEqual([2008, 2009, 2010]);
    expect(calendarDate('2010-01-01')).toBe('2010-01-01');
  });
});

describe('the small guards', () => {
  it('knows the three languages of the site', () => {
    expect(['en', 'fr', 'es', 'de', ''].map(isLanguage)).toEqual([true, true, true, false, false]);
  });

  it('names the case a switch did not handle', () => {
    expect(() => assertNever('territorial-application' as never)).toThrow('Unhandled case: "territorial-application"');
  });
});
