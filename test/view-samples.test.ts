// The map and the timeline rendered from the shipped record, as a page would show them: checks
// what unit tests cannot (all 197 real States placed, the 2025-26 withdrawals on the chart, the
// real sizes). With SAMPLE_DIR set, the SVGs are also written there to be looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../src/domain/calendar-date.js';
import { countsSeries } from '../src/domain/counts.js';
import type { TreatyHistory } from '../src/domain/history.js';
import { statusOn, type Status } from '../src/domain/status.js';
import { renderMap } from '../src/views/map.js';
import { renderTimeline } from '../src/views/timeline.js';
import { shippedSite } from './site-harness.js';

const asOf = calendarDate('2026-03-01');
const statusLabels: Record<Status, string> = {
  'non-party': 'Not party',
  signatory: 'Signatory, not ratified',
  'pending-entry-into-force': 'Consented, not yet in force',
  party: 'State Party',
  'withdrawal-pending': 'Withdrawal pending',
  withdrawn: 'Withdrawn',
};

let history: TreatyHistory;
beforeAll(async () => {
  history = (await shippedSite()).treaties.get('apmbc')!.history;
});

function save(name: string, svg: string): void {
  const dir = process.env.SAMPLE_DIR;
  if (dir === undefined || dir === '') return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), svg);
}

describe('views of the shipped record', () => {
  const statesOn = (date: CalendarDate) =>
    history.states.flatMap((h) => {
      const status = statusOn(h, date);
      return status === null ? [] : [{ iso3: h.state.iso3, m49: h.state.m49, name: h.state.name, status, href: `/states/${h.state.iso3}` }];
    });

  it.each([
    ['2026-03-01', 197],
    ['2025-10-01', 197],
    ['1998-12-01', 193],
  ])('maps every State existing on %s, each linked once, in under 250 KB', (date, count) => {
    const states = statesOn(calendarDate(date));
    const svg = renderMap({
      states,
      title: `Status of the Anti-Personnel Mine Ban Convention on ${date}`,
      description: `${states.filter((s) => s.status === 'party').length} States Parties; each State links to its page.`,
      statusLabels,
      legendTitle: `Status on ${date}`,
      otherLandLabel: 'Not a State in the list',
    });
    save(`map-${date}.html`, svg); // the drawing and its HTML legend
    expect(states).toHaveLength(count);
    for (const state of states) expect(svg.split(`href="${state.href}"`)).toHaveLength(2);
    expect(Buffer.byteLength(svg)).toBeLessThan(250_000);
  });

  it('charts every day since 1997-12-03 with the withdrawals of 2025-26 as a step down', () => {
    const series = countsSeries(history, calendarDate('1997-12-03'), asOf, 'all-states');
    const points = series.map(({ date, counts }) => ({ date, formallyAccepted: counts.formallyAccepted, parties: counts.parties }));
    const svg = renderTimeline({
      points,
      events: [
        { date: '1999-03-01', label: 'Entry into force' },
        { date: '2025-12-27', label: 'Estonia, Latvia, Lithuania withdraw' },
        { date: '2026-01-10', label: 'Finland withdraws' },
        { date: '2026-02-20', label: 'Poland withdraws' },
      ],
      title: 'States bound by the Convention, 1997-2026',
      description: 'Formally accepted and in force, every day since the Convention opened for signature.',
      labels: { formallyAccepted: 'Formally accepted', parties: 'States Parties', axisYear: 'Year', axisCount: 'Number of States' },
    });
    save('timeline.svg', svg);
    // Every day from 3 December 1997 to 1 March 2026; data/apmbc/actions.csv holds 166 instruments
    // of consent, all in force from Tonga's on 1 December 2025 until the five withdrawals took effect.
    expect(points).toHaveLength(10_316);
    expect(Math.max(...points.map((p) => p.parties))).toBe(166);
    expect(points.find((p) => p.date === '2025-12-26')?.parties).toBe(166);
    expect(points.at(-1)?.parties).toBe(161);
    expect(svg).toContain('States Parties: 161');
    expect(Buffer.byteLength(svg)).toBeLessThan(30_000);
  });
});
