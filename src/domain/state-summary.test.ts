import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, anIndicator, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { calendarDate } from './calendar-date.js';
import { buildHistory } from './history.js';
import { obligationStatements } from './obligation-statements.js';
import { stateDetail, stateSummaries, stateSummary } from './state-summary.js';

function treaty() {
  const early = earlyRatifiers(40, '1998-06-01');
  const states = [
    aState({ iso3: 'ZZB', name: 'bolivia' }),
    aState({ iso3: 'ZZA', name: 'Åland' }),
    aState({ iso3: 'ZZC', name: 'Bolivia' }),
    aState({ iso3: 'ZZN', name: 'Newland', existsFrom: calendarDate('2011-07-09') }),
  ];
  const actions = [
    anAction('ZZB', '1997-12-04', { kind: 'signature' }),
    anAction('ZZB', '1999-01-14', { kind: 'ratification' }),
    anAction('ZZB', '2025-06-27', { kind: 'withdrawal' }),
    anAction('ZZC', '2001-05-02', { kind: 'accession' }),
  ];
  return buildHistory(aRecord([...early.states, ...states], [...early.actions, ...actions]), apmbc);
}

describe('a State on a date, as the record stood on it', () => {
  const history = treaty();
  const detailOf = (iso3: string, date: string) => stateDetail(history, history.byIso3.get(iso3)!, calendarDate(date));

  it('shows no signature, consent or withdrawal before its date, and each from its day', () => {
    expect(detailOf('ZZB', '1997-12-03')).toMatchObject({ status: 'non-party', signature: null, consent: null, entryIntoForce: null, withdrawal: null, actions: [] });
    expect(detailOf('ZZB', '1997-12-04')).toMatchObject({ status: 'signatory', signature: '1997-12-04', consent: null });
    expect(detailOf('ZZB', '1999-01-14')).toMatchObject({ consent: { date: '1999-01-14', kind: 'ratification' }, entryIntoForce: '1999-07-01', entryIntoForceBasis: 'Art. 17(2)' });
    expect(detailOf('ZZB', '2025-06-26')?.withdrawal).toBeNull();
    expect(detailOf('ZZB', '2025-06-27')).toMatchObject({ status: 'withdrawal-pending', withdrawal: { deposited: '2025-06-27', effective: '2025-12-27', suspended: false } });
    expect(detailOf('ZZB', '2025-06-27')?.withdrawalReason).toEqual([apmbc.withdrawal.basis]);
    expect(detailOf('ZZB', '2025-06-27')?.actions.map((a) => a.kind)).toEqual(['signature', 'ratification', 'withdrawal']);
    expect(detailOf('ZZB', '2025-06-26')?.actions.map((a) => a.kind)).toEqual(['signature', 'ratification']);
  });

  it('gives the reasons for its date of entry into force only once it has one', () => {
    expect(detailOf('ZZC', '2001-05-02')?.entryIntoForceReason).toEqual([apmbc.entryIntoForce.later]);
    expect(detailOf('ZZC', '2001-05-01')).toMatchObject({ entryIntoForce: null, entryIntoForceBasis: null, entryIntoForceReason: [] });
  });

  it('is absent before the State exists', () => {
    expect(detailOf('ZZN', '2011-07-08')).toBeNull();
    expect(stateSummary(history, history.byIso3.get('ZZN')!, calendarDate('2011-07-08'))).toBeNull();
    expect(detailOf('ZZN', '2011-07-09')?.status).toBe('non-party');
  });

  it('summarises without the reasons and the actions', () => {
    const summary = stateSummary(history, history.byIso3.get('ZZB')!, calendarDate('2025-06-27'));
    expect(summary).toEqual({
      iso3: 'ZZB', name: 'bolivia', status: 'withdrawal-pending', signature: '1997-12-04', consent: { date: '1999-01-14', kind: 'ratification' },
      entryIntoForce: '1999-07-01', entryIntoForceBasis: 'Art. 17(2)', withdrawal: { deposited: '2025-06-27', effective: '2025-12-27', suspended: false },
    });
  });

  it('lists every State that exists on the date by name, ignoring case and accents, in record order among equals', () => {
    const names = (date: string) => stateSummaries(history, calendarDate(date)).map((s) => s.iso3).filter((iso3) => iso3.startsWith('ZZ'));
    expect(names('2011-07-08')).toEqual(['ZZA', 'ZZB', 'ZZC']);
    expect(names('2011-07-09')).toEqual(['ZZA', 'ZZB', 'ZZC', 'ZZN']);
  });
});

describe('the obligations the status page states', () => {
  const history = treaty();
  const facts = [
    anIndicator('E00', 'art4-completed', { from: '2002-05-01' }),
    anIndicator('E01', 'stockpiled', { from: '1998' }),
    anIndicator('E02', 'art5-completed', { from: '2005-01-10' }),
    anIndicator('E02', 'affected', { from: '1990', until: '2005-01-10' }),
    anIndicator('ZZB', 'art4-completed', { from: '2003-01-01' }),
    anIndicator('ZZC', 'stockpiled', { from: '1998' }),
  ];

  it('names the parties that destroyed their stockpile, those past the deadline, and those that completed clearance', () => {
    expect(obligationStatements(history, facts, calendarDate('2010-01-01'))).toEqual({
      stockpileCompleted: ['E00', 'ZZB'],
      stockpilePast: ['E01', 'ZZC'],
      clearanceCompleted: ['E02'],
    });
  });

  it('counts a State whose withdrawal is pending, and not one that has withdrawn', () => {
    expect(obligationStatements(history, facts, calendarDate('2025-12-26')).stockpileCompleted).toEqual(['E00', 'ZZB']);
    expect(obligationStatements(history, facts, calendarDate('2025-12-27')).stockpileCompleted).toEqual(['E00']);
  });

  it('counts a stockpile destroyed late, or at a time the record dates only to a year spanning the deadline, as destroyed', () => {
    const late = [anIndicator('E00', 'art4-completed', { from: '2004-05-01' }), anIndicator('E01', 'art4-completed', { from: '2003' }), anIndicator('E02', 'stockpiled', { from: '1998', until: '2003-02-01' })];
    expect(obligationStatements(history, late, calendarDate('2010-01-01')).stockpileCompleted).toEqual(['E00', 'E01', 'E02']);
    expect(obligationStatements(history, [anIndicator('E03', 'art5-completed', { from: '2009' }), anIndicator('E04', 'art5-completed', { from: '2010-01-01' })], calendarDate('2011-01-01')).clearanceCompleted).toEqual(['E03', 'E04']);
  });

  it('counts only the States in force on the date', () => {
    expect(obligationStatements(history, facts, calendarDate('1999-02-28'))).toEqual({ stockpileCompleted: [], stockpilePast: [], clearanceCompleted: [] });
  });
});
