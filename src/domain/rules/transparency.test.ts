import { describe, expect, it } from 'vitest';
import { anIndicator } from '../../../test/builders.js';
import { apmbc } from '../../treaties/apmbc.js';
import { calendarDate } from '../calendar-date.js';
import type { Indicator } from '../record.js';
import { transparencyOn } from './transparency.js';

const rules = apmbc.obligations.transparency;
// In force 1 June 2005: the initial report is due 180 days later, on 28 November 2005 (Art. 7(1)).
const on = (date: string, facts: Indicator[] = []) => transparencyOn(calendarDate('2005-06-01'), facts, calendarDate(date), rules);
const report = (value: string, from: string | null, source = `https://example.org/${value}-${from}`) => anIndicator('AAA', 'art7-report', { value, from, source });

describe('transparency reports (APMBC Art. 7)', () => {
  it('is due the initial report 180 days after entry into force, then an update each 30 April for the year before', () => {
    expect(on('2005-11-27')).toMatchObject({ initialDue: '2005-11-28', lastDue: null, nextDue: { report: 'initial', due: '2005-11-28' }, deadline: '2005-11-28', status: 'due', basis: [rules.initialBasis] });
    expect(on('2005-11-28')).toMatchObject({ lastDue: { report: 'initial', due: '2005-11-28' }, nextDue: { report: '2005', due: '2006-04-30' }, deadline: '2006-04-30', status: 'not-recorded', basis: [rules.initialBasis] });
    expect(on('2006-04-29')).toMatchObject({ lastDue: { report: 'initial' }, nextDue: { report: '2005', due: '2006-04-30' } });
    expect(on('2006-04-30')).toMatchObject({ lastDue: { report: '2005', due: '2006-04-30' }, nextDue: { report: '2006', due: '2007-04-30' }, basis: [rules.annualBasis] });
  });

  it('is met when the report that fell due was submitted by the date, from its earliest submission, citing its sources only', () => {
    const facts = [report('initial', '2005-12-01'), report('initial', '2005-11-20'), report('2005', '2006-04-01'), report('initial', null), anIndicator('AAA', 'affected', { value: 'initial', from: '2005-01-01' })];
    expect(on('2005-12-05', facts)).toMatchObject({ status: 'met', met: '2005-11-20', deadline: '2006-04-30', sources: ['https://example.org/initial-2005-12-01', 'https://example.org/initial-2005-11-20'] });
    expect(on('2005-11-25', facts)).toMatchObject({ status: 'met', met: '2005-11-20', deadline: '2005-11-28' });
    expect(on('2005-11-19', facts)).toMatchObject({ status: 'due', met: null, deadline: '2005-11-28' });
  });

  it('is missed while a report submitted later was still outstanding on the date', () => {
    const facts = [report('initial', '2006-01-10')];
    expect(on('2005-12-01', facts)).toMatchObject({ status: 'missed', met: null, deadline: '2005-11-28' });
    expect(on('2006-01-10', facts)).toMatchObject({ status: 'met-late', met: '2006-01-10' });
  });
});
