// The counts benchmark's inputs are what it says: the shipped record scaled up keeps every rule
// of adherence check, with `factor` times the States and the actions.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../src/app/check-record.js';
import { treatyRecord, type FullRecord } from '../src/app/ports.js';
import { treaties } from '../src/app/treaties.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { buildHistory } from '../src/domain/history.js';
import { transitionDates } from '../src/domain/status.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { scaledRecord } from './scaled-record.js';

const today = calendarDate('2026-12-03');
const rulesOf = (id: string) => treaties.get(id) ?? (() => { throw new Error(id); })();

async function shipped(): Promise<FullRecord> {
  const data = await csvRecordFiles.read(join(import.meta.dirname, '..', 'data'), [...treaties.keys()]);
  if (!data.ok || data.value.reference === null) throw new Error('the shipped record does not load');
  return { ...data.value, reference: data.value.reference };
}

/** The problems adherence check finds in the copies (whose codes have a '~'), each located at its State's code. */
const copiesProblems = (record: FullRecord) =>
  checkRecord({ ...record, locate: (fact) => ({ file: 'iso3' in fact ? String(fact.iso3) : '', line: null }) }, (id) => treaties.get(id), today).filter((p) => p.file.includes('~'));

describe('a record scaled up for the counts benchmark', () => {
  it('has ten times the States and actions, keeps the general entry into force, and passes adherence check', async () => {
    const original = await shipped();
    const scaled = scaledRecord(original, rulesOf, 10, today);
    expect(scaled.reference.states).toHaveLength(10 * original.reference.states.length);
    expect(new Set(scaled.reference.states.map((s) => s.iso3)).size).toBe(scaled.reference.states.length);
    for (const [i, data] of original.treaties.entries()) {
      const copy = scaled.treaties[i];
      expect(copy?.actions).toHaveLength(10 * data.actions.length);
      const general = (r: FullRecord) => buildHistory({ treaty: data.treaty, states: r.reference.states, actions: r.treaties[i]?.actions ?? [], indicators: [] }, rulesOf(data.treaty)).general.value?.date;
      expect(general(scaled)).toBe(general(original));
    }
    expect(copiesProblems(scaled)).toEqual([]);
  });

  it('spreads the copies over the period, or keeps them on the original days when asked', async () => {
    const original = await shipped();
    const days = (r: FullRecord) => new Set(r.treaties.flatMap((t) => t.actions.map((a) => a.date))).size;
    // The benchmark's events: the dates on which a State's status can change (a copy's UN admission moves with it).
    const events = (r: FullRecord) =>
      r.treaties.flatMap((t) => buildHistory(treatyRecord(r, t.treaty), rulesOf(t.treaty)).states).reduce((n, h) => n + transitionDates(h).length, 0);
    const spread = scaledRecord(original, rulesOf, 3, today);
    const piled = scaledRecord(original, rulesOf, 3, today, { spread: false });
    expect(days(spread)).toBeGreaterThan(2 * days(original));
    expect(days(piled)).toBe(days(original));
    expect(events(piled)).toBe(3 * events(original));
    expect(events(spread)).toBeGreaterThanOrEqual(3 * events(original));
  });
});
