import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedSite } from '../../test/site-harness.js';
import { calendarDate, fromDayNumber, toDayNumber } from './calendar-date.js';
import { obligationStatements } from './obligation-statements.js';
import { stateObligations } from './obligations.js';
import { statusOn } from './status.js';

const site = await shippedSite();
const apmbc = site.treaties.get('apmbc')!;
const day = fc.integer({ min: toDayNumber(calendarDate('1999-03-01')), max: toDayNumber(calendarDate('2026-12-03')) }).map(fromDayNumber);

describe('the status page’s sentences on obligations', () => {
  it('count exactly the States Parties whose profile says the same, on any date', () => {
    fc.assert(
      fc.property(day, (date) => {
        const bound = apmbc.history.states.filter((h) => ['party', 'withdrawal-pending'].includes(statusOn(h, date) ?? ''));
        const profiles = bound.flatMap((h) => {
          const found = stateObligations(apmbc.history, h, apmbc.record.indicators, date);
          return found === null ? [] : [{ iso3: h.state.iso3, ...found }];
        });
        const met = ['met', 'met-late', 'met-timing-unknown'];
        expect(obligationStatements(apmbc.history, apmbc.record.indicators, date)).toEqual({
          stockpileCompleted: profiles.filter((p) => met.includes(p.stockpile.status)).map((p) => p.iso3),
          stockpilePast: profiles.filter((p) => p.stockpile.status === 'missed').map((p) => p.iso3),
          clearanceCompleted: profiles.filter((p) => met.includes(p.clearance.status)).map((p) => p.iso3),
        });
      }),
      { numRuns: 25 },
    );
  });

  it('name Greece and Ukraine as past the stockpile deadline at the start of 2026', () => {
    expect(obligationStatements(apmbc.history, apmbc.record.indicators, calendarDate('2026-01-01')).stockpilePast).toEqual(['GRC', 'UKR']);
  });
});
