import { describe, expect, it } from 'vitest';
import { cli } from '../../test/cli-harness.js';

describe('adherence changes', () => {
  it('lists Lithuania’s withdrawal from the Convention on Cluster Munitions, as the API does', async () => {
    const { code, out } = await cli(['changes', '--treaty', 'ccm', '--from', '2024-09-01', '--to', '2025-03-31', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { treaty: string; from: string; to: string; changes: { date: string; iso3: string; kind: string; cn: string[] }[] };
    expect(report).toMatchObject({ treaty: 'ccm', from: '2024-09-01', to: '2025-03-31' });
    expect(report.changes.filter((c) => c.iso3 === 'LTU').map((c) => [c.date, c.kind, c.cn])).toEqual([
      ['2024-09-06', 'withdrawal', ['C.N.347.2024.TREATIES-XXVI.6']],
      ['2025-03-06', 'withdrawal-effective', ['C.N.347.2024.TREATIES-XXVI.6']],
    ]);
  });

  it('prints a table in date order, with the article behind a computed date and the notification', async () => {
    const { code, out } = await cli(['changes', '--from', '2026-01-01', '--to', '2026-02-28']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('2 changes from 2026-01-01 to 2026-02-28 (apmbc)');
    expect(lines[2]).toMatch(/^2026-01-10 +Finland +withdrawal-effective +Art\. 20\(3\) +C\.N\.372\.2025\.TREATIES-XXVI\.5 +https:\/\/treaties\.un\.org\//);
    expect(lines[3]).toMatch(/^2026-02-20 +Poland +withdrawal-effective/);
  });

  it('exits 2 naming the option when the period ends before it starts or a date is not real', async () => {
    const reversed = await cli(['changes', '--from', '2026-01-01', '--to', '2025-01-01']);
    expect(reversed.code).toBe(2);
    expect(reversed.err).toContain('adherence changes: --from: 2026-01-01 is after --to (2025-01-01)');
    const unreal = await cli(['changes', '--to', '2025-02-30']);
    expect(unreal.code).toBe(2);
    expect(unreal.err).toContain('--to: "2025-02-30" is not a real calendar date');
  });
});
