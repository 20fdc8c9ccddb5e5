// The finer rules of the status statements: which facts count, in which order, with which notes.
import { describe, expect, it } from 'vitest';
import { aRecord, aState, anIndicator, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { calendarDate } from './calendar-date.js';
import { buildHistory } from './history.js';
import type { Indicator } from './record.js';
import { statusStatements } from './statements.js';

const early = earlyRatifiers(40, '1998-06-01');
const states = [
  ...early.states,
  aState({ iso3: 'AAA' }),
  aState({ iso3: 'BBB' }),
  aState({ iso3: 'CCC' }),
  aState({ iso3: 'NIU', unMemberFrom: null }),
  aState({ iso3: 'NEW', existsFrom: calendarDate('2011-07-09') }),
];

function at(indicators: Indicator[], date: string, rules = apmbc, basis: 'all-states' | 'un-members' = 'all-states') {
  const treaty = buildHistory({ ...aRecord(states, early.actions), indicators }, rules);
  return statusStatements(treaty, indicators, calendarDate(date), basis);
}

describe('status statements, in detail', () => {
  it('lists as counted only the States the basis counts', () => {
    expect(at([], '2010-01-01', apmbc, 'un-members').counted.map((c) => c.iso3)).not.toContain('NIU');
    expect(at([], '2010-01-01', apmbc, 'all-states').counted.map((c) => c.iso3)).toContain('NIU');
  });

  it('leaves out the facts of a State that does not exist yet on the date', () => {
    const facts = [anIndicator('NEW', 'produced', { from: '2000', reported: '2001' })];
    expect(at(facts, '2011-07-08').tallies.find((t) => t.tally === 'produced')?.states).toEqual([]);
    expect(at(facts, '2011-07-09').tallies.find((t) => t.tally === 'produced')?.states).toEqual(['NEW']);
  });

  it('marks a tally\'s State uncertain, or recorded later, only when every fact behind it is', () => {
    const facts = [
      anIndicator('AAA', 'produced', { from: '1990', reported: '1999', confidence: 'uncertain' }),
      anIndicator('AAA', 'produced', { from: '1991', reported: '1999' }),
      anIndicator('BBB', 'produced', { reported: '2005' }),
      anIndicator('BBB', 'produced', { from: '1980', reported: '1999' }),
      anIndicator('CCC', 'produced', { from: '2030', reported: '2031' }),
    ];
    expect(at(facts, '2000-01-01').tallies.find((t) => t.tally === 'produced')).toEqual({ tally: 'produced', states: ['AAA', 'BBB'], joined: [], uncertain: [], recordedLater: [] });
  });

  it('names stockpiles by the latest whole-number estimate, dated by its report when it has no date, none for a State that destroyed its stockpile', () => {
    const facts = [
      anIndicator('AAA', 'stockpile-estimate', { value: '500', from: '2001', reported: '2002' }),
      anIndicator('AAA', 'stockpile-estimate', { value: '400', from: null, reported: '2003' }),
      anIndicator('AAA', 'stockpile-estimate', { value: 'about 300', from: '2004', reported: '2004' }),
      anIndicator('BBB', 'stockpile-estimate', { value: '400', from: '2001', reported: '2001' }),
      anIndicator('BBB', 'stockpile-estimate', { value: '900', from: '2001', reported: '2002' }),
      anIndicator('CCC', 'stockpile-estimate', { value: '7000', from: '2001', reported: '2001' }),
      anIndicator('CCC', 'stockpiled', { from: '1990', until: '2002', reported: '2003' }),
      anIndicator('NIU', 'stockpiled', { from: '1990', reported: '2003' }),
      anIndicator('NEW', 'stockpiled', { from: '2011', reported: '2012' }),
    ];
    expect(at(facts, '2005-01-01').largestStockpiles.map((e) => [e.iso3, e.count, e.asAt])).toEqual([['BBB', 900, '2001'], ['AAA', 400, '2003']]);
    expect(at(facts, '2002-06-01').largestStockpiles.map((e) => [e.iso3, e.count])).toEqual([['CCC', 7000], ['BBB', 900], ['AAA', 500]]);
    expect(at(facts, '2012-06-01').otherStockpilers).toEqual(['NEW', 'NIU']);
    const tie = [anIndicator('BBB', 'stockpile-estimate', { value: '10', from: '2001' }), anIndicator('AAA', 'stockpile-estimate', { value: '10', from: '2001' })];
    expect(at(tie, '2005-01-01').largestStockpiles.map((e) => e.iso3)).toEqual(['AAA', 'BBB']);
  });

  it('counts new use from the day of entry into force, with the years in order, notes joined and uncertain only if every fact is', () => {
    const facts = [
      anIndicator('AAA', 'used', { from: '2003', until: '2004', reported: '2005', note: 'second report' }),
      anIndicator('AAA', 'used', { from: '1999', until: '1999', reported: '2000', confidence: 'uncertain', note: '' }),
      anIndicator('BBB', 'used', { from: '2001', until: '2001', reported: '2002', confidence: 'uncertain', note: 'one' }),
      anIndicator('BBB', 'used', { from: '2001', until: '2001', reported: '2003', confidence: 'uncertain', note: 'two' }),
    ];
    expect(at(facts, '2006-01-01').newUseByNonParties).toEqual([
      { iso3: 'AAA', years: [1999, 2003, 2004], uncertain: false, note: 'second report' },
      { iso3: 'BBB', years: [2001], uncertain: true, note: 'one; two' },
    ]);
    expect(at(facts, '1998-12-01').newUseSince).toBe(1998);
    expect(at([anIndicator('AAA', 'used', { from: '1998-12-01', until: '1998-12-01', reported: '1999' })], '1998-12-01').newUseByNonParties.map((e) => e.iso3)).toEqual(['AAA']);
    expect(at(facts, '1998-11-30').newUseByNonParties).toEqual([]);
  });

  it('says nothing of non-State armed groups for a treaty whose record keeps no such facts', () => {
    expect(at([], '2010-01-01', { ...apmbc, facts: { ...apmbc.facts, nsagUse: null } }).nsagUse).toBeNull();
    expect(at([], '2010-01-01').nsagUse).toEqual({ years: [2009, 2010], states: [] });
  });
});
