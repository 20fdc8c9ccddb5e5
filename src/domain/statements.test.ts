import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { calendarDate } from './calendar-date.js';
import { groupCoverage, groupSentence } from './groups.js';
import { buildHistory } from './history.js';
import type { Indicator } from './record.js';
import { statusStatements } from './statements.js';

const indicator = (iso3: string, kind: Indicator['indicator'], extra: Partial<Indicator> = {}): Indicator => ({
  iso3, treaty: 'apmbc', indicator: kind, value: null, year: 2010, date: null, confidence: 'confirmed', source: 'https://example.org', note: '', ...extra,
});

describe('status statements', () => {
  const early = earlyRatifiers(40, '1998-06-01');
  const states = [...early.states, aState({ iso3: 'CUB', region: '019', subRegion: '419' }), aState({ iso3: 'MEX', region: '019', subRegion: '419' }), aState({ iso3: 'RUS' }), aState({ iso3: 'USA', region: '019', subRegion: '021' })];
  const record = {
    ...aRecord(states, [...early.actions, anAction('MEX', '1998-06-01', { kind: 'ratification' })]),
    indicators: [
      indicator('E00', 'former-producer'),
      indicator('RUS', 'former-producer', { confidence: 'uncertain' }),
      indicator('RUS', 'stockpile-estimate', { value: '26500000', year: 2021 }),
      indicator('USA', 'stockpile-estimate', { value: '3000000', year: 2014 }),
      indicator('E01', 'stockpile-estimate', { value: '9000000', year: 1999 }),
      indicator('RUS', 'new-use-state', { year: 2022 }),
      indicator('RUS', 'new-use-state', { year: 2000 }),
      indicator('USA', 'new-use-state', { year: 1991 }),
    ],
  };
  const treaty = buildHistory(record, apmbc);

  it('counts how many States with an indicator have joined, and how many rest on uncertain sources', () => {
    const s = statusStatements(treaty, record.indicators, calendarDate('2024-01-01'), 'all-states');
    expect(s.tallies.find((t) => t.tally === 'produced')).toEqual({ tally: 'produced', states: ['E00', 'RUS'], joined: ['E00'], uncertain: 1 });
    expect(s.tallies.find((t) => t.tally === 'stockpiled')?.states).toEqual(['RUS', 'USA', 'E01']);
  });

  it('lists the largest stockpiles of States not party only, largest first, as known on the date', () => {
    expect(statusStatements(treaty, record.indicators, calendarDate('2024-01-01'), 'all-states').largestStockpiles.map((e) => e.iso3)).toEqual(['RUS', 'USA']);
    expect(statusStatements(treaty, record.indicators, calendarDate('2015-01-01'), 'all-states').largestStockpiles.map((e) => e.iso3)).toEqual(['USA']);
  });

  it('reports new use by States not party since entry into force', () => {
    expect(statusStatements(treaty, record.indicators, calendarDate('2024-01-01'), 'all-states').newUseByNonParties).toEqual([{ iso3: 'RUS', years: [2000, 2022] }]);
  });

  it('words a group by its exceptions: every State, all but a few, or a count', () => {
    const groups = groupCoverage(treaty, calendarDate('2024-01-01'));
    const americas = groups.find((g) => g.code === '019')!;
    expect(americas).toMatchObject({ kind: 'region', parent: null, members: 3, formallyAccepted: 1, exceptions: ['CUB', 'USA'] });
    expect(groupSentence(americas).kind).toBe('counted');
    const latin = groups.find((g) => g.code === '419')!;
    expect(groupSentence(latin).kind).toBe('counted');
    const europe = groups.find((g) => g.code === '150')!;
    expect(europe.exceptions).toEqual(['RUS']);
    expect(groupSentence(europe).kind).toBe('all-but');
    const northernEurope = groups.find((g) => g.code === '155')!;
    expect(groupSentence({ ...northernEurope, exceptions: [] }).kind).toBe('complete');
  });
});
