import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, earlyRatifiers } from '../../../test/builders.js';
import { apmbc } from '../../treaties/apmbc.js';
import { buildHistory } from '../history.js';
import type { ConsentAction } from '../record.js';
import { generalEntryIntoForce, stateEntryIntoForce } from './entry-into-force.js';

/** 39 early ratifiers, then the 40th on 16 September 1998. */
function fortyInstruments() {
  const early = earlyRatifiers(39, '1998-06-01');
  const fortieth = aState({ iso3: 'BFA' });
  return {
    states: [...early.states, fortieth],
    actions: [...early.actions, anAction('BFA', '1997-12-03', { kind: 'signature' }), anAction('BFA', '1998-09-16', { kind: 'ratification' })],
  };
}

const consentOf = (action: ReturnType<typeof anAction>) => action as ConsentAction;

describe('general entry into force (Art. 17(1))', () => {
  it('is the first day of the sixth month after the month of the 40th instrument', () => {
    const { actions } = fortyInstruments();
    const result = generalEntryIntoForce(actions.filter((a) => a.kind === 'ratification') as ConsentAction[], apmbc);
    expect(result.value?.date).toBe('1999-03-01');
    expect(result.value?.thresholdDate).toBe('1998-09-16');
    expect(result.value?.thresholdDayInstruments.map((c) => c.iso3)).toEqual(['BFA']);
    expect(result.basis).toEqual([expect.objectContaining({ article: '17', paragraph: '1' })]);
  });

  it('is unknown while fewer than 40 instruments are on record', () => {
    const { actions } = earlyRatifiers(39, '1998-06-01');
    expect(generalEntryIntoForce(actions.filter((a) => a.kind === 'ratification') as ConsentAction[], apmbc).value).toBeNull();
  });
});

describe('entry into force for a State (Art. 17(2))', () => {
  const { actions } = fortyInstruments();
  const general = generalEntryIntoForce(actions.filter((a) => a.kind === 'ratification') as ConsentAction[], apmbc).value;

  it('gives the general date to a State that deposited before the 40th instrument', () => {
    const result = stateEntryIntoForce(consentOf(anAction('CAN', '1997-12-03', { kind: 'ratification' })), general, apmbc);
    expect(result).toEqual({ value: '1999-03-01', basis: [expect.objectContaining({ article: '17', paragraph: '1' })] });
  });

  it('enters into force on the first day of the sixth month after deposit', () => {
    const result = stateEntryIntoForce(consentOf(anAction('AUS', '1999-01-14', { kind: 'ratification' })), general, apmbc);
    expect(result).toEqual({ value: '1999-07-01', basis: [expect.objectContaining({ article: '17', paragraph: '2' })] });
  });

  it('gives a State that deposited after the 40th instrument but before 1 March 1999 its own, later date', () => {
    const result = stateEntryIntoForce(consentOf(anAction('XXX', '1998-10-15', { kind: 'ratification' })), general, apmbc);
    expect(result.value).toBe('1999-04-01');
    expect(result.basis).toEqual([expect.objectContaining({ paragraph: '2' })]);
  });

  it('applies Art. 17(2) to Japan, whose acceptance of 30 September 1998 still gives 1 March 1999', () => {
    const result = stateEntryIntoForce(consentOf(anAction('JPN', '1998-09-30', { kind: 'acceptance' })), general, apmbc);
    expect(result).toEqual({ value: '1999-03-01', basis: [expect.objectContaining({ paragraph: '2' })] });
  });

  it('takes a succession from the date the depositary gives, not from Art. 17', () => {
    const succession = consentOf(anAction('SSD', '2011-11-11', { kind: 'succession', effectiveDate: '2011-07-09' }));
    const result = stateEntryIntoForce(succession, general, apmbc);
    expect(result).toEqual({ value: '2011-07-09', basis: [expect.objectContaining({ kind: 'record', field: 'effectiveDate' })] });
  });

  it('never lets a succession take effect before the treaty itself entered into force', () => {
    // A successor of a State that ratified in 1998, with effect from a date before 1 March 1999.
    const early = consentOf(anAction('SSD', '1999-06-01', { kind: 'succession', effectiveDate: '1998-10-01' }));
    const result = stateEntryIntoForce(early, general, apmbc);
    expect(result.value).toBe('1999-03-01');
    expect(result.basis).toEqual([expect.objectContaining({ kind: 'record', field: 'effectiveDate' }), expect.objectContaining({ paragraph: '1' })]);
  });

  it('takes a succession effective on the very day of general entry into force from the record alone', () => {
    const onTheDay = consentOf(anAction('SSD', '1999-06-01', { kind: 'succession', effectiveDate: '1999-03-01' }));
    expect(stateEntryIntoForce(onTheDay, general, apmbc)).toEqual({ value: '1999-03-01', basis: [expect.objectContaining({ kind: 'record', field: 'effectiveDate' })] });
  });

  it('treats instruments deposited on the same day as the 40th as not after it', () => {
    const { states, actions: forty } = fortyInstruments();
    const history = buildHistory(aRecord([...states, aState({ iso3: 'SEN' })], [...forty, anAction('SEN', '1998-09-16', { kind: 'accession' })]), apmbc);
    const senegal = history.byIso3.get('SEN')?.episodes[0]?.entryIntoForce;
    expect(senegal).toEqual({ value: '1999-03-01', basis: [expect.objectContaining({ paragraph: '1' })] });
  });
});
