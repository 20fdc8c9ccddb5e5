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
});
