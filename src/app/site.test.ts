import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedSite } from '../../test/site-harness.js';
import { addDays, calendarDate } from '../domain/calendar-date.js';
import { countsSeries } from '../domain/counts.js';
import { countingBases } from '../domain/counting-basis.js';
import { statusModel } from './site.js';

describe('statusModel', () => {
  it('cuts the day-by-day counts it keeps at each date exactly as counting to that date would', async () => {
    const apmbc = (await shippedSite()).treaties.get('apmbc')!;
    const opens = apmbc.rules.signature.opens;
    // A late date first, so that every later question is answered from the kept series.
    statusModel(apmbc, calendarDate('2026-11-26'), 'all-states');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 10_500 }), fc.constantFrom(...countingBases), async (offset, basis) => {
        const asOf = addDays(opens, offset);
        expect(statusModel(apmbc, asOf, basis).series).toEqual(countsSeries(apmbc.history, opens, asOf, basis));
      }),
      { numRuns: 12 },
    );
  });
});
