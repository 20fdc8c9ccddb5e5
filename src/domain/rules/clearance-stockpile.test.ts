// The deadlines of stockpile destruction (APMBC Art. 4) and clearance (Art. 5), fact by fact.
import { describe, expect, it } from 'vitest';
import { anIndicator } from '../../../test/builders.js';
import { apmbc } from '../../treaties/apmbc.js';
import { calendarDate } from '../calendar-date.js';
import type { Indicator } from '../record.js';
import { clearanceOn } from './clearance.js';
import { stockpileDestructionOn } from './stockpile-destruction.js';

const inForce = calendarDate('1999-03-01');
const clearance = (date: string, facts: Indicator[]) => clearanceOn(inForce, facts, calendarDate(date), apmbc.obligations.clearance);
const stockpile = (date: string, facts: Indicator[]) => stockpileDestructionOn(inForce, facts, calendarDate(date), apmbc.obligations.stockpile);
const fact = (kind: string, input: Parameters<typeof anIndicator>[2] = {}) => anIndicator('AAA', kind, input);

describe('clearance of mined areas (APMBC Art. 5)', () => {
  it('applies only to a confirmed area with no qualifying value', () => {
    expect(clearance('2005-01-01', [fact('affected', { from: '1990', value: 'suspected' })]).status).toBe('not-recorded');
    expect(clearance('2005-01-01', [fact('affected', { from: '1990', confidence: 'uncertain' })]).status).toBe('not-recorded');
    expect(clearance('2005-01-01', [fact('produced', { from: '1990' })]).status).toBe('not-recorded');
    expect(clearance('2005-01-01', [fact('affected', { from: '1990' })])).toMatchObject({ status: 'due', deadline: '2009-03-01', sources: ['https://example.org/indicator'] });
  });

  it('is due up to the deadline itself, and not recorded after it while no completion is', () => {
    expect(clearance('2009-03-01', [fact('affected', { from: '1990' })]).status).toBe('due');
    expect(clearance('2009-03-02', [fact('affected', { from: '1990' })]).status).toBe('not-recorded');
  });

  it('is met by a declaration of completion dated by itself or its report, or by the end of the area', () => {
    expect(clearance('2010-01-01', [fact('affected', { from: '1990' }), fact('art5-completed', { from: '2008-05-01' })])).toMatchObject({ status: 'met', met: '2008-05-01' });
    expect(clearance('2010-01-01', [fact('affected', { from: '1990' }), fact('art5-completed', { from: null, reported: '2009' })])).toMatchObject({ status: 'met-timing-unknown', met: '2009' });
    expect(clearance('2010-01-01', [fact('affected', { from: '1990', until: '2007-06-30' })])).toMatchObject({ status: 'met', met: '2007-06-30' });
    expect(clearance('2007-06-29', [fact('affected', { from: '1990', until: '2007-06-30' })])).toMatchObject({ status: 'due', met: null });
    expect(clearance('2010-01-01', [fact('affected', { from: '1990', until: '2007-06-30', confidence: 'uncertain' }), fact('art5-deadline', { value: '2009-03-01' })])).toMatchObject({ status: 'not-recorded', met: null });
  });

  it('reopens when a confirmed area is found after completion, until a deadline granted after it', () => {
    const base = [fact('affected', { from: '1990', until: '2007-06-30' })];
    expect(clearance('2012-01-01', [...base, fact('affected', { from: '2011-02-01' })]).status).toBe('interim');
    expect(clearance('2011-01-31', [...base, fact('affected', { from: '2011-02-01' })]).status).toBe('met');
    expect(clearance('2012-01-01', [...base, fact('affected', { from: '2007-06-30' })]).status).toBe('met');
    const renewed = fact('art5-extension', { value: '2015-03-01', from: '2011-12-02' });
    expect(clearance('2012-01-01', [...base, fact('affected', { from: '2011-02-01' }), renewed])).toMatchObject({ status: 'due', deadline: '2015-03-01' });
    const before = fact('art5-extension', { value: '2015-03-01', from: '2007-06-30' });
    expect(clearance('2012-01-01', [...base, fact('affected', { from: '2011-02-01' }), before]).status).toBe('interim');
  });
});

describe('stockpile destruction (APMBC Art. 4)', () => {
  it('is due while a stockpile held by the date is not destroyed, to the deadline itself, then missed', () => {
    expect(stockpile('2003-03-01', [fact('stockpiled', { from: '1990' })])).toMatchObject({ status: 'due', deadline: '2003-03-01', sources: ['https://example.org/indicator'] });
    expect(stockpile('2003-03-02', [fact('stockpiled', { from: null })]).status).toBe('missed');
  });

  it('is not recorded with no stockpile held by the date', () => {
    expect(stockpile('2003-03-02', [fact('stockpiled', { from: '2004' }), fact('used', { from: '1990' })])).toEqual({ deadline: '2003-03-01', status: 'not-recorded', basis: [apmbc.obligations.stockpile.basis], met: null, sources: [] });
  });

  it('is met by a declaration of completion, dated by its report when undated, or by the end of the stockpile', () => {
    expect(stockpile('2005-01-01', [fact('stockpiled', { from: '1990' }), fact('art4-completed', { from: null, reported: '2002' })])).toMatchObject({ status: 'met', met: '2002' });
    expect(stockpile('2005-01-01', [fact('stockpiled', { from: '1990', until: '2004-02-01' })])).toMatchObject({ status: 'met-late', met: '2004-02-01' });
    expect(stockpile('2004-01-31', [fact('stockpiled', { from: '1990', until: '2004-02-01' })])).toMatchObject({ status: 'missed', met: null });
    expect(stockpile('2005-01-01', [fact('stockpiled', { from: '1990', until: '2004-02-01' }), fact('art4-completed', { from: '2002-01-01' })])).toMatchObject({ met: '2004-02-01' });
  });
});
