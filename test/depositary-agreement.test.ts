// The counts the API gives agree with the depositary's own table on every date the record
// itself names (each deposit, each entry into force, each withdrawal): computed here directly
// from the depositary actions, and checked against the totals the UN Treaty Collection's status
// pages printed as at 3 February 2026 ("Parties: 162" for XXVI-5, "Parties: 112" for XXVI-6).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Site } from '../src/app/site.js';
import { isConsent } from '../src/domain/record.js';
import { shippedSite, testServer } from './site-harness.js';

let app: FastifyInstance;
let site: Site;
beforeAll(async () => {
  app = await testServer('2026-12-03');
  site = await shippedSite();
});
afterAll(() => app.close());

const status = async (treaty: string, asOf: string) =>
  (await app.inject({ method: 'GET', url: `/api/v1/${treaty}/status?asOf=${asOf}&basis=all-states` })).json() as { counts: { formallyAccepted: number; withdrawn: number } };

describe.each([
  ['apmbc', 162],
  ['ccm', 112],
])('%s: the API and the depositary', (treaty, partiesAsAt) => {
  it('agree on the number of States that have deposited an instrument and not withdrawn, on every date the record names', async () => {
    const { actions } = site.treaties.get(treaty)!.record;
    const withdrawals = actions.filter((a) => a.kind === 'withdrawal');
    const effective = (a: (typeof withdrawals)[number]) => (a.kind === 'withdrawal' ? a.effectiveDate : null);
    const dates = [...new Set([...actions.filter(isConsent).map((a) => a.date), ...withdrawals.flatMap((w) => [w.date, effective(w) ?? w.date])])].sort();
    expect(dates.length).toBeGreaterThan(100);
    for (const date of dates) {
      const deposited = actions.filter((a) => isConsent(a) && a.date <= date).length;
      const gone = withdrawals.filter((w) => (effective(w) ?? '9999') <= date).length;
      const counts = (await status(treaty, date)).counts;
      expect(counts.formallyAccepted, `${treaty} on ${date}`).toBe(deposited - gone);
      expect(counts.withdrawn, `${treaty} on ${date}`).toBe(gone);
    }
  });

  it(`counts ${partiesAsAt} as the depositary's page did on 3 February 2026`, async () => {
    expect((await status(treaty, '2026-02-03')).counts.formallyAccepted).toBe(partiesAsAt);
  });
});
