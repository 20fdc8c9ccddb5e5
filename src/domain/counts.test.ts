import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { addDays, calendarDate } from './calendar-date.js';
import { countingBases } from './counting-basis.js';
import { countsOn, countsSeries } from './counts.js';
import { buildHistory } from './history.js';
import type { Action, State } from './record.js';

describe('counts on a date', () => {
  const early = earlyRatifiers(40, '1998-06-01');
  const states: State[] = [
    ...early.states,
    aState({ iso3: 'SIG' }),
    aState({ iso3: 'NON' }),
    aState({ iso3: 'WDR' }),
    aState({ iso3: 'OBS', unMemberFrom: null }),
    aState({ iso3: 'NEW', existsFrom: calendarDate('2011-07-09') }),
  ];
  const actions: Action[] = [
    ...early.actions,
    anAction('SIG', '1997-12-04', { kind: 'signature' }),
    anAction('WDR', '2000-01-10', { kind: 'accession' }),
    anAction('WDR', '2025-06-27', { kind: 'withdrawal' }),
    anAction('OBS', '2017-12-29', { kind: 'accession' }),
  ];
  const treaty = buildHistory(aRecord(states, actions), apmbc);

  it('counts formal acceptance from deposit and parties from entry into force', () => {
    expect(countsOn(treaty, calendarDate('2000-01-10'), 'all-states')).toEqual({
      states: 44,
      formallyAccepted: 41,
      parties: 40,
      pendingEntryIntoForce: 1,
      signatories: 1,
      notParties: 3,
      neverJoined: 3,
      withdrawalPending: 0,
      withdrawn: 0,
    });
  });

  it('keeps a withdrawal-pending State among the parties and then counts it withdrawn', () => {
    const pending = countsOn(treaty, calendarDate('2025-07-01'), 'all-states');
    expect(pending).toMatchObject({ formallyAccepted: 42, parties: 42, withdrawalPending: 1, withdrawn: 0 });
    const after = countsOn(treaty, calendarDate('2025-12-27'), 'all-states');
    expect(after).toMatchObject({ states: 45, formallyAccepted: 41, parties: 41, withdrawn: 1, notParties: 4, neverJoined: 3 });
  });

  it('names the universe: UN members only, or UN members plus other States that joined', () => {
    const date = calendarDate('2015-06-01');
    expect(countsOn(treaty, date, 'all-states').states).toBe(45);
    expect(countsOn(treaty, date, 'un-members').states).toBe(44);
    expect(countsOn(treaty, date, 'un-members-and-parties').states).toBe(44);
    expect(countsOn(treaty, calendarDate('2018-01-01'), 'un-members-and-parties').states).toBe(45);
  });
});

const arbitraryRecord = fc
  .array(
    fc.record({
      existsAfter: fc.option(fc.integer({ min: 0, max: 400 })),
      unMember: fc.boolean(),
      signAfter: fc.option(fc.integer({ min: 0, max: 300 })),
      consentAfter: fc.option(fc.integer({ min: 0, max: 500 })),
      succession: fc.boolean(),
      withdrawAfter: fc.option(fc.integer({ min: 1, max: 400 })),
      suspended: fc.boolean(),
    }),
    { maxLength: 60 },
  )
  .map((specs) => {
    const start = calendarDate('1997-12-03');
    const states: State[] = [];
    const actions: Action[] = [];
    specs.forEach((spec, i) => {
      const iso3 = `S${String(i).padStart(2, '0')}`;
      const existsFrom = spec.existsAfter === null ? null : addDays(start, spec.existsAfter);
      states.push(aState({ iso3, existsFrom, unMemberFrom: spec.unMember ? calendarDate('1945-10-24') : null }));
      if (spec.signAfter !== null) actions.push(anAction(iso3, addDays(start, spec.signAfter), { kind: 'signature' }));
      if (spec.consentAfter !== null) {
        const date = addDays(start, spec.consentAfter);
        actions.push(
          spec.succession ? anAction(iso3, date, { kind: 'succession', effectiveDate: existsFrom ?? date }) : anAction(iso3, date, { kind: 'accession' }),
        );
        if (spec.withdrawAfter !== null) {
          actions.push(anAction(iso3, addDays(date, spec.withdrawAfter), { kind: 'withdrawal', effectSuspended: spec.suspended }));
        }
      }
    });
    return aRecord(states, actions);
  });

describe('counts for every day', () => {
  it('gives, in one sweep, the same counts as evaluating each day on its own (property)', () => {
    fc.assert(
      fc.property(arbitraryRecord, fc.constantFrom(...countingBases), (record, basis) => {
        const treaty = buildHistory({ ...record, treaty: 'apmbc' }, { ...apmbc, entryIntoForce: { ...apmbc.entryIntoForce, instruments: 3 } });
        const from = calendarDate('1997-12-03');
        const to = calendarDate('1999-12-31');
        const series = countsSeries(treaty, from, to, basis);
        expect(series).toHaveLength(759);
        for (const { date, counts } of series) expect(counts).toEqual(countsOn(treaty, date, basis));
      }),
      { numRuns: 40 },
    );
  });

  it('counts every change on a day when many States change on it (property)', () => {
    // Each State copied up to 12 times with the same actions: its changes all fall on the same days.
    const piled = fc.tuple(arbitraryRecord, fc.integer({ min: 2, max: 12 })).map(([record, copies]) =>
      aRecord(
        Array.from({ length: copies }, (_, k) => record.states.map((s) => ({ ...s, iso3: `${s.iso3}${k}` }))).flat(),
        Array.from({ length: copies }, (_, k) => record.actions.map((a) => ({ ...a, iso3: `${a.iso3}${k}` }))).flat(),
      ),
    );
    fc.assert(
      fc.property(piled, fc.constantFrom(...countingBases), (record, basis) => {
        const treaty = buildHistory(record, { ...apmbc, entryIntoForce: { ...apmbc.entryIntoForce, instruments: 3 } });
        for (const { date, counts } of countsSeries(treaty, calendarDate('1997-12-03'), calendarDate('1999-12-31'), basis)) {
          expect(counts).toEqual(countsOn(treaty, date, basis));
        }
      }),
      { numRuns: 10 },
    );
  });

  it('counts the changes of its first and last days: the 40 early ratifiers become parties on the last', () => {
    const early = earlyRatifiers(40, '1998-06-01');
    // Art. 17(1): the 40th instrument in June 1998 brings the Convention into force on 1 December 1998.
    const treaty = buildHistory(aRecord(early.states, early.actions), apmbc);
    for (const basis of countingBases) {
      const series = countsSeries(treaty, calendarDate('1998-11-29'), calendarDate('1998-12-01'), basis);
      expect(series.map(({ date, counts }) => [date, counts.parties, counts.pendingEntryIntoForce]), basis).toEqual([
        ['1998-11-29', 0, 40],
        ['1998-11-30', 0, 40],
        ['1998-12-01', 40, 0],
      ]);
    }
  });
});
