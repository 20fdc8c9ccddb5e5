import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDate,
  compareDates,
  daysBetween,
  daysInMonth,
  firstDayOfMonthAfter,
  fromDayNumber,
  isOnOrBefore,
  maxDate,
  parseCalendarDate,
  toDayNumber,
  type CalendarDate,
} from './calendar-date.js';

const arbitraryDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2200 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .map(({ year, month, day }) => {
    const d = Math.min(day, daysInMonth(year, month));
    return calendarDate(`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  });

describe('parseCalendarDate', () => {
  it('accepts real dates, including 29 February in a leap year', () => {
    expect(parseCalendarDate('2024-02-29').ok).toBe(true);
    expect(parseCalendarDate('2000-02-29').ok).toBe(true);
  });

  it('rejects impossible dates and names the field', () => {
    const result = parseCalendarDate('2025-02-30', 'asOf');
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input', field: 'asOf' }) });
    expect(parseCalendarDate('1900-02-29').ok).toBe(false);
    expect(parseCalendarDate('2025-13-01').ok).toBe(false);
    expect(parseCalendarDate('2025-1-01').ok).toBe(false);
    expect(parseCalendarDate('yesterday').ok).toBe(false);
  });

  it('never throws and accepts exactly what it can print back (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = parseCalendarDate(text);
        if (result.ok) expect(result.value).toBe(text);
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber(calendarDate('1970-01-01'))).toBe(0);
    expect(toDayNumber(calendarDate('2000-03-01'))).toBe(11017);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('round-trips every day number (property)', () => {
    fc.assert(fc.property(arbitraryDate, (date) => {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }));
  });

  it('adds days across month and year ends', () => {
    expect(addDays(calendarDate('1998-12-31'), 1)).toBe('1999-01-01');
    expect(addDays(calendarDate('2024-02-28'), 1)).toBe('2024-02-29');
  });

  it('adding one day always gives the next date in order (property)', () => {
    fc.assert(fc.property(arbitraryDate, (date: CalendarDate) => {
      expect(addDays(date, 1) > date).toBe(true);
    }));
  });
});

describe('addMonths', () => {
  it('keeps the day of the month: 27 June 2025 + 6 months is 27 December 2025', () => {
    expect(addMonths(calendarDate('2025-06-27'), 6)).toBe('2025-12-27');
  });

  it('clamps to the last day of a shorter month: 31 August + 6 months is the end of February', () => {
    expect(addMonths(calendarDate('2025-08-31'), 6)).toBe('2026-02-28');
    expect(addMonths(calendarDate('2023-08-31'), 6)).toBe('2024-02-29');
  });

  it('is monotonic and lands in the right month, on the same day or the month end (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 0, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        expect(result >= date).toBe(true);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
        expect(rd === d || rd === daysInMonth(ry, rm)).toBe(true);
      }),
    );
  });
});

describe('firstDayOfMonthAfter', () => {
  it('gives the first day of the sixth month after the month of the date', () => {
    expect(firstDayOfMonthAfter(calendarDate('1998-09-16'), 6)).toBe('1999-03-01');
    expect(firstDayOfMonthAfter(calendarDate('1999-01-14'), 6)).toBe('1999-07-01');
    expect(firstDayOfMonthAfter(calendarDate('2017-12-29'), 6)).toBe('2018-06-01');
  });

  it('is always a first of the month, strictly after the date (property)', () => {
    fc.assert(
      fc.property(arbitraryDate, fc.integer({ min: 1, max: 24 }), (date, months) => {
        const result = firstDayOfMonthAfter(date, months);
        expect(result.endsWith('-01')).toBe(true);
        expect(result > date).toBe(true);
      }),
    );
  });
});

describe('comparing dates', () => {
  const [a, b] = [calendarDate('1999-02-28'), calendarDate('1999-03-01')];

  it('orders, compares and counts the days between two dates', () => {
    expect(compareDates(a, b)).toBe(-1);
    expect(compareDates(b, a)).toBe(1);
    expect(compareDates(a, a)).toBe(0);
    expect(isOnOrBefore(a, b)).toBe(true);
    expect(isOnOrBefore(a, a)).toBe(true);
    expect(isOnOrBefore(b, a)).toBe(false);
    expect(daysBetween(a, b)).toBe(1);
    expect(daysBetween(calendarDate('1998-09-16'), b)).toBe(166);
    expect(maxDate(a, b)).toBe(b);
    expect(maxDate(b, a)).toBe(b);
  });

  it('names the field and the form in its messages', () => {
    expect(parseCalendarDate('16/09/1998', 'asOf')).toEqual({ ok: false, error: { code: 'invalid-input', message: 'asOf: "16/09/1998" is not a date in the form YYYY-MM-DD', field: 'asOf' } });
    expect(parseCalendarDate('1998-09-31')).toEqual({ ok: false, error: { code: 'invalid-input', message: 'date: "1998-09-31" is not a real calendar date', field: 'date' } });
    expect(parseCalendarDate('0000-01-01').ok).toBe(false);
    expect(parseCalendarDate('0001-01-01').ok).toBe(true);
    expect(parseCalendarDate('1998-00-10').ok).toBe(false);
    expect(parseCalendarDate('1998-09-00').ok).toBe(false);
  });
});


describe('what is a calendar date', () => {
  it('takes a whole "YYYY-MM-DD" string only, nothing before or after it', () => {
    expect(parseCalendarDate('2020-01-31').ok).toBe(true);
    expect(parseCalendarDate('x2020-01-31').ok).toBe(false);
    expect(parseCalendarDate('2020-01-31x').ok).toBe(false);
  });
});
