import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aRecord, aState, anAction, earlyRatifiers } from '../../test/builders.js';
import { apmbc } from '../treaties/apmbc.js';
import { ccm } from '../treaties/ccm.js';
import { addDays, calendarDate, fromDayNumber, toDayNumber, type CalendarDate } from './calendar-date.js';
import { allChanges, changesBetween, type Change } from './changes.js';
import { buildHistory } from './history.js';

const depositary = 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26';
const cnPdf = (cn: string) => `https://treaties.un.org/doc/Publication/CN/2025/CN.${cn}.2025-Eng.pdf`;
const withdrawal = (iso3: string, date: string, effectiveDate: string, cn: string) =>
  anAction(iso3, date, { kind: 'withdrawal', effectiveDate, cn: `C.N.${cn}.2025.TREATIES-XXVI.5`, source: `${depositary} ; ${cnPdf(cn)}` });

// The Mine Ban Convention's record in brief: 38 early instruments, then the two of 16 September
// 1998 (the 40th), a later deposit, and the withdrawals of 2025.
const mineBan = buildHistory(
  aRecord(
    [
      ...earlyRatifiers(38, '1998-06-01').states,
      aState({ iso3: 'BFA', name: 'Burkina Faso' }),
      aState({ iso3: 'GNQ', name: 'Equatorial Guinea' }),
      aState({ iso3: 'DEU', name: 'Germany' }),
      aState({ iso3: 'AUS', name: 'Australia' }),
      aState({ iso3: 'EST', name: 'Estonia' }),
      aState({ iso3: 'FIN', name: 'Finland' }),
      aState({ iso3: 'LVA', name: 'Latvia' }),
      aState({ iso3: 'LTU', name: 'Lithuania' }),
      aState({ iso3: 'POL', name: 'Poland' }),
      aState({ iso3: 'UKR', name: 'Ukraine' }),
    ],
    [
      ...earlyRatifiers(38, '1998-06-01').actions,
      anAction('BFA', '1997-12-03', { kind: 'signature', source: depositary }),
      anAction('BFA', '1998-09-16', { kind: 'ratification', source: depositary }),
      anAction('GNQ', '1998-09-16', { kind: 'accession', source: depositary }),
      anAction('DEU', '1998-07-23', { kind: 'ratification', source: depositary }),
      anAction('AUS', '1999-01-14', { kind: 'ratification', source: depositary }),
      anAction('EST', '2004-05-12', { kind: 'accession' }),
      anAction('FIN', '2012-01-09', { kind: 'accession' }),
      anAction('LVA', '2005-07-01', { kind: 'accession' }),
      anAction('LTU', '2003-05-12', { kind: 'ratification' }),
      anAction('POL', '2012-12-27', { kind: 'ratification' }),
      anAction('UKR', '2005-12-27', { kind: 'ratification' }),
      withdrawal('EST', '2025-06-27', '2025-12-27', '360'),
      withdrawal('LVA', '2025-06-27', '2025-12-27', '361'),
      withdrawal('LTU', '2025-06-27', '2025-12-27', '362'),
      withdrawal('FIN', '2025-07-10', '2026-01-10', '372'),
      withdrawal('POL', '2025-08-20', '2026-02-20', '421'),
      // Not the record's: a withdrawal whose effect an armed conflict suspends, as Art. 20(3) allows.
      anAction('UKR', '2030-01-10', { kind: 'withdrawal', effectSuspended: true }),
    ],
  ),
  apmbc,
);

const between = (from: string, to: string) => changesBetween(mineBan, calendarDate(from), calendarDate(to));
const brief = (changes: readonly Change[]) => changes.map((c) => `${c.date} ${c.iso3 ?? '-'} ${c.kind}`);
const cites = (change: Change | undefined) => change?.basis.flatMap((b) => (b.kind === 'article' ? [`${b.article}(${b.paragraph ?? ''})`] : [b.field]));

describe('changes between two dates', () => {
  it('lists the withdrawals of 2025 as deposited and as taking effect, in date order, each with its notification and source', () => {
    const changes = between('2025-06-01', '2026-03-01');
    expect(brief(changes)).toEqual([
      '2025-06-27 EST withdrawal',
      '2025-06-27 LVA withdrawal',
      '2025-06-27 LTU withdrawal',
      '2025-07-10 FIN withdrawal',
      '2025-08-20 POL withdrawal',
      '2025-12-27 EST withdrawal-effective',
      '2025-12-27 LVA withdrawal-effective',
      '2025-12-27 LTU withdrawal-effective',
      '2026-01-10 FIN withdrawal-effective',
      '2026-02-20 POL withdrawal-effective',
    ]);
    const poland = changes.find((c) => c.iso3 === 'POL' && c.kind === 'withdrawal-effective');
    expect(poland?.actions[0]).toMatchObject({ cn: 'C.N.421.2025.TREATIES-XXVI.5', source: `${depositary} ; ${cnPdf('421')}` });
    expect(cites(poland)).toEqual(['20(3)']);
  });

  it('dates the Convention’s entry into force on 1 March 1999, first of the day, resting on the two instruments of 16 September 1998', () => {
    const day = between('1999-03-01', '1999-03-01');
    expect(day[0]).toMatchObject({ kind: 'treaty-entry-into-force', iso3: null, name: null });
    expect(day[0]?.actions.map((a) => a.iso3)).toEqual(['BFA', 'GNQ']);
    expect(cites(day[0])).toEqual(['17(1)']);
    const burkinaFaso = day.find((c) => c.iso3 === 'BFA');
    expect(burkinaFaso).toMatchObject({ kind: 'entry-into-force', name: 'Burkina Faso' });
    expect(burkinaFaso?.actions[0]).toMatchObject({ kind: 'ratification', date: '1998-09-16' });
    // The treaty, then 38 early, Burkina Faso, Equatorial Guinea and Germany (deposited before the 40th).
    expect(day).toHaveLength(42);
    expect(day.slice(1).map((c) => c.name)).toEqual([...day.slice(1).map((c) => c.name)].sort((a, b) => (a ?? '').localeCompare(b ?? '')));
  });

  it('gives a deposit after the 40th its own date under Art. 17(2)', () => {
    const aus = between('1999-07-01', '1999-07-01');
    expect(aus.map((c) => [c.iso3, c.kind])).toEqual([['AUS', 'entry-into-force']]);
    expect(cites(aus[0])).toEqual(['17(2)']);
  });

  it('says when a withdrawal’s effect is suspended by an armed conflict, at the end of the six months', () => {
    expect(brief(between('2030-01-01', '2030-12-31'))).toEqual(['2030-01-10 UKR withdrawal', '2030-07-10 UKR withdrawal-suspended']);
    expect(cites(between('2030-07-10', '2030-07-10')[0])).toEqual(['20(3)', '20(3)']);
  });

  it('lists Lithuania’s withdrawal from the Convention on Cluster Munitions, deposited 6 September 2024 and effective 6 March 2025', () => {
    const early = earlyRatifiers(30, '2009-02-01');
    const clusters = buildHistory(
      aRecord(
        [...early.states, aState({ iso3: 'LTU', name: 'Lithuania' })],
        [
          ...early.actions,
          anAction('LTU', '2008-12-03', { kind: 'signature' }),
          anAction('LTU', '2011-03-24', { kind: 'ratification' }),
          anAction('LTU', '2011-03-24', { kind: 'provisional-application' }),
          anAction('LTU', '2024-09-06', { kind: 'withdrawal', effectiveDate: '2025-03-06', cn: 'C.N.347.2024.TREATIES-XXVI.6' }),
        ],
      ),
      ccm,
    );
    const lithuania = changesBetween(clusters, calendarDate('2011-01-01'), calendarDate('2025-12-31'));
    expect(brief(lithuania)).toEqual([
      '2011-03-24 LTU ratification',
      '2011-03-24 LTU provisional-application',
      '2011-09-01 LTU entry-into-force',
      '2024-09-06 LTU withdrawal',
      '2025-03-06 LTU withdrawal-effective',
    ]);
    expect(lithuania.at(-1)?.actions[0]?.cn).toBe('C.N.347.2024.TREATIES-XXVI.6');
  });

  it('lists nothing in a period without changes', () => {
    expect(between('2026-03-01', '2026-11-26')).toEqual([]);
  });
});

describe('changes over any period (property)', () => {
  const all = allChanges(mineBan);
  // Dates around the record's, where the changes are.
  const aDate = fc.integer({ min: toDayNumber(calendarDate('1997-06-01')), max: toDayNumber(calendarDate('2031-01-01')) }).map(fromDayNumber);
  const span = fc.tuple(aDate, aDate, aDate).map((dates) => [...dates].sort() as [CalendarDate, CalendarDate, CalendarDate]);

  it('lie within the period, and the changes of [a, b] and (b, c] together are those of [a, c]', () => {
    fc.assert(
      fc.property(span, ([a, b, c]) => {
        const ab = changesBetween(mineBan, a, b);
        expect(ab.every((change) => a <= change.date && change.date <= b)).toBe(true);
        const bc = b === c ? [] : changesBetween(mineBan, addDays(b, 1), c);
        expect([...ab, ...bc]).toEqual(changesBetween(mineBan, a, c));
      }),
      { numRuns: 200 },
    );
    expect(changesBetween(mineBan, calendarDate('1900-01-01'), calendarDate('2099-12-31'))).toEqual(all);
  });
});

describe('changes at the edges of the withdrawal rules (APMBC Arts. 17, 20(3))', () => {
  // 40 instruments deposited by 1 June 1998: the Convention enters into force on 1 December 1998.
  const early = earlyRatifiers(40, '1998-06-01');
  const history = (actions: ReturnType<typeof anAction>[], rules = apmbc) =>
    buildHistory(aRecord([...early.states, aState({ iso3: 'AAA', name: 'Aland' })], [...early.actions, ...actions]), rules);
  const ofAaa = (actions: ReturnType<typeof anAction>[], rules = apmbc) =>
    brief(changesBetween(history(actions, rules), calendarDate('1997-12-03'), calendarDate('2030-12-31')).filter((c) => c.iso3 === 'AAA'));

  it('gives no entry into force to a State whose withdrawal took effect before it, or on its very day', () => {
    const ratified = anAction('AAA', '1998-01-10', { kind: 'ratification' });
    expect(ofAaa([ratified, anAction('AAA', '1998-05-01', { kind: 'withdrawal' })])).toEqual([
      '1998-01-10 AAA ratification',
      '1998-05-01 AAA withdrawal',
      '1998-11-01 AAA withdrawal-effective',
    ]);
    expect(ofAaa([ratified, anAction('AAA', '1998-06-01', { kind: 'withdrawal' })])).toEqual([
      '1998-01-10 AAA ratification',
      '1998-06-01 AAA withdrawal',
      '1998-12-01 AAA withdrawal-effective',
    ]);
    expect(ofAaa([ratified, anAction('AAA', '1998-06-02', { kind: 'withdrawal' })])).toEqual([
      '1998-01-10 AAA ratification',
      '1998-06-02 AAA withdrawal',
      '1998-12-01 AAA entry-into-force',
      '1998-12-02 AAA withdrawal-effective',
    ]);
  });

  it('says a withdrawal is suspended only when the treaty allows it and the effect comes after the six months', () => {
    const ratified = anAction('AAA', '1998-01-10', { kind: 'ratification' });
    const suspended = (effectiveDate?: string) => anAction('AAA', '2020-01-10', { kind: 'withdrawal', effectSuspended: true, ...(effectiveDate === undefined ? {} : { effectiveDate }) });
    expect(ofAaa([ratified, suspended('2021-03-01')]).slice(2)).toEqual(['2020-01-10 AAA withdrawal', '2020-07-10 AAA withdrawal-suspended', '2021-03-01 AAA withdrawal-effective']);
    // The armed conflict ended by the end of the six months: the effect was never held back.
    expect(ofAaa([ratified, suspended('2020-07-10')]).slice(2)).toEqual(['2020-01-10 AAA withdrawal', '2020-07-10 AAA withdrawal-effective']);
    const suspendedChange = changesBetween(history([ratified, suspended('2021-03-01')]), calendarDate('2020-07-10'), calendarDate('2020-07-10'))[0];
    expect(suspendedChange?.actions.map((a) => [a.kind, a.date])).toEqual([['withdrawal', '2020-01-10']]);
    // A treaty with no suspension: a later effect the record states is no suspension, nor is one marked suspended.
    const noSuspension = { ...apmbc, withdrawal: { ...apmbc.withdrawal, suspendedByArmedConflict: false } };
    for (const withdrawal of [suspended(), suspended('2021-03-01'), anAction('AAA', '2020-01-10', { kind: 'withdrawal', effectiveDate: '2021-03-01' })]) {
      expect(ofAaa([ratified, withdrawal], noSuspension).filter((c) => c.endsWith('withdrawal-suspended'))).toEqual([]);
    }
    expect(ofAaa([ratified, anAction('AAA', '2020-01-10', { kind: 'withdrawal', effectiveDate: '2021-03-01' })]).filter((c) => c.endsWith('withdrawal-suspended'))).toEqual([]);
  });

  it('orders a State\'s changes of one day by kind, what is deposited before what takes effect, whatever the record\'s order', () => {
    const actions = [anAction('AAA', '1998-01-10', { kind: 'provisional-application' }), anAction('AAA', '1998-01-10', { kind: 'ratification' })];
    expect(ofAaa(actions)).toEqual(['1998-01-10 AAA ratification', '1998-01-10 AAA provisional-application', '1998-12-01 AAA entry-into-force']);
    const deposited = changesBetween(history(actions), calendarDate('1998-01-10'), calendarDate('1998-01-10')).filter((c) => c.iso3 === 'AAA');
    expect(deposited.map((c) => c.actions.map((a) => a.kind))).toEqual([['ratification'], ['provisional-application']]);
  });
});
