// The schema's own guarantees, for every dialect: constraints refuse what the row rules refuse
// (even if a bug lets it past them), the action kinds stay in step with the domain, the log is
// append-only and written with every change.
import { describe, expect, test } from 'vitest';
import { anAction, anIndicator } from '../../test/builders.js';
import type { TestDatabases } from '../../test/postgres-server.js';
import { fixtureRecord } from '../../test/record-fixture.js';
import { facts, storeHarness, unwrap } from '../../test/store-harness.js';
import type { FullRecord, RecordData, RecordStore, Reference, Replacement, TreatyData } from '../app/ports.js';
import { actionKinds, type Action, type Indicator, type State } from '../domain/record.js';
import type { SourceSite } from '../domain/sources.js';
import { openDatabase } from './open-store.js';

type Change = (record: FullRecord) => FullRecord;
const first = <T>(list: readonly T[]): T => {
  if (list[0] === undefined) throw new Error('empty list');
  return list[0];
};
const apmbcOf = (record: FullRecord): TreatyData => first(record.treaties);
const withReference = (record: FullRecord, change: Partial<Reference>): FullRecord => ({ ...record, reference: { ...record.reference, ...change } });
const withApmbc = (record: FullRecord, change: Partial<TreatyData>): FullRecord => ({ ...record, treaties: [{ ...apmbcOf(record), ...change }] });
const editFirst = <T>(list: readonly T[], edit: object): T[] => [{ ...first(list), ...edit } as T, ...list.slice(1)];
const editState = (edit: (s: State) => object): Change => (r) => withReference(r, { states: editFirst(r.reference.states, edit(first(r.reference.states))) });
const editSource = (edit: object): Change => (r) => withReference(r, { sources: editFirst<SourceSite>(r.reference.sources, edit) });
const editAction = (edit: object): Change => (r) => withApmbc(r, { actions: editFirst<Action>(apmbcOf(r).actions, edit) });
const editIndicator = (edit: object): Change => (r) => withApmbc(r, { indicators: editFirst<Indicator>(apmbcOf(r).indicators, edit) });
const write = (data: RecordData, action = 'test'): Replacement => ({ data, audit: { action, detail: { by: 'test' } } });

const constraintCases: readonly { readonly name: string; readonly change: Change }[] = [
  { name: 'an action by a State not in the record', change: editAction({ iso3: 'ZZZ' }) },
  { name: 'an indicator about a State not in the record', change: editIndicator({ iso3: 'ZZZ' }) },
  { name: 'a State in a region not in the record', change: editState(() => ({ subRegion: '999' })) },
  { name: 'a predecessor not in the record', change: editState(() => ({ predecessor: 'ZZZ' })) },
  { name: 'a State listed twice', change: (r) => withReference(r, { states: [...r.reference.states, first(r.reference.states)] }) },
  { name: 'an ISO3 code in lower case', change: editState((s) => ({ iso3: s.iso3.toLowerCase() })) },
  { name: 'a date that is not a real calendar date (2025-02-30)', change: editAction({ date: '2025-02-30' }) },
  { name: 'a date not written YYYY-MM-DD', change: editState(() => ({ unMemberFrom: '1945-10-4' })) },
  { name: 'a kind of fact not written in lower-case words joined by "-"', change: editIndicator({ indicator: 'Stockpile_estimate' }) },
  { name: 'a kind of fact ending in "-"', change: editIndicator({ indicator: 'produced-' }) },
  { name: 'an unknown confidence', change: editIndicator({ confidence: 'likely' }) },
  { name: 'a succession without the date it takes effect', change: editAction({ kind: 'succession' }) },
  { name: 'a period date that is neither a year nor a day (20240)', change: editIndicator({ from: '20240' }) },
  { name: 'a day of a period that is not a real date (2023-02-29)', change: editIndicator({ until: '2023-02-29' }) },
  { name: 'a report date that is neither a year nor a day', change: editIndicator({ reported: '2024-1' }) },
  { name: 'a period that ends before it begins', change: editIndicator({ from: '2020-05-01', until: '2019' }) },
  { name: 'a source site listed twice', change: (r) => withReference(r, { sources: [...r.reference.sources, first(r.reference.sources)] }) },
  { name: 'a source grade not in the table of grades', change: editSource({ grade: 'blog' }) },
  { name: 'a source site "as at" a date that is not real', change: editSource({ asAt: '2024-13-01' }) },
  { name: 'a row without a source', change: editAction({ source: '' }) },
  { name: "a reference without a State another treaty's actions name", change: (r) => withReference(r, { states: r.reference.states.slice(1) }) },
];

export function recordStoreSchemaContract(dialect: string, databases: TestDatabases): void {
  describe(`the record schema on ${dialect} refuses, and keeps what it held:`, () => {
    // One database for these cases: each begins by writing the whole record.
    const suite = storeHarness(databases, { each: 'suite' });
    let opened: Promise<RecordStore> | undefined;
    for (const { name, change } of constraintCases) {
      test(name, async () => {
        const store = await (opened ??= suite.open());
        const record = fixtureRecord();
        unwrap(await store.replace(write(record)));
        const refused = await store.replace(write(change(record)));
        expect(refused.ok ? 'accepted' : refused.error.code).toBe('invalid-record');
        expect(facts(unwrap(await store.readRecord()))).toEqual(facts(record));
      });
    }
  });

  describe(`the record schema on ${dialect}`, () => {
    const { open, target } = storeHarness(databases);

    test('refuses rows that only a bug under the store could write', async () => {
      unwrap(await (await open()).seed(write(fixtureRecord())));
      const { db } = openDatabase(target());
      try {
        const action = { treaty: 'apmbc', iso3: 'QAA', kind: 'declaration', date: '2000-01-01', effective_date: null, effect_suspended: 0, cn: null, source: 'https://example.org', note: '' };
        await db.insertInto('actions').values({ ...action, position: 1000 }).execute();
        const bad = [
          { kind: 'ratify' },
          { kind: 'ratification', effect_suspended: 1 },
          { kind: 'ratification', effective_date: '2000-01-01' },
          { kind: 'withdrawal', effect_suspended: 2 },
          { treaty: 'APMBC' },
        ];
        for (const [i, change] of bad.entries()) {
          await expect(db.insertInto('actions').values({ ...action, ...change, position: 1001 + i }).execute(), JSON.stringify(change)).rejects.toThrow();
        }
        const conflict = { file: 'x.csv', key: 'k', field: 'f', value_chosen: '', source_chosen: '', value_other: '', source_other: '', reason: '' };
        await expect(db.insertInto('conflicts').values({ ...conflict, scope: 'Not a treaty', position: 1 }).execute()).rejects.toThrow();
        await expect(db.insertInto('record_parts').values({ part: 'everything' }).execute()).rejects.toThrow();
        await expect(db.insertInto('record_version').values({ id: 2, version: 0 }).execute()).rejects.toThrow();
        await expect(db.insertInto('users').values({ email: 'a@example.org', name: 'A', role: 'root', password_hash: 'x', disabled_at: null }).execute()).rejects.toThrow();
      } finally {
        await db.destroy();
      }
    });

    test('accepts every action kind the domain knows, and any kind of fact of the right form', async () => {
      const store = await open();
      const record = fixtureRecord();
      const { iso3 } = first(record.reference.states);
      const date = '2000-01-01';
      const actions = actionKinds.map((kind) =>
        kind === 'succession' || kind === 'withdrawal' ? anAction(iso3, date, { kind, effectiveDate: date }) : anAction(iso3, date, { kind }),
      );
      const indicators = ['produced', 'nsag-use', 'art5-deadline', 'a1-b2-c3'].map((indicator) =>
        anIndicator(iso3, indicator, { from: '1999', until: '1999-12-31', reported: '2000-01-01' }),
      );
      const changed = withApmbc(record, { actions, indicators });
      unwrap(await store.replace(write(changed)));
      expect(facts(unwrap(await store.readRecord()))).toEqual(facts(changed));
    });

    test('logs every write, with its detail, in the same transaction, in a log that refuses updates and deletes', async () => {
      const store = await open();
      const record = fixtureRecord(['apmbc', 'ccm']);
      unwrap(await store.seed(write(record, 'seed')));
      unwrap(await store.replace(write({ reference: null, treaties: [apmbcOf(record)] }, 'import')));
      unwrap(await store.replace(write(record, 'import')));
      expect((await store.replace(write(withReference(record, { states: [] }), 'import'))).ok).toBe(false);
      const { db } = openDatabase(target());
      try {
        const log = await db.selectFrom('audit_log').select(['action', 'treaty', 'user_id', 'detail']).orderBy('id').execute();
        expect(log.map((entry) => ({ ...entry, detail: JSON.parse(entry.detail) as unknown }))).toEqual([
          { action: 'seed', treaty: null, user_id: null, detail: { parts: ['reference', 'treaty:apmbc', 'treaty:ccm'], detail: { by: 'test' } } },
          { action: 'import', treaty: 'apmbc', user_id: null, detail: { by: 'test' } },
          { action: 'import', treaty: null, user_id: null, detail: { by: 'test' } },
        ]);
        await expect(db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
        await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
        expect(await db.selectFrom('audit_log').select('action').execute()).toHaveLength(3);
      } finally {
        await db.destroy();
      }
    });
  });
}
