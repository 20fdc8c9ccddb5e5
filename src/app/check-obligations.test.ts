import { describe, expect, it } from 'vitest';
import { aRecord, anIndicator, earlyRatifiers } from '../../test/builders.js';
import { buildHistory } from '../domain/history.js';
import type { Indicator } from '../domain/record.js';
import { apmbc } from '../treaties/apmbc.js';
import { ccm } from '../treaties/ccm.js';
import { checkObligations } from './check-obligations.js';

// 40 States ratify on 5 Jan 1998: in force for them on 1 March 1999, clearance due 1 March 2009.
const { states, actions } = earlyRatifiers(40, '1998-01-05');
const history = buildHistory(aRecord(states, actions), apmbc);
const iso3 = states[0]!.iso3;

function problems(facts: Indicator[]): string[] {
  const found: string[] = [];
  checkObligations(history, facts, (_, field, rule) => found.push(`${field}:${rule}`));
  return found;
}

describe('checks on the facts behind obligations', () => {
  it('accepts extensions that each move the deadline later', () => {
    const facts = [anIndicator(iso3, 'art5-extension', { value: '2014-03-01', from: '2008' }), anIndicator(iso3, 'art5-extension', { value: '2019-03-01', from: '2013-12-05' })];
    expect(problems(facts)).toEqual([]);
  });

  it('rejects an extension to a date no later than the deadline it extends', () => {
    const facts = [anIndicator(iso3, 'art5-extension', { value: '2014-03-01', from: '2008' }), anIndicator(iso3, 'art5-extension', { value: '2012-01-01', from: '2010' })];
    expect(problems(facts)).toEqual(['value:extends-later']);
  });

  it('rejects a clearance completion before entry into force, and a stated deadline the period does not give', () => {
    expect(problems([anIndicator(iso3, 'art5-completed', { from: '1998-06-01' })])).toEqual(['from:after-entry-into-force']);
    expect(problems([anIndicator(iso3, 'art5-deadline', { value: '2009-06-01' })])).toEqual(['value:original-deadline']);
  });

  it('rejects a report that does not say which report it is', () => {
    expect(problems([anIndicator(iso3, 'art7-report', { value: 'annual', from: '2000-04-30' })])).toEqual(['value:report']);
    expect(problems([anIndicator(iso3, 'art7-report', { value: '1999', from: '2000-04-30' })])).toEqual([]);
  });

  it('holds a stockpile extension, where the treaty allows one, to the same rule', () => {
    const ccmHistory = buildHistory(aRecord(states, actions), ccm);
    const found: string[] = [];
    const early = anIndicator(iso3, 'stockpile-extension', { treaty: 'ccm', value: '2006-01-01', from: '2005' });
    checkObligations(ccmHistory, [early, anIndicator(iso3, 'stockpile-extension', { treaty: 'ccm', value: '2011-03-01', from: '2006' })], (_, field, rule) => found.push(`${field}:${rule}`));
    expect(found).toEqual(['value:extends-later']);
  });
});
