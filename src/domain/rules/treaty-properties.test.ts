// The rules of entry into force, withdrawal and status as properties, run against a synthetic
// treaty (test/treaty-rules.ts: 7 instruments, 3 and 2 months, withdrawal after 12 months) so that
// no rule can pass by hard-coding the Mine Ban Convention's 40 instruments and six months. The
// expected dates come from plain month arithmetic written here, not from the calendar module.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction } from '../../../test/builders.js';
import { syntheticTreaty as rules } from '../../../test/treaty-rules.js';
import { calendarDate, type CalendarDate } from '../calendar-date.js';
import { buildHistory } from '../history.js';
import type { Action, ConsentAction, Withdrawal } from '../record.js';
import { statusOn } from '../status.js';
import { generalEntryIntoForce, stateEntryIntoForce } from './entry-into-force.js';
import { withdrawalEffect } from './withdrawal.js';

const runs = { numRuns: 60 };
const iso = (ms: number): CalendarDate => calendarDate(new Date(ms).toISOString().slice(0, 10));
const utc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const dayAfter = (date: string, days: number): CalendarDate => iso(utc(date) + days * 86_400_000);
/** The first day of the month `months` after the month of `date`. */
function firstOfMonthAfter(date: string, months: number): CalendarDate {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return iso(Date.UTC(year, month - 1 + months, 1));
}
/** The same day `months` later, or the last day of that month when it is shorter. */
function sameDayAfter(date: string, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month + months, 0)).getUTCDate();
  return iso(Date.UTC(year, month - 1 + months, Math.min(day, lastDay)));
}

/** A date from the day the synthetic treaty opens, within about four years. */
const aDate = fc.integer({ min: 0, max: 1500 }).map((days) => dayAfter('2001-05-10', days));
/** Deposits that often share a day, as the 40th instrument of the Mine Ban Convention did. */
const deposits = fc.array(fc.integer({ min: 0, max: 40 }).map((weeks) => dayAfter('2001-05-10', weeks * 7)), { maxLength: 14 });
const consent = (iso3: string, date: string): ConsentAction => anAction(iso3, date, { kind: 'ratification', treaty: rules.id }) as ConsentAction;

describe('entry into force under a treaty of seven instruments (Art. 17 with other numbers)', () => {
  it('is the first day of the third month after the month of the seventh instrument, counting every deposit of that day', () => {
    fc.assert(
      fc.property(deposits, (dates) => {
        const consents = dates.map((date, i) => consent(`Q${String(i).padStart(2, '0')}`, date));
        const general = generalEntryIntoForce(consents, rules);
        expect(general.basis).toEqual([rules.entryIntoForce.general]);
        const sorted = [...dates].sort();
        const seventh = sorted[6];
        if (seventh === undefined) {
          expect(general.value).toBeNull();
          return;
        }
        expect(general.value?.thresholdDate).toBe(seventh);
        expect(general.value?.date).toBe(firstOfMonthAfter(seventh, 3));
        expect(general.value?.thresholdDayInstruments.map((c) => c.iso3)).toEqual(consents.filter((c) => c.date === seventh).map((c) => c.iso3));
      }),
      runs,
    );
  });

  it('gives a State that deposited on or before the day of the seventh instrument the general date, and a later one the first day of the second month after its deposit', () => {
    const seven = Array.from({ length: 7 }, (_, i) => consent(`E0${i}`, '2002-01-15'));
    const general = generalEntryIntoForce(seven, rules).value!;
    expect(general.date).toBe('2002-04-01');
    fc.assert(
      fc.property(aDate, (date) => {
        const result = stateEntryIntoForce(consent('QAA', date), general, rules);
        if (date <= '2002-01-15') expect(result).toEqual({ value: '2002-04-01', basis: [rules.entryIntoForce.general] });
        else expect(result).toEqual({ value: firstOfMonthAfter(date, 2), basis: [rules.entryIntoForce.later] });
      }),
      runs,
    );
  });

  it('gives a succession its own date, but never one before the treaty itself is in force', () => {
    const general = generalEntryIntoForce(Array.from({ length: 7 }, (_, i) => consent(`E0${i}`, '2002-01-15')), rules).value!;
    fc.assert(
      fc.property(aDate, aDate, (deposited, effective) => {
        const succession = anAction('QAA', deposited, { kind: 'succession', effectiveDate: effective, treaty: rules.id }) as ConsentAction;
        const result = stateEntryIntoForce(succession, general, rules);
        expect(result.value).toBe(effective < '2002-04-01' ? '2002-04-01' : effective);
        expect(result.basis).toHaveLength(effective < '2002-04-01' ? 2 : 1);
        expect(result.basis[0]).toMatchObject({ kind: 'record', field: 'effectiveDate' });
      }),
      runs,
    );
  });

  it('is unknown for every State while fewer than seven instruments are on record', () => {
    fc.assert(
      fc.property(aDate, (date) => {
        expect(stateEntryIntoForce(consent('QAA', date), null, rules)).toEqual({ value: null, basis: [rules.entryIntoForce.general] });
      }),
      runs,
    );
  });
});

describe('withdrawal under a treaty with a twelve-month period (Art. 20(3) with another period)', () => {
  const withdrawal = (date: string, extra: { effectSuspended?: boolean; effectiveDate?: string } = {}) =>
    anAction('QAA', date, { kind: 'withdrawal', treaty: rules.id, ...extra }) as Withdrawal;

  it('takes effect twelve months after receipt, on the last day of the month when it is shorter', () => {
    fc.assert(
      fc.property(aDate, (date) => {
        expect(withdrawalEffect(withdrawal(date), rules)).toEqual({
          value: { deposited: date, effective: sameDayAfter(date, 12), suspended: false },
          basis: [rules.withdrawal.basis],
        });
      }),
      runs,
    );
  });

  it('has no date while an armed conflict suspends it, and cites the suspension', () => {
    fc.assert(
      fc.property(aDate, (date) => {
        expect(withdrawalEffect(withdrawal(date, { effectSuspended: true }), rules)).toEqual({
          value: { deposited: date, effective: null, suspended: true },
          basis: [rules.withdrawal.basis, rules.withdrawal.suspensionBasis],
        });
      }),
      runs,
    );
  });

  it('is never suspended under a treaty that does not suspend withdrawals during armed conflict', () => {
    const unsuspended = { ...rules, withdrawal: { ...rules.withdrawal, suspendedByArmedConflict: false } };
    fc.assert(
      fc.property(aDate, (date) => {
        expect(withdrawalEffect(withdrawal(date, { effectSuspended: true }), unsuspended).value).toEqual({ deposited: date, effective: sameDayAfter(date, 12), suspended: false });
      }),
      runs,
    );
  });
});

describe('status on the day before, of and after every boundary, under the synthetic treaty', () => {
  /** Seven early instruments on 15 January 2002 (in force 1 April 2002), then one State's life. */
  function lifeOf(actions: Action[]) {
    const early = Array.from({ length: 7 }, (_, i) => aState({ iso3: `E0${i}` }));
    const earlyActions = early.map((s) => anAction(s.iso3, '2002-01-15', { kind: 'accession', treaty: rules.id }));
    const history = buildHistory({ ...aRecord([...early, aState({ iso3: 'QAA' })], [...earlyActions, ...actions]), treaty: rules.id }, rules);
    return (date: string) => statusOn(history.byIso3.get('QAA')!, calendarDate(date));
  }
  const step = fc.integer({ min: 2, max: 400 });

  it('signatory, pending, party, withdrawing and withdrawn, each from its day', () => {
    fc.assert(
      fc.property(aDate, step, step, fc.boolean(), (signed, toConsent, toWithdraw, suspended) => {
        const consented = dayAfter(signed, toConsent);
        const inForce = consented <= '2002-01-15' ? calendarDate('2002-04-01') : firstOfMonthAfter(consented, 2);
        const withdrawn = dayAfter(inForce, toWithdraw);
        const effective = sameDayAfter(withdrawn, 12);
        const status = lifeOf([
          anAction('QAA', signed, { kind: 'signature', treaty: rules.id }),
          anAction('QAA', consented, { kind: 'ratification', treaty: rules.id }),
          anAction('QAA', withdrawn, { kind: 'withdrawal', effectSuspended: suspended, treaty: rules.id }),
        ]);
        expect(status(dayAfter(signed, -1))).toBe('non-party');
        expect(status(signed)).toBe('signatory');
        expect(status(dayAfter(consented, -1))).toBe('signatory');
        expect(status(consented)).toBe('pending-entry-into-force');
        expect(status(dayAfter(inForce, -1))).toBe(consented === inForce ? 'signatory' : 'pending-entry-into-force');
        expect(status(inForce)).toBe('party');
        expect(status(dayAfter(withdrawn, -1))).toBe('party');
        expect(status(withdrawn)).toBe('withdrawal-pending');
        expect(status(dayAfter(effective, -1))).toBe('withdrawal-pending');
        expect(status(effective)).toBe(suspended ? 'withdrawal-pending' : 'withdrawn');
        expect(status(dayAfter(effective, 1))).toBe(suspended ? 'withdrawal-pending' : 'withdrawn');
      }),
      runs,
    );
  });

  it('a successor is a party from the later of its effective date and the general date, once it deposited', () => {
    fc.assert(
      fc.property(aDate, fc.integer({ min: 0, max: 600 }), (effective, delay) => {
        const deposited = dayAfter(effective, delay);
        const status = lifeOf([anAction('QAA', deposited, { kind: 'succession', effectiveDate: effective, treaty: rules.id })]);
        const inForce = effective < '2002-04-01' ? '2002-04-01' : effective;
        expect(status(dayAfter(deposited, -1))).toBe('non-party');
        expect(status(deposited)).toBe(deposited < inForce ? 'pending-entry-into-force' : 'party');
        if (deposited < inForce) expect(status(dayAfter(inForce, -1))).toBe('pending-entry-into-force');
        expect(status(deposited > inForce ? deposited : inForce)).toBe('party');
      }),
      runs,
    );
  });
});
