import { describe, expect, it } from 'vitest';
import { parseNotifications, type NotificationContext } from './depositary-notification.js';

const context: NotificationContext = {
  states: [
    { iso3: 'TON', name: 'Tonga' },
    { iso3: 'GIN', name: 'Guinea' },
    { iso3: 'GNQ', name: 'Equatorial Guinea' },
    { iso3: 'EST', name: 'Estonia' },
    { iso3: 'LVA', name: 'Latvia' },
    { iso3: 'LTU', name: 'Lithuania' },
    { iso3: 'SSD', name: 'South Sudan' },
  ],
  chapters: { apmbc: 'XXVI-5', ccm: 'XXVI-6' },
};
const read = (text: string) => parseNotifications(text, context);

describe('reading the dates of a notification', () => {
  it('takes no impossible date', () => {
    for (const day of ['0 March 2020', '32 March 2020', '31 April 2020', 'February 30, 2020']) {
      expect(read(`On ${day}, the Government of Tonga deposited an instrument of accession.`)[0]?.date, day).toBeNull();
    }
    expect(read('On 31 March 2020, the Government of Tonga deposited an instrument of accession.')[0]?.date).toBe('2020-03-31');
  });

  it('tells the date of the action from the date of effect in the next sentence of the same line', () => {
    expect(read('LITHUANIA: WITHDRAWAL\nThe withdrawal will take effect on 6 March 2025. The above action was effected on 6 September 2024.')).toEqual([
      { cn: null, treaty: null, iso3: 'LTU', kind: 'withdrawal', date: '2024-09-06', effectiveDate: '2025-03-06' },
    ]);
  });

  it('ignores a date in a heading line (the treaty\'s title and its adoption)', () => {
    const text = 'CONVENTION ADOPTED AT OSLO ON 18 SEPTEMBER 1997\nTONGA: ACCESSION\nThe action was effected on 25 June 2025.';
    expect(read(text)[0]).toMatchObject({ iso3: 'TON', kind: 'accession', date: '2025-06-25' });
  });

  it('takes the first date when no sentence says the action was effected, and prefers one that does', () => {
    expect(read('Tonga: accession of 3 May 2020, reported 4 May 2020')[0]?.date).toBe('2020-05-03');
    expect(read('Tonga, 3 May 2020: accession. Deposited on 4 May 2020.')[0]?.date).toBe('2020-05-04');
  });

  it('gives a date of effect to a withdrawal and a succession only', () => {
    expect(read('On 11 November 2011, South Sudan deposited a notification of succession. The succession takes effect from 9 July 2011.')[0]).toMatchObject({
      iso3: 'SSD', kind: 'succession', date: '2011-11-11', effectiveDate: '2011-07-09',
    });
    expect(read('On 25 June 2025, Tonga deposited an instrument of accession. The Convention will take effect for Tonga on 1 December 2025.')[0]).toMatchObject({
      kind: 'accession', date: '2025-06-25', effectiveDate: null,
    });
  });
});

describe('reading the States and the action', () => {
  it('gives one action per State a heading names, in the heading\'s order', () => {
    expect(read('LATVIA, ESTONIA AND LITHUANIA: WITHDRAWAL\nThe above action was effected on 27 June 2025.').map((a) => a.iso3)).toEqual(['LVA', 'EST', 'LTU']);
  });

  it('reads the States from the sentences when no heading line names one', () => {
    expect(read('REFERENCE: C.N.1.2020\nOn 3 May 2020, the Government of Tonga deposited an instrument of accession.').map((a) => [a.iso3, a.kind])).toEqual([['TON', 'accession']]);
    expect(read('TONGA:\nOn 3 May 2020, the Government of Tonga deposited an instrument of accession.').map((a) => [a.iso3, a.kind])).toEqual([['TON', 'accession']]);
  });

  it('does not take "instruments of ratification, acceptance, approval or accession" for the action', () => {
    const text = 'On 3 May 2020, the Government of Tonga made a declaration under article 18 upon the deposit of instruments of ratification, acceptance, approval or accession.';
    expect(read(text)[0]?.kind).toBe('provisional-application');
    expect(read('On 3 May 2020, the Government of Tonga made a declaration concerning instruments of ratification, acceptance, approval or accession.')[0]?.kind).toBe('declaration');
  });

  it('keeps what it found when the text names a State or an action only', () => {
    expect(read('Tonga, 3 May 2020')).toEqual([{ cn: null, treaty: null, iso3: 'TON', kind: null, date: '2020-05-03', effectiveDate: null }]);
    expect(read('An instrument of accession was deposited on 3 May 2020.')).toEqual([{ cn: null, treaty: null, iso3: null, kind: 'accession', date: '2020-05-03', effectiveDate: null }]);
    expect(read('C.N.5.2020.TREATIES-XXVI.5 lorem ipsum')).toEqual([{ cn: 'C.N.5.2020.TREATIES-XXVI.5', treaty: 'apmbc', iso3: null, kind: null, date: null, effectiveDate: null }]);
    expect(read('   \n ')).toEqual([]);
  });
});

describe('reading a paste', () => {
  it('reads Windows and old Mac line ends, and non-breaking spaces in dates', () => {
    expect(read('TONGA: ACCESSION\r\nThe above action was effected on 25\u00a0June\u202f2025.')[0]).toMatchObject({ iso3: 'TON', kind: 'accession', date: '2025-06-25' });
    expect(read('TONGA: ACCESSION\rThe above action was effected on 25 June 2025.')[0]).toMatchObject({ iso3: 'TON', kind: 'accession', date: '2025-06-25' });
  });

  it('starts a notification at each new C.N. number, not at one cited again, and normalises it', () => {
    const text = [
      'c.n.360.2025.treaties-xxvi.5',
      'ESTONIA: WITHDRAWAL',
      'The above action was effected on 27 June 2025. See also C.N.360.2025.TREATIES-XXVI.5.',
      'C.N.361.2025.TREATIES-XXVI.6',
      'LATVIA: WITHDRAWAL',
      'The above action was effected on 28 June 2025.',
    ].join('\n');
    expect(read(text).map((a) => [a.cn, a.treaty, a.iso3, a.date])).toEqual([
      ['C.N.360.2025.TREATIES-XXVI.5', 'apmbc', 'EST', '2025-06-27'],
      ['C.N.361.2025.TREATIES-XXVI.6', 'ccm', 'LVA', '2025-06-28'],
    ]);
  });

  it('takes "C.N. 360" and "C.N.360" for one reference: the same notification cited again, however spaced', () => {
    const text = [
      'C.N. 360.2025.TREATIES-XXVI.5',
      'ESTONIA: WITHDRAWAL',
      'The above action was effected on 27 June 2025. See C.N.360.2025.TREATIES-XXVI.5 for the instrument.',
    ].join('\n');
    expect(read(text).map((a) => [a.cn, a.iso3, a.date])).toEqual([['C.N.360.2025.TREATIES-XXVI.5', 'EST', '2025-06-27']]);
  });
});

describe('what each date, line and notification of a paste is taken for', () => {
  it('reads a date of effect named after the date, in a last sentence with no full stop', () => {
    expect(read('LITHUANIA: WITHDRAWAL\nThe above action was effected on 6 September 2024. On 6 March 2025 the withdrawal takes effect')).toEqual([
      { cn: null, treaty: null, iso3: 'LTU', kind: 'withdrawal', date: '2024-09-06', effectiveDate: '2025-03-06' },
    ]);
  });

  it('takes no date from a line all in capitals (the place and date of adoption), even when no sentence says the action was effected', () => {
    expect(read('Depositary notification\nOSLO, 18 SEPTEMBER 1997\nTonga: accession of 3 May 2020')[0]).toMatchObject({ iso3: 'TON', kind: 'accession', date: '2020-05-03' });
  });

  it('takes a date in capitals from a line that is not all in capitals', () => {
    expect(read('Tonga: accession of 3 MAY 2020')[0]?.date).toBe('2020-05-03');
    expect(read('TONGA: ACCESSION OF 3 May 2020')[0]?.date).toBe('2020-05-03');
  });

  it('takes the action from the heading, not from other words of the text', () => {
    const body = 'The Convention provides for withdrawal in its article 20. The above action was effected on 25 June 2025.';
    for (const heading of ['TONGA: ACCESSION', 'TONGA:ACCESSION']) {
      expect(read(`${heading}\n${body}`)[0], heading).toMatchObject({ iso3: 'TON', kind: 'accession', date: '2025-06-25' });
    }
    expect(read(`TONGA: ACCESSION\r${body}`)[0], 'old Mac line end').toMatchObject({ iso3: 'TON', kind: 'accession' });
  });

  it('does not take one instrument "of ratification, acceptance, approval or accession" for the action either', () => {
    const text = 'On 3 May 2020, the Government of Tonga made a declaration under article 18 upon the deposit of its instrument of ratification, acceptance, approval or accession.';
    expect(read(text)[0]?.kind).toBe('provisional-application');
  });

  it('reads what comes before the first C.N. number as part of the first notification', () => {
    expect(read('TONGA: ACCESSION\nReference: C.N.5.2020.TREATIES-XXVI.5\nThe above action was effected on 25 June 2025.')).toEqual([
      { cn: 'C.N.5.2020.TREATIES-XXVI.5', treaty: 'apmbc', iso3: 'TON', kind: 'accession', date: '2025-06-25', effectiveDate: null },
    ]);
  });

  it('takes each notification\'s facts from its own text only: no date borrowed from the next one', () => {
    const text = ['C.N.1.2025.TREATIES-XXVI.5', 'TONGA: ACCESSION', 'C.N.2.2025.TREATIES-XXVI.5', 'LATVIA: WITHDRAWAL', 'The above action was effected on 27 June 2025.'].join('\n');
    expect(read(text).map((a) => [a.cn, a.iso3, a.kind, a.date])).toEqual([
      ['C.N.1.2025.TREATIES-XXVI.5', 'TON', 'accession', null],
      ['C.N.2.2025.TREATIES-XXVI.5', 'LVA', 'withdrawal', '2025-06-27'],
    ]);
  });

  it('reads at most the first 100,000 characters of a paste', () => {
    expect(read(`${'x'.repeat(100_000)}\nOn 3 May 2020, the Government of Tonga deposited an instrument of accession.`)).toEqual([]);
    expect(read(`${'x'.repeat(99_000)}\nOn 3 May 2020, the Government of Tonga deposited an instrument of accession.`)).toMatchObject([{ iso3: 'TON', kind: 'accession' }]);
  });

  it('takes no date of entry into force or of effect for the date of the action, however the verb is put', () => {
    expect(read('Tonga, accession. The Convention shall enter into force for Tonga on 1 December 2025. Instrument dated 25 June 2025.')[0]?.date).toBe('2025-06-25');
    expect(read('Tonga, accession. It shall take effect for Tonga on 1 December 2025. Instrument dated 25 June 2025.')[0]?.date).toBe('2025-06-25');
  });

  it('reads a C.N. number spaced after either of its dots', () => {
    expect(read('C. N. 360.2025.TREATIES-XXVI.5\nESTONIA: WITHDRAWAL')[0]?.cn).toBe('C.N.360.2025.TREATIES-XXVI.5');
  });
});
