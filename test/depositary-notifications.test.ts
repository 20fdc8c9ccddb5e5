// The notification parser on golden texts in the depositary's style (test/cases/notifications,
// written from the record's facts), and as a parser of outside input: it never throws, and it
// reads back any State, kind and date written in either of the depositary's two styles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseNotifications, type NotificationContext } from '../src/domain/depositary-notification.js';

const cases = join(import.meta.dirname, 'cases', 'notifications');
const states = (parse(readFileSync(join(import.meta.dirname, '..', 'data', 'states.csv')), { columns: true }) as { iso3: string; name: string }[]).map(({ iso3, name }) => ({ iso3, name }));
const context: NotificationContext = { states, chapters: { apmbc: 'XXVI-5', ccm: 'XXVI-6' } };
const read = (file: string) => parseNotifications(readFileSync(join(cases, file), 'utf8'), context);

describe('reading a pasted depositary notification', () => {
  test('a heading "STATE: ACTION", then the date it was effected (Lithuania leaves the CCM)', () => {
    expect(read('ccm-lithuania-withdrawal.txt')).toEqual([
      { cn: 'C.N.347.2024.TREATIES-XXVI.6', treaty: 'ccm', iso3: 'LTU', kind: 'withdrawal', date: '2024-09-06', effectiveDate: '2025-03-06' },
    ]);
  });

  test('the date first, then the action, no C.N. number; not the date of adoption nor of entry into force (Tonga accedes)', () => {
    expect(read('apmbc-tonga-accession.txt')).toEqual([{ cn: null, treaty: null, iso3: 'TON', kind: 'accession', date: '2025-06-25', effectiveDate: null }]);
  });

  test('the action first, the date in the American order after it (Poland withdraws from the APMBC)', () => {
    expect(read('apmbc-poland-withdrawal.txt')).toEqual([
      { cn: 'C.N.421.2025.TREATIES-XXVI.5', treaty: 'apmbc', iso3: 'POL', kind: 'withdrawal', date: '2025-08-20', effectiveDate: '2026-02-20' },
    ]);
  });

  test('several notifications pasted together: one action per State, each with its own C.N. number', () => {
    expect(read('apmbc-baltic-withdrawals.txt').map((a) => [a.cn, a.iso3, a.kind, a.date])).toEqual([
      ['C.N.360.2025.TREATIES-XXVI.5', 'EST', 'withdrawal', '2025-06-27'],
      ['C.N.361.2025.TREATIES-XXVI.5', 'LVA', 'withdrawal', '2025-06-27'],
      ['C.N.362.2025.TREATIES-XXVI.5', 'LTU', 'withdrawal', '2025-06-27'],
    ]);
  });

  test('finds the longest name: "Equatorial Guinea" is not Guinea, "Nigeria" not Niger', () => {
    const found = parseNotifications('EQUATORIAL GUINEA: RATIFICATION\nThe above action was effected on 16 September 1998.', context);
    expect(found.map((a) => a.iso3)).toEqual(['GNQ']);
    expect(parseNotifications('On 27 September 2001, Nigeria deposited an instrument of accession.', context).map((a) => a.iso3)).toEqual(['NGA']);
  });

  test('text that is no notification gives nothing', () => {
    expect(parseNotifications('', context)).toEqual([]);
    expect(parseNotifications('lorem ipsum', context)).toEqual([]);
  });

  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const aDate = fc.date({ min: new Date('1997-12-03'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const aKind = fc.constantFrom('ratification', 'accession', 'acceptance', 'approval', 'withdrawal', 'succession') ;
  const spoken = (iso: string, american: boolean) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return american ? `${months[m - 1]} ${d}, ${y}` : `${d} ${months[m - 1]} ${y}`;
  };

  test('reads back any State, kind and date in either style (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...states), aKind, aDate, fc.boolean(), fc.boolean(), (state, kind, date, heading, american) => {
        const text = heading
          ? `C.N.12.2020.TREATIES-XXVI.5 (Depositary Notification)\n${state.name.toUpperCase()}: ${kind.toUpperCase()}\nThe above action was effected on ${spoken(date, american)}.`
          : `On ${spoken(date, american)}, the Government of ${state.name} deposited an instrument of ${kind}.`;
        expect(parseNotifications(text, context)).toMatchObject([{ iso3: state.iso3, kind, date }]);
      }),
    );
  });

  test('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => Array.isArray(parseNotifications(text, context))));
  });
});
