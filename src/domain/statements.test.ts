import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, anIndicator, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { calendarDate } from './calendar-date.js';
import { groupCoverage, groupSentence } from './groups.js';
import { buildHistory } from './history.js';
import { statusStatements } from './statements.js';

const on = (text: string) => calendarDate(text);

describe('status statements', () => {
  const early = earlyRatifiers(40, '1998-06-01');
  const states = [
    ...early.states,
    aState({ iso3: 'CUB', region: '019', subRegion: '419' }),
    aState({ iso3: 'MEX', region: '019', subRegion: '419' }),
    aState({ iso3: 'RUS', region: '150', subRegion: '151' }),
    aState({ iso3: 'POL', region: '150', subRegion: '151' }),
    aState({ iso3: 'USA', region: '019', subRegion: '021' }),
  ];
  const actions = [
    ...early.actions,
    anAction('MEX', '1997-12-03', { kind: 'signature' }),
    anAction('MEX', '1998-06-01', { kind: 'ratification' }),
    anAction('POL', '1997-12-04', { kind: 'signature' }),
    anAction('POL', '2012-12-27', { kind: 'ratification' }),
    anAction('POL', '2025-08-20', { kind: 'withdrawal', effectiveDate: '2026-02-20' }),
  ];
  const indicators = [
    anIndicator('E00', 'produced', { until: '1996', reported: '1999' }),
    anIndicator('RUS', 'produced', { reported: '1999', confidence: 'uncertain' }),
    anIndicator('POL', 'produced', { until: '1993', reported: '2013' }),
    anIndicator('RUS', 'stockpile-estimate', { value: '60000000', from: '1999', reported: '1999' }),
    anIndicator('RUS', 'stockpile-estimate', { value: '26500000', from: '2004', reported: '2005' }),
    anIndicator('USA', 'stockpile-estimate', { value: '3000000', from: '2014', reported: '2014' }),
    anIndicator('E01', 'stockpile-estimate', { value: '9000000', from: '1999', reported: '1999' }),
    anIndicator('CUB', 'stockpiled', { reported: '2005' }),
    anIndicator('USA', 'stockpiled', { reported: '1999' }),
    anIndicator('RUS', 'used', { from: '1999', until: '2008', reported: '2009' }),
    anIndicator('RUS', 'used', { from: '2022', reported: '2025' }),
    anIndicator('USA', 'used', { until: '1991', reported: '2001' }),
    anIndicator('MEX', 'nsag-use', { from: '2013', until: '2015', reported: '2016' }),
    anIndicator('CUB', 'nsag-use', { from: '2010', until: '2012', reported: '2013' }),
    anIndicator('E02', 'affected', { reported: '2011' }),
    anIndicator('CUB', 'affected', { from: '1961', reported: '1999' }),
  ];
  const treaty = buildHistory({ ...aRecord(states, actions), indicators }, apmbc);
  const at = (date: string) => statusStatements(treaty, indicators, on(date), 'all-states');

  it('counts the States that at one time produced, and how many have joined, as the record stood on the date', () => {
    expect(at('2015-06-01').tallies.find((t) => t.tally === 'produced')).toEqual({
      tally: 'produced', states: ['E00', 'RUS', 'POL'], joined: ['E00', 'POL'], uncertain: ['RUS'], recordedLater: [],
    });
    // Poland's production, first reported in 2013 with no start, ended in 1993: on 2000 it had begun, so it is history, not "recorded later".
    expect(at('2000-06-01').tallies.find((t) => t.tally === 'produced')).toMatchObject({ states: ['E00', 'RUS', 'POL'], joined: ['E00'], recordedLater: [] });
  });

  it('counts a State affected on the date, including one known only from a later report, and says so', () => {
    const affected = at('2005-01-01').tallies.find((t) => t.tally === 'affected');
    expect(affected).toMatchObject({ states: ['E02', 'CUB'], joined: ['E02'], recordedLater: ['E02'] });
  });

  it('names the largest stockpiles of States not party with the latest estimate known on the date', () => {
    const entries = (date: string) => at(date).largestStockpiles.map((e) => [e.iso3, e.count]);
    expect(entries('2001-01-01')).toEqual([['RUS', 60000000]]);
    expect(entries('2015-06-01')).toEqual([['RUS', 26500000], ['USA', 3000000]]);
    // A State that joined is no longer listed: E01 ratified in 1998, before its 1999 estimate.
    expect(entries('2015-06-01').map(([iso3]) => iso3)).not.toContain('E01');
  });

  it('names the other States not party reported on the date to hold stockpiles, not those known only later', () => {
    // Cuba's stockpile is first reported in 2005; the United States', in 1999, has a figure from 2014.
    expect(at('2003-01-01').otherStockpilers).toEqual(['USA']);
    expect(at('2006-01-01').otherStockpilers).toEqual(['CUB', 'USA']);
    expect(at('2015-06-01').otherStockpilers).toEqual(['CUB']);
  });

  it('reports new use by States not party since the year of entry into force, with the years of use up to the date and the latest report', () => {
    const years = (date: string) => at(date).newUseByNonParties.map((e) => [e.iso3, e.years]);
    expect(years('2024-01-01')).toEqual([['RUS', [1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2022, 2023, 2024]]]);
    // Use from 2022 with no end, reported in 2025: nothing is known after that report.
    expect(years('2026-06-01')).toEqual([['RUS', [1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2022, 2023, 2024, 2025]]]);
    // Forty instruments of 1 June 1998 bring the Convention into force on 1 December 1998.
    expect(at('2024-01-01').newUseSince).toBe(1998);
    expect(at('1998-12-31').newUseByNonParties).toEqual([]);
    expect(at('1998-11-30').newUseSince).toBeNull();
  });

  it('reports use by non-State armed groups in the year of the date and the year before', () => {
    expect(at('2015-06-01').nsagUse).toEqual({ years: [2014, 2015], states: [{ iso3: 'MEX', years: [2014, 2015], uncertain: false, note: '' }] });
    expect(at('2016-06-01').nsagUse?.states).toEqual([{ iso3: 'MEX', years: [2015], uncertain: false, note: '' }]);
    expect(at('2013-06-01').nsagUse?.states.map((e) => e.iso3)).toEqual(['CUB', 'MEX']);
  });

  it('lists the States counted, each with its status, and the withdrawals pending with their date', () => {
    const s = at('2025-12-01');
    expect(s.counted).toHaveLength(states.length);
    expect(s.counted.find((c) => c.iso3 === 'POL')).toEqual({ iso3: 'POL', status: 'withdrawal-pending' });
    expect(s.withdrawalPending).toEqual([{ iso3: 'POL', effective: '2026-02-20' }]);
    expect(s.counts).toMatchObject({ formallyAccepted: 42, notParties: 3, neverJoined: 3, withdrawn: 0 });
    expect(at('2026-03-01').counts).toMatchObject({ formallyAccepted: 41, notParties: 4, neverJoined: 3, withdrawn: 1 });
  });

  it('words a group by its exceptions, and names apart a State that withdrew, with the date', () => {
    const groups = groupCoverage(treaty, on('2026-03-01'));
    const americas = groups.find((g) => g.code === '019')!;
    expect(americas).toMatchObject({ kind: 'region', parent: null, members: 3, formallyAccepted: 1, exceptions: ['CUB', 'USA'], withdrawn: [] });
    expect(groupSentence(americas).kind).toBe('counted');
    const easternEurope = groups.find((g) => g.code === '151')!;
    expect(easternEurope).toMatchObject({ members: 2, formallyAccepted: 0, exceptions: ['RUS'], withdrawn: [{ iso3: 'POL', effective: '2026-02-20' }] });
    const europe = groups.find((g) => g.code === '150')!;
    expect(europe.exceptions).toEqual(['RUS']);
    expect(groupSentence(europe).kind).toBe('all-but');
    expect(groupSentence({ ...europe, exceptions: [] }).kind).toBe('complete');
    // Before Poland's withdrawal took effect it counts as joined.
    expect(groupCoverage(treaty, on('2026-02-19')).find((g) => g.code === '151')).toMatchObject({ formallyAccepted: 1, withdrawn: [] });
  });
});
