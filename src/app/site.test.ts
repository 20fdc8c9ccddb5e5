import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshShippedSite, shippedSite } from '../../test/site-harness.js';
import { addDays, calendarDate } from '../domain/calendar-date.js';
import { countsSeries } from '../domain/counts.js';
import { countingBases } from '../domain/counting-basis.js';
import { timelineModel } from './site.js';

describe('timelineModel', () => {
  it('cuts the day-by-day counts it keeps at each date exactly as counting to that date would', async () => {
    const apmbc = (await shippedSite()).treaties.get('apmbc')!;
    const opens = apmbc.rules.signature.opens;
    // A late date first, so that every later question is answered from the kept series.
    timelineModel(apmbc, calendarDate('2026-11-26'), 'all-states');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_500 }), fc.constantFrom(...countingBases), async (offset, basis) => {
        const asOf = addDays(opens, offset);
        expect(timelineModel(apmbc, asOf, basis).series).toEqual(countsSeries(apmbc.history, opens, asOf, basis));
      }),
      { numRuns: 12 },
    );
  });

  it('extends the kept counts by the new days when a later date is asked, the same as counting afresh', async () => {
    // A site of its own: nothing kept yet, so each date below is later than all asked before.
    const apmbc = (await freshShippedSite()).treaties.get('apmbc')!;
    const opens = apmbc.rules.signature.opens;
    for (const asOf of ['1998-03-01', '1999-03-01', '2011-07-09', '2026-11-26', '2001-01-01'].map(calendarDate)) {
      expect(timelineModel(apmbc, asOf, 'un-members').series).toEqual(countsSeries(apmbc.history, opens, asOf, 'un-members'));
    }
  });

  it('keeps the counts of the record: none in force on 28 February 1999, 45 parties from 1 March 1999, 166 until the withdrawals of 2025, 161 after', async () => {
    // data/apmbc/actions.csv: 40 instruments by 16 September 1998 and five more by 30 September
    // (in force 1 March 1999); 166 in all, the last Tonga's (in force 1 December 2025); five
    // withdrawals took effect from 27 December 2025 to 20 February 2026.
    const apmbc = (await shippedSite()).treaties.get('apmbc')!;
    const partiesOn = (date: string) => timelineModel(apmbc, calendarDate('2026-03-01'), 'all-states').series.find((point) => point.date === date)?.counts.parties;
    expect(partiesOn('1999-02-28')).toBe(0);
    expect(partiesOn('1999-03-01')).toBe(45);
    expect(partiesOn('2025-12-26')).toBe(166);
    expect(partiesOn('2025-12-27')).toBe(163);
    expect(partiesOn('2026-03-01')).toBe(161);
  });
});
