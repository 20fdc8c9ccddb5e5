import { describe, expect, it } from 'vitest';
import { calendarDate } from '../domain/calendar-date.js';
import { apmbc } from '../treaties/apmbc.js';
import { changesPeriod } from './changes-report.js';

const today = calendarDate('2026-11-26');
const fields = { from: 'from', to: 'to' };

describe('the period of changes', () => {
  it('runs the twelve months up to its end, or up to today, when its start is not given', () => {
    expect(changesPeriod(undefined, undefined, apmbc, today, fields)).toEqual({ ok: true, value: { from: '2025-11-26', to: '2026-11-26' } });
    expect(changesPeriod(undefined, '2015-06-01', apmbc, today, fields)).toEqual({ ok: true, value: { from: '2014-06-01', to: '2015-06-01' } });
  });

  it('starts no earlier than the day the treaty opened for signature', () => {
    expect(changesPeriod(undefined, '1998-06-01', apmbc, today, fields)).toEqual({ ok: true, value: { from: '1997-12-03', to: '1998-06-01' } });
  });

  it('may be a single day, and refuses one that ends before it starts, naming the field', () => {
    expect(changesPeriod('1999-03-01', '1999-03-01', apmbc, today, fields).ok).toBe(true);
    expect(changesPeriod('1999-03-02', '1999-03-01', apmbc, today, { from: '--from', to: '--to' })).toMatchObject({ ok: false, error: { field: '--from' } });
  });
});
