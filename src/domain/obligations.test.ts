import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRecord, anAction, anIndicator, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { ccm } from '../treaties/ccm.js';
import { addDays, calendarDate, fromDayNumber, toDayNumber, type CalendarDate } from './calendar-date.js';
import { buildHistory } from './history.js';
import { stateObligations } from './obligations.js';
import { clearanceOn } from './rules/clearance.js';
import { stockpileDestructionOn } from './rules/stockpile-destruction.js';
import { transparencyOn } from './rules/transparency.js';

const day = (from: string, to: string) => fc.integer({ min: toDayNumber(calendarDate(from)), max: toDayNumber(calendarDate(to)) }).map(fromDayNumber);
const entry = calendarDate('2003-03-01');

describe('obligations with deadlines', () => {
  it('takes each treaty’s periods from its module: eight years for the second treaty’s stockpiles', () => {
    expect(stockpileDestructionOn(calendarDate('2010-08-01'), [], calendarDate('2011-01-01'), ccm.obligations.stockpile).deadline).toBe('2018-08-01');
    expect(stockpileDestructionOn(calendarDate('2010-08-01'), [], calendarDate('2011-01-01'), apmbc.obligations.stockpile).deadline).toBe('2014-08-01');
  });

  it('never puts the clearance deadline in force before the original one', () => {
    const extension = fc.record({ decided: day('2003-03-01', '2030-12-31'), deadline: day('2000-01-01', '2040-12-31') });
    fc.assert(
      fc.property(fc.array(extension, { maxLength: 4 }), day('2003-03-01', '2040-12-31'), (extensions, date) => {
        const facts = extensions.map((e) => anIndicator('AFG', 'art5-extension', { value: e.deadline, from: e.decided }));
        const answer = clearanceOn(entry, facts, date, apmbc.obligations.clearance);
        expect(answer.deadline! >= answer.original).toBe(true);
        expect(answer.original).toBe('2013-03-01');
      }),
    );
  });

  it('puts the next report after the date and the initial one 180 days after entry into force', () => {
    fc.assert(
      fc.property(day('1999-03-01', '2030-12-31'), day('1999-03-01', '2040-12-31'), (inForce, date) => {
        const answer = transparencyOn(inForce, [], date, apmbc.obligations.transparency);
        expect(answer.initialDue).toBe(addDays(inForce, 180));
        expect(answer.nextDue.due > date).toBe(true);
      }),
    );
  });

  it('ends everything from a withdrawal’s effect: any later date gives the same answer, and nothing is due', () => {
    const { states, actions } = earlyRatifiers(40, '1998-01-05');
    const iso3 = states[0]!.iso3;
    const facts = [anIndicator(iso3, 'stockpiled', { from: '1998' }), anIndicator(iso3, 'affected', { from: '1998' })];
    fc.assert(
      fc.property(day('1999-06-01', '2012-12-31'), fc.integer({ min: 0, max: 9000 }), (deposited, later) => {
        const history = buildHistory(aRecord(states, [...actions, anAction(iso3, deposited, { kind: 'withdrawal' })]), apmbc);
        const state = history.byIso3.get(iso3)!;
        const effective = stateObligations(history, state, facts, addDays(deposited, 200) as CalendarDate)!.endedOn!;
        const first = stateObligations(history, state, facts, effective)!;
        const after = stateObligations(history, state, facts, addDays(effective, later))!;
        expect(after).toEqual(first);
        for (const answer of [after.stockpile, after.clearance, after.transparency]) expect(['due', 'interim']).not.toContain(answer.status);
      }),
      { numRuns: 50 },
    );
  });

  describe('at the edge of a withdrawal’s effect (Art. 20(2): six months after its deposit)', () => {
    const { states, actions } = earlyRatifiers(40, '1998-01-05');
    const iso3 = states[0]!.iso3;
    // In force 1 July 1998: stockpile deadline 1 July 2002 (Art. 4). Withdrawal deposited
    // 1 June 2001, in effect 1 December 2001.
    const history = buildHistory(aRecord(states, [...actions, anAction(iso3, '2001-06-01', { kind: 'withdrawal' })]), apmbc);
    const state = history.byIso3.get(iso3)!;
    const stockpileOn = (facts: ReturnType<typeof anIndicator>[], date: string) => stateObligations(history, state, facts, calendarDate(date))!.stockpile;
    const held = anIndicator(iso3, 'stockpiled', { from: '1998' });

    it('is due the day before the effect and ended from the effect on', () => {
      expect(stockpileOn([held], '2001-11-30').status).toBe('due');
      expect(stockpileOn([held], '2001-12-01').status).toBe('ended');
      expect(stateObligations(history, state, [held], calendarDate('2001-12-01'))!.endedOn).toBe('2001-12-01');
      expect(stateObligations(history, state, [held], calendarDate('2001-11-30'))!.endedOn).toBeNull();
    });

    it('counts a completion on the eve of the effect, not one on the day of the effect', () => {
      expect(stockpileOn([held, anIndicator(iso3, 'art4-completed', { from: '2001-11-30' })], '2002-06-01').status).toBe('met');
      expect(stockpileOn([held, anIndicator(iso3, 'art4-completed', { from: '2001-12-01' })], '2002-06-01').status).toBe('ended');
    });

    it('ends an unrecorded obligation whose deadline falls on or after the effect, and leaves one that fell before as unrecorded', () => {
      // Nothing recorded of the stockpile: the deadline (1 July 2002) falls after the effect.
      expect(stockpileOn([], '2002-06-01').status).toBe('ended');
      // A State in force long before: its deadline passed before the withdrawal took effect.
      const late = buildHistory(aRecord(states, [...actions, anAction(iso3, '2003-09-01', { kind: 'withdrawal' })]), apmbc);
      const answer = stateObligations(late, late.byIso3.get(iso3)!, [], calendarDate('2004-06-01'))!.stockpile;
      expect(answer.deadline).toBe('2002-07-01');
      expect(answer.status).toBe('not-recorded');
      // Effect on the deadline itself: the deadline had not passed, so the obligation ends.
      const onDeadline = buildHistory(aRecord(states, [...actions, anAction(iso3, '2002-01-01', { kind: 'withdrawal' })]), apmbc);
      expect(stateObligations(onDeadline, onDeadline.byIso3.get(iso3)!, [], calendarDate('2004-06-01'))!.stockpile.status).toBe('ended');
    });
  });
});
