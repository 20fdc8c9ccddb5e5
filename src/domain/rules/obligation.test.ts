import { describe, expect, it } from 'vitest';
import { anIndicator } from '../../../test/builders.js';
import { apmbc } from '../../treaties/apmbc.js';
import { calendarDate } from '../calendar-date.js';
import { factDate } from '../fact-date.js';
import { deadlineInForce, extensionsGranted, laterOf, sourcesOf, timeliness } from './obligation.js';

const deadline = calendarDate('2003-03-01');
const { basis, extensionBasis, extensionKind } = apmbc.obligations.clearance;

describe('how a completion stands against its deadline, at the precision the record dates it', () => {
  it('is met on the deadline itself, and late from the day after', () => {
    expect(timeliness(factDate('2003-03-01'), deadline)).toBe('met');
    expect(timeliness(factDate('2003-03-02'), deadline)).toBe('met-late');
  });

  it('is of unknown timing when a month or year spans the deadline, and late when it begins after', () => {
    expect(timeliness(factDate('2003-03'), deadline)).toBe('met-timing-unknown');
    expect(timeliness(factDate('2003'), deadline)).toBe('met-timing-unknown');
    expect(timeliness(factDate('2003-02'), deadline)).toBe('met');
    expect(timeliness(factDate('2004'), deadline)).toBe('met-late');
  });
});

describe('the later of two fact dates', () => {
  it('takes the later first day, and the more precise of two that start the same day', () => {
    expect(laterOf(factDate('2003-05-01'), factDate('2003-04-30'))).toBe('2003-05-01');
    expect(laterOf(factDate('2003-04-30'), factDate('2003-05-01'))).toBe('2003-05-01');
    expect(laterOf(factDate('2003'), factDate('2003-01-01'))).toBe('2003-01-01');
    expect(laterOf(factDate('2003-01-01'), factDate('2003'))).toBe('2003-01-01');
    expect(laterOf(null, factDate('2003'))).toBe('2003');
    expect(laterOf(factDate('2003'), null)).toBe('2003');
  });
});

describe('the sources of an answer', () => {
  it('splits each fact\'s sources, trims them, drops empty ones and names each once', () => {
    const facts = [anIndicator('AAA', 'affected', { source: 'https://a.org ; https://b.org ' }), anIndicator('AAA', 'affected', { source: 'https://b.org ;  ; https://c.org' })];
    expect(sourcesOf(facts)).toEqual(['https://a.org', 'https://b.org', 'https://c.org']);
  });
});

describe('extensions of a deadline (APMBC Art. 5(3))', () => {
  const extension = (value: string | null, from: string | null, reported = '2024') => anIndicator('AAA', extensionKind, { value, from, reported, note: `to ${value}` });

  it('keeps those of the kind, with a deadline, decided by the date, in the order decided', () => {
    const facts = [extension('2012-03-01', '2011-12-02'), extension('2009-03-01', '2008-11-28'), extension(null, '2008-11-28'), anIndicator('AAA', 'art5-deadline', { value: '2009-03-01', from: '1999' }), extension('2020-03-01', '2019-11-29')];
    expect(extensionsGranted(facts, extensionKind, calendarDate('2019-11-28')).map((e) => e.deadline)).toEqual(['2009-03-01', '2012-03-01']);
    expect(extensionsGranted(facts, extensionKind, calendarDate('2019-11-29')).map((e) => e.deadline)).toEqual(['2009-03-01', '2012-03-01', '2020-03-01']);
  });

  it('dates an extension with no decision date by its report, and orders those of one day by deadline', () => {
    const facts = [extension('2014-03-01', null, '2011'), extension('2013-03-01', '2011-01-01')];
    const granted = extensionsGranted(facts, extensionKind, calendarDate('2011-06-01'));
    expect(granted.map((e) => [e.decided, e.deadline])).toEqual([['2011-01-01', '2013-03-01'], ['2011', '2014-03-01']]);
    expect(granted[0]).toMatchObject({ source: 'https://example.org/indicator', note: 'to 2013-03-01' });
  });

  it('puts the last granted in force, never earlier than the original, and cites the decision', () => {
    const original = calendarDate('2009-03-01');
    const ext = { kind: extensionKind, basis: extensionBasis };
    expect(deadlineInForce(original, [], basis, ext)).toEqual({ deadline: original, basis: [basis] });
    const [earlier] = extensionsGranted([extension('2009-03-01', '2008-11-28')], extensionKind, calendarDate('2010-01-01'));
    expect(deadlineInForce(original, [earlier!], basis, ext)).toEqual({ deadline: original, basis: [basis] });
    const [later] = extensionsGranted([extension('2009-03-02', '2008-11-28')], extensionKind, calendarDate('2010-01-01'));
    expect(deadlineInForce(original, [later!], basis, ext)).toEqual({ deadline: '2009-03-02', basis: [basis, extensionBasis, { kind: 'record', field: extensionKind, note: 'to 2009-03-02' }] });
  });
});
