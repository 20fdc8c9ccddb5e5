// The schema's own guarantees, for every dialect: constraints refuse what the row rules refuse
// (even if a bug lets it past them), the kinds stay in step with the domain, the log is append-only.
import { describe, expect, test } from 'vitest';
import { anAction } from '../../test/builders.js';
import type { TestDatabase } from '../../test/postgres-server.js';
import { facts, storeHarness, unwrap } from '../../test/store-harness.js';
import type { RecordData } from '../app/ports.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import { actionKinds, indicatorKinds, type Action, type Indicator, type State } from '../domain/record.js';
import { openDatabase } from './open-store.js';

type Change = (data: RecordData) => RecordData;
const withRecord = (data: RecordData, change: Partial<RecordData['record']>): RecordData => ({ ...data, record: { ...data.record, ...change } });
const first = <T>(list: readonly T[]): T => {
  if (list[0] === undefined) throw new Error('empty list');
  return list[0];
};
const editState = (edit: (s: State) => object): Change => (d) => withRecord(d, { states: [{ ...first(d.record.states), ...edit(first(d.record.states)) } as State, ...d.record.states.slice(1)] });
const editAction = (edit: object): Change => (d) => withRecord(d, { actions: [{ ...first(d.record.actions), ...edit } as Action, ...d.record.actions.slice(1)] });
const editIndicator = (edit: object): Change => (d) => withRecord(d, { indicators: [{ ...first(d.record.indicators), ...edit } as Indicator, ...d.record.indicators.slice(1)] });

const constraintCases: readonly { readonly name: string; readonly change: Change }[] = [
  { name: 'an action by a State not in the record', change: editAction({ iso3: 'ZZZ' }) },
  { name: 'an indicator about a State not in the record', change: editIndicator({ iso3: 'ZZZ' }) },
  { name: 'a State in a region not in the record', change: editState(() => ({ subRegion: '999' })) },
  { name: 'a predecessor not in the record', change: editState(() => ({ predecessor: 'ZZZ' })) },
  { name: 'a State listed twice', change: (d) => withRecord(d, { states: [...d.record.states, first(d.record.states)] }) },
  { name: 'an ISO3 code in lower case', change: editState((s) => ({ iso3: s.iso3.toLowerCase() })) },
  { name: 'a date that is not a real calendar date (2025-02-30)', change: editAction({ date: '2025-02-30' }) },
  { name: 'a date not written YYYY-MM-DD', change: editState(() => ({ unMemberFrom: '1945-10-4' })) },
  { name: 'an unknown indicator kind', change: editIndicator({ indicator: 'producer' }) },
  { name: 'an unknown confidence', change: editIndicator({ confidence: 'likely' }) },
  { name: 'a succession without the date it takes effect', change: editAction({ kind: 'succession' }) },
  { name: 'a year of five digits', change: editIndicator({ year: 20240 }) },
  { name: 'a row without a source', change: editAction({ source: '' }) },
];

export function recordStoreSchemaContract(dialect: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`the record schema on ${dialect}`, () => {
    const { open, shipped, target } = storeHarness(createDatabase);

    describe('refuses, and keeps what it held:', () => {
      for (const { name, change } of constraintCases) {
        test(name, async () => {
          const store = await open();
          unwrap(await store.replaceData(shipped()));
          const refused = await store.replaceData(change(shipped()));
          expect(refused.ok ? 'accepted' : refused.error.code).toBe('invalid-record');
          expect(facts(unwrap(await store.readData('apmbc')))).toEqual(facts(shipped()));
        });
      }
    });

    test('refuses rows that only a bug under the store could write', async () => {
      unwrap(await (await open()).seedData(shipped()));
      const { db } = openDatabase(target());
      try {
        const action = { treaty: 'apmbc', iso3: 'AFG', kind: 'declaration', date: '2000-01-01', effective_date: null, effect_suspended: 0, cn: null, source: 'https://example.org', note: '' };
        await db.insertInto('actions').values({ ...action, position: 1000 }).execute();
        const bad = [{ kind: 'ratify' }, { kind: 'ratification', effect_suspended: 1 }, { kind: 'ratification', effective_date: '2000-01-01' }, { kind: 'withdrawal', effect_suspended: 2 }];
        for (const [i, change] of bad.entries()) {
          await expect(db.insertInto('actions').values({ ...action, ...change, position: 1001 + i }).execute(), JSON.stringify(change)).rejects.toThrow();
        }
        await expect(db.insertInto('users').values({ email: 'a@example.org', name: 'A', role: 'root', password_hash: 'x', disabled_at: null }).execute()).rejects.toThrow();
      } finally {
        await db.destroy();
      }
    });

    test('accepts every action kind and indicator kind the domain knows', async () => {
      const store = await open();
      const { iso3 } = first(shipped().record.states);
      const date = '2000-01-01' as CalendarDate;
      const actions = actionKinds.map((kind) =>
        kind === 'succession' || kind === 'withdrawal' ? anAction(iso3, date, { kind, effectiveDate: date }) : anAction(iso3, date, { kind }),
      );
      const indicators = indicatorKinds.map((indicator) => ({ ...first(shipped().record.indicators), iso3, indicator }));
      const data = withRecord(shipped(), { actions, indicators });
      unwrap(await store.replaceData(data));
      expect(facts(unwrap(await store.readData('apmbc')))).toEqual(facts(data));
    });

    test('logs every replace in an audit log that refuses updates and deletes', async () => {
      const store = await open();
      unwrap(await store.seedData(shipped()));
      unwrap(await store.replaceData(shipped()));
      const { db } = openDatabase(target());
      try {
        const log = await db.selectFrom('audit_log').select(['action', 'treaty', 'user_id']).orderBy('id').execute();
        expect(log).toEqual([
          { action: 'seed-record', treaty: 'apmbc', user_id: null },
          { action: 'replace-record', treaty: 'apmbc', user_id: null },
        ]);
        await expect(db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
        await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
        expect(await db.selectFrom('audit_log').select('action').execute()).toHaveLength(2);
      } finally {
        await db.destroy();
      }
    });
  });
}
