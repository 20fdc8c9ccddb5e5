import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { calendarDate } from './calendar-date.js';
import { buildHistory } from './history.js';
import type { Action, State } from './record.js';
import { stateDetail } from './state-summary.js';
import { statusOn } from './status.js';

function treatyWith(states: State[], actions: Action[]) {
  const early = earlyRatifiers(40, '1998-06-01');
  return buildHistory(aRecord([...early.states, ...states], [...early.actions, ...actions]), apmbc);
}

const statusOf = (treaty: ReturnType<typeof treatyWith>, iso3: string, date: string) =>
  statusOn(treaty.byIso3.get(iso3)!, calendarDate(date));

describe('status on a date', () => {
  const treaty = treatyWith(
    [aState({ iso3: 'AUS' }), aState({ iso3: 'USA' }), aState({ iso3: 'MHL' }), aState({ iso3: 'EST' }), aState({ iso3: 'UKR' })],
    [
      anAction('AUS', '1997-12-03', { kind: 'signature' }),
      anAction('AUS', '1999-01-14', { kind: 'ratification' }),
      anAction('MHL', '1997-12-04', { kind: 'signature' }),
      anAction('EST', '2004-05-12', { kind: 'accession' }),
      anAction('EST', '2025-06-27', { kind: 'withdrawal' }),
      anAction('UKR', '1999-02-24', { kind: 'signature' }),
      anAction('UKR', '2005-12-27', { kind: 'ratification' }),
      anAction('UKR', '2030-01-10', { kind: 'withdrawal', effectSuspended: true }),
    ],
  );

  it('moves a signatory through pending entry into force to party', () => {
    expect(statusOf(treaty, 'AUS', '1997-12-02')).toBe('non-party');
    expect(statusOf(treaty, 'AUS', '1997-12-03')).toBe('signatory');
    expect(statusOf(treaty, 'AUS', '1999-01-14')).toBe('pending-entry-into-force');
    expect(statusOf(treaty, 'AUS', '1999-06-30')).toBe('pending-entry-into-force');
    expect(statusOf(treaty, 'AUS', '1999-07-01')).toBe('party');
  });

  it('keeps a State that never signed a non-party', () => {
    expect(statusOf(treaty, 'USA', '2025-01-01')).toBe('non-party');
  });

  it('keeps a withdrawing State bound until the withdrawal takes effect', () => {
    expect(statusOf(treaty, 'EST', '2025-06-26')).toBe('party');
    expect(statusOf(treaty, 'EST', '2025-06-27')).toBe('withdrawal-pending');
    expect(statusOf(treaty, 'EST', '2025-12-26')).toBe('withdrawal-pending');
    expect(statusOf(treaty, 'EST', '2025-12-27')).toBe('withdrawn');
  });

  it('keeps a State whose withdrawal is suspended by armed conflict bound indefinitely', () => {
    expect(statusOf(treaty, 'UKR', '2040-01-01')).toBe('withdrawal-pending');
    const detail = stateDetail(treaty, treaty.byIso3.get('UKR')!, calendarDate('2040-01-01'));
    expect(detail?.withdrawal).toEqual({ deposited: '2030-01-10', effective: null, suspended: true });
  });

  it('does not list a State before it exists', () => {
    const withSouthSudan = treatyWith(
      [aState({ iso3: 'SSD', existsFrom: calendarDate('2011-07-09') })],
      [anAction('SSD', '2011-11-11', { kind: 'succession', effectiveDate: '2011-07-09' })],
    );
    expect(statusOf(withSouthSudan, 'SSD', '2011-07-08')).toBeNull();
    expect(statusOf(withSouthSudan, 'SSD', '2011-07-09')).toBe('non-party');
    expect(statusOf(withSouthSudan, 'SSD', '2011-11-11')).toBe('party');
  });

  it('can rejoin after a withdrawal took effect', () => {
    const rejoined = treatyWith(
      [aState({ iso3: 'REJ' })],
      [
        anAction('REJ', '2000-01-05', { kind: 'accession' }),
        anAction('REJ', '2010-01-05', { kind: 'withdrawal' }),
        anAction('REJ', '2015-03-20', { kind: 'accession' }),
      ],
    );
    expect(statusOf(rejoined, 'REJ', '2012-01-01')).toBe('withdrawn');
    expect(statusOf(rejoined, 'REJ', '2015-04-01')).toBe('pending-entry-into-force');
    expect(statusOf(rejoined, 'REJ', '2015-09-01')).toBe('party');
  });
});

describe('what the record said as it stood on a date', () => {
  it('gives no entry-into-force date before the 40th instrument was deposited', () => {
    const treaty = treatyWith([aState({ iso3: 'AUS' })], [anAction('AUS', '1998-02-01', { kind: 'ratification' })]);
    const early = stateDetail(treaty, treaty.byIso3.get('AUS')!, calendarDate('1998-03-01'));
    expect(early?.entryIntoForce).toBeNull();
    const later = stateDetail(treaty, treaty.byIso3.get('AUS')!, calendarDate('1998-07-01'));
    expect(later).toMatchObject({ entryIntoForce: '1998-12-01', entryIntoForceBasis: 'Art. 17(1)' });
  });

  it('hides actions after the date', () => {
    const treaty = treatyWith([aState({ iso3: 'AUS' })], [anAction('AUS', '1999-01-14', { kind: 'accession' })]);
    const detail = stateDetail(treaty, treaty.byIso3.get('AUS')!, calendarDate('1998-12-31'));
    expect(detail).toMatchObject({ status: 'non-party', consent: null, actions: [] });
  });
});
