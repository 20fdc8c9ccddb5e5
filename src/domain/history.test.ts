import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, anIndicator, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { calendarDate } from './calendar-date.js';
import { buildHistory } from './history.js';
import { stateObligations } from './obligations.js';
import type { Action } from './record.js';
import { statusOn } from './status.js';

function historyOf(actions: Action[]) {
  const early = earlyRatifiers(40, '1998-06-01');
  const record = aRecord([...early.states, aState({ iso3: 'AAA' })], [...early.actions, ...actions]);
  return buildHistory(record, apmbc);
}

describe('a State\'s history, from its actions in whatever order the record lists them', () => {
  it('orders the actions by date, keeping the record\'s order within a day', () => {
    const history = historyOf([
      anAction('AAA', '2025-06-27', { kind: 'withdrawal' }),
      anAction('AAA', '2004-05-12', { kind: 'accession' }),
      anAction('AAA', '2004-05-12', { kind: 'declaration' }),
      anAction('AAA', '2004-05-12', { kind: 'provisional-application' }),
    ]);
    const aaa = history.byIso3.get('AAA')!;
    expect(aaa.actions.map((a) => a.kind)).toEqual(['accession', 'declaration', 'provisional-application', 'withdrawal']);
    expect(aaa.declarations.map((a) => a.kind)).toEqual(['declaration', 'provisional-application']);
    expect(statusOn(aaa, calendarDate('2025-12-27'))).toBe('withdrawn');
  });

  it('closes an episode with its first withdrawal, not a later one', () => {
    const aaa = historyOf([
      anAction('AAA', '2004-05-12', { kind: 'accession' }),
      anAction('AAA', '2020-01-10', { kind: 'withdrawal' }),
      anAction('AAA', '2020-02-01', { kind: 'withdrawal' }),
    ]).byIso3.get('AAA')!;
    expect(aaa.episodes).toHaveLength(1);
    expect(aaa.episodes[0]?.withdrawal?.effect.value.effective).toBe('2020-07-10');
    expect(statusOn(aaa, calendarDate('2020-07-10'))).toBe('withdrawn');
  });
});

describe('obligations end with a withdrawal\'s effect', () => {
  const facts = [anIndicator('AAA', 'stockpiled', { from: '1990' })];
  const obligationsOn = (date: string, actions: Action[]) => {
    const history = historyOf(actions);
    return stateObligations(history, history.byIso3.get('AAA')!, facts, calendarDate(date));
  };
  const life = [anAction('AAA', '2004-05-12', { kind: 'accession' }), anAction('AAA', '2006-06-01', { kind: 'withdrawal' })];

  it('runs until the day before the withdrawal takes effect', () => {
    expect(obligationsOn('2006-11-30', life)).toMatchObject({ endedOn: null, stockpile: { status: 'due', deadline: '2008-11-01' } });
    expect(obligationsOn('2006-12-01', life)).toMatchObject({ endedOn: '2006-12-01', stockpile: { status: 'ended', deadline: '2008-11-01' } });
  });

  it('ignores a withdrawal deposited after the date', () => {
    expect(obligationsOn('2006-05-31', life)?.endedOn).toBeNull();
  });

  it('leaves an obligation missed before the withdrawal missed, and ends one not recorded whose deadline had not passed', () => {
    const late = [anAction('AAA', '2004-05-12', { kind: 'accession' }), anAction('AAA', '2015-06-01', { kind: 'withdrawal' })];
    expect(obligationsOn('2016-01-01', late)).toMatchObject({ endedOn: '2015-12-01', stockpile: { status: 'missed' }, clearance: { status: 'not-recorded', deadline: '2014-11-01' } });
    const history = historyOf(life);
    const clearance = stateObligations(history, history.byIso3.get('AAA')!, [anIndicator('AAA', 'art5-deadline', { value: '2014-11-01', from: '2004' })], calendarDate('2007-01-01'))?.clearance;
    expect(clearance).toMatchObject({ status: 'ended', deadline: '2014-11-01' });
  });
});
