import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { calendarDate } from './calendar-date.js';
import { isCounted } from './counting-basis.js';
import { groupCoverage, groupSentence, type GroupCoverage } from './groups.js';
import { buildHistory } from './history.js';

/** 40 early ratifiers in region 150 / sub-region 155; then a small region 002 of four States. */
function africa() {
  const early = earlyRatifiers(40, '1998-06-01');
  const states = [
    aState({ iso3: 'AAA', region: '002', subRegion: '202', intermediateRegion: '014' }),
    aState({ iso3: 'BBB', region: '002', subRegion: '202', intermediateRegion: null }),
    aState({ iso3: 'CCC', region: '002', subRegion: '015' }),
    aState({ iso3: 'DDD', region: '002', subRegion: '015', existsFrom: calendarDate('2011-07-09') }),
  ];
  const actions = [
    anAction('AAA', '1999-05-10', { kind: 'accession' }),
    anAction('BBB', '2000-01-03', { kind: 'accession' }),
    anAction('BBB', '2010-01-04', { kind: 'withdrawal' }),
  ];
  return buildHistory(aRecord([...early.states, ...states], [...early.actions, ...actions]), apmbc);
}

const byCode = (groups: readonly GroupCoverage[], code: string) => groups.find((g) => g.code === code);

describe('group coverage on a date (UN M49 regions)', () => {
  it('counts the members that exist on the date, those that joined, the exceptions and those withdrawn with the date', () => {
    const groups = groupCoverage(africa(), calendarDate('2010-07-04'));
    expect(byCode(groups, '002')).toEqual({
      code: '002', kind: 'region', parent: null, members: 3, formallyAccepted: 1, exceptions: ['CCC'], withdrawn: [{ iso3: 'BBB', effective: '2010-07-04' }],
    });
    expect(byCode(groups, '202')).toMatchObject({ kind: 'sub-region', parent: '002', members: 2, formallyAccepted: 1, exceptions: [] });
    expect(byCode(groups, '014')).toMatchObject({ kind: 'intermediate-region', parent: '202', members: 1, formallyAccepted: 1 });
    expect(groups.map((g) => g.code)).toEqual(['002', '150', '015', '155', '202', '014']);
  });

  it('keeps a withdrawing State among those that joined until its withdrawal takes effect', () => {
    const groups = groupCoverage(africa(), calendarDate('2010-07-03'));
    expect(byCode(groups, '002')).toMatchObject({ members: 3, formallyAccepted: 2, exceptions: ['CCC'], withdrawn: [] });
  });

  it('gives a State that withdrew, joined again and withdrew again the date of the withdrawal in effect on the date', () => {
    const early = earlyRatifiers(40, '1998-06-01');
    const actions = [
      anAction('AAA', '2000-01-03', { kind: 'accession' }),
      anAction('AAA', '2005-01-10', { kind: 'withdrawal' }),
      anAction('AAA', '2007-03-01', { kind: 'accession' }),
      anAction('AAA', '2009-01-10', { kind: 'withdrawal' }),
      anAction('AAA', '2012-03-01', { kind: 'accession' }),
      anAction('AAA', '2014-01-10', { kind: 'withdrawal', effectSuspended: true }),
    ];
    const treaty = buildHistory(aRecord([...early.states, aState({ iso3: 'AAA', region: '002', subRegion: '015' })], [...early.actions, ...actions]), apmbc);
    expect(byCode(groupCoverage(treaty, calendarDate('2006-01-01')), '002')?.withdrawn).toEqual([{ iso3: 'AAA', effective: '2005-07-10' }]);
    expect(byCode(groupCoverage(treaty, calendarDate('2010-01-01')), '002')?.withdrawn).toEqual([{ iso3: 'AAA', effective: '2009-07-10' }]);
  });

  it('counts a State only from the day it exists', () => {
    expect(byCode(groupCoverage(africa(), calendarDate('2011-07-08')), '015')).toMatchObject({ members: 1, exceptions: ['CCC'] });
    expect(byCode(groupCoverage(africa(), calendarDate('2011-07-09')), '015')).toMatchObject({ members: 2, exceptions: ['CCC', 'DDD'] });
  });
});

describe('how a group reads in a sentence', () => {
  const group = (formallyAccepted: number, exceptions: number): GroupCoverage => ({
    code: '019', kind: 'region', parent: null, members: formallyAccepted + exceptions, formallyAccepted, exceptions: Array.from({ length: exceptions }, (_, i) => `X${i}`), withdrawn: [],
  });

  it('is complete with no exception', () => {
    expect(groupSentence(group(5, 0)).kind).toBe('complete');
  });

  it('names up to three exceptions when at least three times as many joined', () => {
    expect(groupSentence(group(3, 1)).kind).toBe('all-but');
    expect(groupSentence(group(9, 3)).kind).toBe('all-but');
    expect(groupSentence(group(8, 3)).kind).toBe('counted');
    expect(groupSentence(group(2, 1)).kind).toBe('counted');
    expect(groupSentence(group(30, 4)).kind).toBe('counted');
  });
});

describe('which States a count counts', () => {
  const member = aState({ iso3: 'AAA', unMemberFrom: calendarDate('2011-07-14') });
  const never = aState({ iso3: 'NIU', unMemberFrom: null });

  it('counts every State under all-states', () => {
    expect(isCounted('all-states', never, 'non-party', calendarDate('2000-01-01'))).toBe(true);
  });

  it('counts UN Member States from the day they joined the UN', () => {
    expect(isCounted('un-members', member, 'party', calendarDate('2011-07-13'))).toBe(false);
    expect(isCounted('un-members', member, 'non-party', calendarDate('2011-07-14'))).toBe(true);
    expect(isCounted('un-members', never, 'party', calendarDate('2011-07-14'))).toBe(false);
  });

  it('adds the States that are not UN Members while they have formally accepted the treaty', () => {
    for (const status of ['pending-entry-into-force', 'party', 'withdrawal-pending'] as const) {
      expect(isCounted('un-members-and-parties', never, status, calendarDate('2000-01-01'))).toBe(true);
    }
    for (const status of ['non-party', 'signatory', 'withdrawn'] as const) {
      expect(isCounted('un-members-and-parties', never, status, calendarDate('2000-01-01'))).toBe(false);
    }
    expect(isCounted('un-members-and-parties', member, 'non-party', calendarDate('2011-07-14'))).toBe(true);
    expect(isCounted('un-members-and-parties', member, 'non-party', calendarDate('2011-07-13'))).toBe(false);
  });
});
