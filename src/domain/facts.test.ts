import { describe, expect, it } from 'vitest';
import { anIndicator } from '../../test/builders.js';
import { calendarDate } from './calendar-date.js';
import { isCurrentOn, isEverBy, standingOn, yearsWithin } from './facts.js';

const on = (text: string) => calendarDate(text);

describe('how a fact stands on a date', () => {
  it('holds from its start to its end, and is history after', () => {
    const stockpile = anIndicator('FIN', 'stockpiled', { from: '1990', until: '2015-08-31', reported: '2016' });
    expect(standingOn(stockpile, on('1989-12-31'))).toBe('not-yet');
    expect(standingOn(stockpile, on('1990-01-01'))).toBe('holds');
    expect(standingOn(stockpile, on('2015-08-30'))).toBe('holds');
    expect(standingOn(stockpile, on('2015-08-31'))).toBe('ended');
  });

  it('takes a fact with no known start as holding from its report, and as "recorded later" before it, never dropping it', () => {
    const affected = anIndicator('AGO', 'affected', { reported: '2011' });
    expect(standingOn(affected, on('2011-01-01'))).toBe('holds');
    expect(standingOn(affected, on('2010-12-31'))).toBe('recorded-later');
    expect(isEverBy('recorded-later')).toBe(true);
    expect(isCurrentOn('recorded-later')).toBe(true);
  });

  it('knows a fact with no start but a past end had begun by the date', () => {
    const production = anIndicator('CAN', 'produced', { until: '1992', reported: '1999' });
    expect(standingOn(production, on('1995-01-01'))).toBe('ended');
    expect(standingOn(production, on('1992-06-01'))).toBe('recorded-later');
    expect(isEverBy('ended')).toBe(true);
    expect(isCurrentOn('ended')).toBe(false);
    expect(isEverBy('not-yet')).toBe(false);
  });

  it('lists the years of a period within a window, a period with no end running to its report', () => {
    expect(yearsWithin(anIndicator('MMR', 'used', { from: '1999', reported: '2003' }), 1999, 2015)).toEqual([1999, 2000, 2001, 2002, 2003]);
    expect(yearsWithin(anIndicator('SYR', 'used', { from: '2011', until: '2017', reported: '2018' }), 2014, 2015)).toEqual([2014, 2015]);
    expect(yearsWithin(anIndicator('USA', 'used', { until: '1991', reported: '2001' }), 1999, 2015)).toEqual([]);
    expect(yearsWithin(anIndicator('EGY', 'used', { reported: '2015' }), 1999, 2015)).toEqual([2015]);
  });
});
