import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, earlyRatifiers } from '../../../test/builders.js';
import { apmbc } from '../../treaties/apmbc.js';
import { ccm } from '../../treaties/ccm.js';
import { calendarDate } from '../calendar-date.js';
import { buildHistory } from '../history.js';
import type { Action, State } from '../record.js';
import type { TreatyRules } from '../treaty.js';
import { recordViolations } from './validity.js';

const today = calendarDate('2026-11-26');

/** The rules found against the States other than the 40 early ratifiers. */
function violations(states: State[], actions: Action[], rules: TreatyRules = apmbc) {
  const early = earlyRatifiers(40, '1998-06-01');
  const history = buildHistory(aRecord([...early.states, ...states], [...early.actions, ...actions]), rules);
  return recordViolations(history, today).map((v) => `${v.iso3} ${v.rule}: ${v.message}`);
}

describe('what adherence check refuses (APMBC Arts. 15, 16, 18, 20)', () => {
  it('refuses a second signature', () => {
    expect(violations([aState({ iso3: 'AAA' })], [anAction('AAA', '1997-12-03', { kind: 'signature' }), anAction('AAA', '1998-01-05', { kind: 'signature' })])).toEqual([
      'AAA one-signature: a second signature on 1998-01-05',
    ]);
  });

  it('accepts an action on the day the State begins to count as one, not the day before', () => {
    const state = aState({ iso3: 'SSD', existsFrom: calendarDate('2011-07-09') });
    expect(violations([state], [anAction('SSD', '2011-07-09', { kind: 'accession' })])).toEqual([]);
    expect(violations([state], [anAction('SSD', '2011-07-08', { kind: 'accession' })])).toEqual(['SSD state-exists: accession dated 2011-07-08 is before SSD counts as a State (2011-07-09)']);
  });

  it('lets a State that withdrew join again, by accession even if it once signed', () => {
    const actions = [
      anAction('AAA', '1997-12-03', { kind: 'signature' }),
      anAction('AAA', '1999-01-14', { kind: 'ratification' }),
      anAction('AAA', '2020-01-10', { kind: 'withdrawal' }),
      anAction('AAA', '2021-03-01', { kind: 'accession' }),
    ];
    expect(violations([aState({ iso3: 'AAA' })], actions)).toEqual([]);
  });

  it('refuses a new consent while a withdrawal has not yet taken effect on the day of the check', () => {
    const actions = [anAction('AAA', '1999-01-14', { kind: 'accession' }), anAction('AAA', '2026-09-01', { kind: 'withdrawal' }), anAction('AAA', '2026-10-01', { kind: 'accession' })];
    expect(violations([aState({ iso3: 'AAA' })], actions)).toEqual(['AAA one-consent: accession on 2026-10-01 while already bound (no withdrawal took effect before it)']);
  });

  it('judges a new consent by its own date: refused while the withdrawal was still pending then, though it has taken effect by today', () => {
    // Withdrawal received 10 Jan 2020 takes effect on 10 Jul 2020 (Art. 20(3)): on 1 Mar 2020 the State was still bound.
    const withdrew = [anAction('AAA', '1997-12-03', { kind: 'signature' }), anAction('AAA', '1999-01-14', { kind: 'ratification' }), anAction('AAA', '2020-01-10', { kind: 'withdrawal' })];
    expect(violations([aState({ iso3: 'AAA' })], [...withdrew, anAction('AAA', '2020-03-01', { kind: 'accession' })])).toEqual([
      'AAA one-consent: accession on 2020-03-01 while already bound (no withdrawal took effect before it)',
      'AAA Art. 16: accession on 2020-03-01 by a signatory (accession is for States that did not sign)',
    ]);
    expect(violations([aState({ iso3: 'AAA' })], [...withdrew, anAction('AAA', '2020-07-09', { kind: 'accession' })])).toEqual([
      'AAA one-consent: accession on 2020-07-09 while already bound (no withdrawal took effect before it)',
      'AAA Art. 16: accession on 2020-07-09 by a signatory (accession is for States that did not sign)',
    ]);
    // From the day the withdrawal takes effect the State is free to join again, by accession.
    expect(violations([aState({ iso3: 'AAA' })], [...withdrew, anAction('AAA', '2020-07-10', { kind: 'accession' })])).toEqual([]);
  });

  it('judges a second withdrawal by the second consent: refused before that consent has brought the treaty into force again', () => {
    // Re-accession on 1 Mar 2021 enters into force on 1 Sep 2021 (Art. 17(2)); a withdrawal on 1 Jun 2021 comes before it.
    const actions = [
      anAction('AAA', '1999-01-14', { kind: 'accession' }),
      anAction('AAA', '2020-01-10', { kind: 'withdrawal' }),
      anAction('AAA', '2021-03-01', { kind: 'accession' }),
      anAction('AAA', '2021-06-01', { kind: 'withdrawal' }),
    ];
    expect(violations([aState({ iso3: 'AAA' })], actions)).toEqual(['AAA Art. 20(3): withdrawal on 2021-06-01 by a State for which the treaty was not in force']);
  });

  it('judges a consent after a second withdrawal by that withdrawal, not the first', () => {
    const actions = [
      anAction('AAA', '1999-01-14', { kind: 'accession' }),
      anAction('AAA', '2020-01-10', { kind: 'withdrawal' }),
      anAction('AAA', '2021-03-01', { kind: 'accession' }),
      anAction('AAA', '2022-01-10', { kind: 'withdrawal' }),
      anAction('AAA', '2022-03-01', { kind: 'accession' }),
    ];
    expect(violations([aState({ iso3: 'AAA' })], actions)).toEqual(['AAA one-consent: accession on 2022-03-01 while already bound (no withdrawal took effect before it)']);
  });

  it('accepts a succession from the day its predecessor consented, and refuses one from before, or from a predecessor that only signed', () => {
    const states = [aState({ iso3: 'PRE' }), aState({ iso3: 'SUC', predecessor: 'PRE' })];
    const pre = [anAction('PRE', '1997-12-03', { kind: 'signature' }), anAction('PRE', '2000-05-01', { kind: 'ratification' })];
    expect(violations(states, [...pre, anAction('SUC', '2007-01-01', { kind: 'succession', effectiveDate: '2000-05-01' })])).toEqual([]);
    expect(violations(states, [...pre, anAction('SUC', '2007-01-01', { kind: 'succession', effectiveDate: '2000-04-30' })])).toEqual([
      'SUC succession: succession on 2007-01-01 but no predecessor in the record had consented by 2000-04-30',
    ]);
    expect(violations(states, [pre[0]!, anAction('SUC', '2007-01-01', { kind: 'succession', effectiveDate: '2006-01-01' })])).toEqual([
      'SUC succession: succession on 2007-01-01 but no predecessor in the record had consented by 2006-01-01',
    ]);
  });

  it('accepts a declaration and a declaration of provisional application (Art. 18)', () => {
    const actions = [anAction('AAA', '1998-02-01', { kind: 'accession' }), anAction('AAA', '1998-02-01', { kind: 'provisional-application' }), anAction('AAA', '1998-02-01', { kind: 'declaration' }), anAction('AAA', '1998-02-01', { kind: 'territorial-application' })];
    expect(violations([aState({ iso3: 'AAA' })], actions)).toEqual([]);
  });

  it('refuses under a treaty that allows neither a suspended withdrawal nor provisional application', () => {
    const strict: TreatyRules = { ...apmbc, withdrawal: { ...apmbc.withdrawal, suspendedByArmedConflict: false }, provisionalApplication: { ...apmbc.provisionalApplication, allowed: false } };
    const actions = [anAction('AAA', '1998-02-01', { kind: 'accession' }), anAction('AAA', '1998-02-01', { kind: 'provisional-application' }), anAction('AAA', '2025-07-18', { kind: 'withdrawal', effectSuspended: true })];
    expect(violations([aState({ iso3: 'AAA' })], actions, strict)).toEqual([
      'AAA Art. 18: this treaty provides no provisional application',
      'AAA Art. 20(3): this treaty does not suspend withdrawals during armed conflict',
    ]);
    expect(violations([aState({ iso3: 'AAA' })], actions)).toEqual([]);
  });

  it('keeps a signature open until entry into force only where the treaty says so', () => {
    const open: TreatyRules = { ...apmbc, signature: { ...apmbc.signature, closesAtEntryIntoForce: false } };
    const actions = [anAction('AAA', '2000-01-03', { kind: 'signature' })];
    expect(violations([aState({ iso3: 'AAA' })], actions, open)).toEqual([]);
    expect(violations([aState({ iso3: 'AAA' })], actions)).toEqual(['AAA Art. 15: signature on 2000-01-03 is after signature closed at entry into force (1998-12-01)']);
  });
});

describe('what adherence check refuses under the Convention on Cluster Munitions (Arts. 15, 16, 18)', () => {
  // 30 instruments deposited by 1 June 2009: the Convention enters into force on 1 December 2009 (Art. 17(1)).
  const early = earlyRatifiers(30, '2009-06-01');
  const ofAaa = (actions: Action[]) => {
    const history = buildHistory(aRecord([...early.states, aState({ iso3: 'AAA' })], [...early.actions, ...actions]), ccm);
    return recordViolations(history, today).filter((v) => v.iso3 === 'AAA').map((v) => `${v.rule}: ${v.message}`);
  };

  it('refuses a ratification by a State that did not sign, and an accession by one that did (Art. 16)', () => {
    expect(ofAaa([anAction('AAA', '2010-01-05', { kind: 'ratification' })])).toEqual(['Art. 16: ratification on 2010-01-05 by a State that had not signed (only signatories ratify, accept or approve)']);
    expect(ofAaa([anAction('AAA', '2008-12-03', { kind: 'signature' }), anAction('AAA', '2010-01-05', { kind: 'accession' })])).toEqual([
      'Art. 16: accession on 2010-01-05 by a signatory (accession is for States that did not sign)',
    ]);
  });

  it('closes signature when the Convention enters into force (Art. 15)', () => {
    expect(ofAaa([anAction('AAA', '2009-11-30', { kind: 'signature' })])).toEqual([]);
    expect(ofAaa([anAction('AAA', '2009-12-01', { kind: 'signature' })])).toEqual(['Art. 15: signature on 2009-12-01 is after signature closed at entry into force (2009-12-01)']);
  });

  it('accepts a declaration of provisional application (Art. 18)', () => {
    expect(ofAaa([anAction('AAA', '2010-01-05', { kind: 'accession' }), anAction('AAA', '2010-01-05', { kind: 'provisional-application' })])).toEqual([]);
  });
});
