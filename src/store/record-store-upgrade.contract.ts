// Upgrading a store of the previous release (schema 0002: indicators with a year and a date, the
// APMBC's old kinds, one list of conflicts), for every dialect: the database is built with the
// frozen migrations 0001 and 0002 and rows of that release, then opened with the current code.
import { sql, type Kysely } from 'kysely';
import { describe, expect, test } from 'vitest';
import { anAction, anIndicator, aRegion, aState } from '../../test/builders.js';
import type { TestDatabases } from '../../test/postgres-server.js';
import { storeHarness, unwrap } from '../../test/store-harness.js';
import type { Reference } from '../app/ports.js';
import { checkRecord } from '../app/check-record.js';
import { formatProblem } from '../app/record-problem.js';
import { treaties } from '../app/treaties.js';
import { calendarDate } from '../domain/calendar-date.js';
import { migrateUpTo } from './migrate.js';
import { openDatabase, StoreOpenError } from './open-store.js';

/** The tables as release 0.1 wrote them. */
type Release01 = {
  regions: { code: string; position: number; name: string; kind: string; source: string };
  states: { iso3: string; position: number; name: string; m49: string; region: string; sub_region: string; source: string };
  actions: { treaty: string; position: number; iso3: string; kind: string; date: string; source: string; note: string };
  indicators: { treaty: string; position: number; iso3: string; indicator: string; value: string | null; year: number | null; date: string | null; confidence: string; source: string; note: string };
  conflicts: { position: number; file: string; key: string; field: string; value_chosen: string; source_chosen: string; value_other: string; source_other: string; reason: string };
  audit_log: { action: string; treaty: string | null; detail: string };
};

const src = 'https://example.org/old';
type OldIndicator = [indicator: string, value: string | null, year: number | null, date: string | null];
const oldIndicators: readonly OldIndicator[] = [
  ['former-producer', null, 1995, null],
  ['former-producer', null, null, null],
  ['current-producer', null, 2020, null],
  ['used', null, 2001, null],
  ['used', null, null, null],
  ['new-use-state', null, 2022, null],
  ['new-use-nsag', null, 2023, null],
  ['mine-affected', 'cleared', 2010, null],
  ['mine-affected', 'yes', 2024, null],
  ['stockpiled', null, 2019, null],
  ['stockpile-estimate', '26500000', 2018, null],
  ['transferred', null, 1996, null],
  ['art4-completed', null, 2006, '2003-05-01'],
  ['art4-completed', null, 2004, null],
  ['art5-completed', null, 2009, '2009-08-01'],
  ['art5-deadline', null, 2030, '2030-03-01'],
  ['art5-extension', null, 2023, '2023-03-01'],
  ['stockpiled', null, null, '2005-06-01'],
];

/** What each old row becomes: the kind the treaty module declares, its period, and when it was reported. */
const converted = [
  anIndicator('AAA', 'produced', { until: '1995', reported: '1995', source: src }),
  anIndicator('AAA', 'produced', { reported: null, source: src }),
  anIndicator('AAA', 'produced', { reported: '2020', source: src }),
  anIndicator('AAA', 'used', { from: '2001', until: '2001', reported: '2001', source: src }),
  anIndicator('AAA', 'used', { reported: null, source: src }),
  anIndicator('AAA', 'used', { from: '2022', until: '2022', reported: '2022', source: src }),
  anIndicator('AAA', 'nsag-use', { from: '2023', until: '2023', reported: '2023', source: src }),
  anIndicator('AAA', 'affected', { until: '2010', reported: '2010', source: src }),
  anIndicator('AAA', 'affected', { reported: '2024', source: src }),
  anIndicator('AAA', 'stockpiled', { reported: '2019', source: src }),
  anIndicator('AAA', 'stockpile-estimate', { value: '26500000', from: '2018', reported: '2018', source: src }),
  anIndicator('AAA', 'transferred', { until: '1996', reported: '1996', source: src }),
  anIndicator('AAA', 'art4-completed', { from: '2003-05-01', reported: '2006', source: src }),
  anIndicator('AAA', 'art4-completed', { from: '2004', reported: '2004', source: src }),
  anIndicator('AAA', 'art5-completed', { from: '2009-08-01', reported: '2009', source: src }),
  anIndicator('AAA', 'art5-deadline', { value: '2030-03-01', reported: '2030', source: src }),
  anIndicator('AAA', 'art5-extension', { value: '2023-03-01', reported: '2023', source: src }),
  anIndicator('AAA', 'stockpiled', { reported: '2005', source: src }),
];

const states = [
  { iso3: 'AAA', position: 1, name: 'Aland, "A"', m49: '001', region: '150', sub_region: '155', source: src },
  { iso3: 'BBB', position: 2, name: 'Bland', m49: '002', region: '150', sub_region: '155', source: src },
];
const conflict = { key: 'AAA date', field: 'date', value_chosen: '1', source_chosen: src, value_other: '2', source_other: src, reason: 'The depositary says so' };

/** A database at schema 0002 holding a record of release 0.1 (or nothing). */
async function release01Store(target: string, options: { empty?: boolean; treaty?: string } = {}): Promise<void> {
  const { db, dialect } = openDatabase(target);
  try {
    await migrateUpTo(db, dialect, '0002-editors-and-audit-log');
    if (options.empty === true) return;
    const old = db as unknown as Kysely<Release01>;
    const treaty = options.treaty ?? 'apmbc';
    await old.insertInto('regions').values([
      { code: '150', position: 1, name: 'Europe', kind: 'region', source: src },
      { code: '155', position: 2, name: 'Western Europe', kind: 'sub-region', source: src },
    ]).execute();
    await old.insertInto('states').values(states).execute();
    await old.insertInto('actions').values([
      { treaty, position: 1, iso3: 'AAA', kind: 'signature', date: '1997-12-03', source: src, note: '' },
      { treaty, position: 2, iso3: 'BBB', kind: 'accession', date: '2000-01-01', source: src, note: 'By letter' },
    ]).execute();
    await old.insertInto('indicators').values(
      oldIndicators.map(([indicator, value, year, date], i) => ({ treaty, position: i + 1, iso3: 'AAA', indicator, value, year, date, confidence: 'confirmed', source: src, note: '' })),
    ).execute();
    await old.insertInto('conflicts').values([
      { ...conflict, position: 1, file: 'states.csv' },
      { ...conflict, position: 2, file: 'apmbc/actions.csv' },
      { ...conflict, position: 3, file: 'regions.csv' },
    ]).execute();
    await old.insertInto('audit_log').values({ action: 'seed-record', treaty, detail: '{}' }).execute();
  } finally {
    await db.destroy();
  }
}

/** The reference the keeper imports after the upgrade: the same States, now with French and Spanish names. */
const namedReference: Reference = {
  states: states.map((s) => aState({ iso3: s.iso3, name: s.name, nameFr: `${s.name} (fr)`, nameEs: `${s.name} (es)`, m49: s.m49, unMemberFrom: null, source: src })),
  regions: [{ ...aRegion('150', 'region', 'Europe'), source: src }, { ...aRegion('155', 'sub-region', 'Western Europe'), source: src }],
  sources: [],
  conflicts: [],
};

export function recordStoreUpgradeContract(dialect: string, databases: TestDatabases): void {
  describe(`upgrading a store of release 0.1 on ${dialect}`, () => {
    const { open, target } = storeHarness(databases, { schema: 'empty' });

    test('keeps its facts, converting each old indicator to a kind, a period and the year it was reported', async () => {
      await release01Store(target());
      const store = await open();
      unwrap(await store.replace({ data: { reference: namedReference, treaties: [] }, audit: { action: 'import', detail: {} } }));
      const [apmbc] = unwrap(await store.readRecord()).treaties;
      expect(apmbc?.indicators).toEqual(converted);
      expect(apmbc?.actions).toEqual([
        anAction('AAA', '1997-12-03', { kind: 'signature', source: src }),
        anAction('BBB', '2000-01-01', { kind: 'accession', source: src, note: 'By letter' }),
      ]);
    });

    test("sorts old conflicts into the reference's and the treaty's, and keeps the log", async () => {
      await release01Store(target());
      await open();
      const { db } = openDatabase(target());
      try {
        expect(await db.selectFrom('conflicts').select(['scope', 'position', 'file']).orderBy('scope').orderBy('position').execute()).toEqual([
          { scope: '', position: 1, file: 'states.csv' },
          { scope: '', position: 3, file: 'regions.csv' },
          { scope: 'apmbc', position: 2, file: 'apmbc/actions.csv' },
        ]);
        expect(await db.selectFrom('audit_log').select('action').execute()).toEqual([{ action: 'seed-record' }]);
        expect(await db.selectFrom('states').select(['iso3', 'name_fr', 'name_es']).orderBy('position').execute()).toEqual([
          { iso3: 'AAA', name_fr: '', name_es: '' },
          { iso3: 'BBB', name_fr: '', name_es: '' },
        ]);
      } finally {
        await db.destroy();
      }
    });

    test('counts the parts it held as initialised, so they are never seeded over', async () => {
      await release01Store(target());
      const store = await open();
      expect(await store.initialisedParts()).toEqual([{ kind: 'reference' }, { kind: 'treaty', treaty: 'apmbc' }]);
      expect(await store.version()).toBe(0);
    });

    test('opens and reads, and adherence check asks the keeper for the French and Spanish names it lacks', async () => {
      await release01Store(target());
      const read = await (await open()).readRecord();
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const problems = checkRecord(read.value, (id) => treaties.get(id), calendarDate('2026-12-03')).filter((p) => p.rule === 'name');
      expect(problems.map(formatProblem).slice(0, 2)).toEqual([
        'states:1: nameFr: AAA needs its UN French short name (UNTERM) [name]',
        'states:1: nameEs: AAA needs its UN Spanish short name (UNTERM) [name]',
      ]);
    });

    test('a store of release 0.1 that held nothing has no part initialised', async () => {
      await release01Store(target(), { empty: true });
      expect(await (await open()).initialisedParts()).toEqual([]);
    });

    test('an upgrade that fails half-way leaves schema 0002 and every row of it', async () => {
      // Release 0.1 took any treaty id; the new schema takes lower-case ids only, so copying the actions fails.
      await release01Store(target(), { treaty: 'APMBC' });
      await expect(open()).rejects.toThrow(StoreOpenError);
      await expect(open()).rejects.toThrow(/migration 0003-sources-periods-and-parts failed/);
      const { db } = openDatabase(target());
      try {
        const migrated = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
        expect(migrated.rows.map((r) => r.name)).toEqual(['0001-record', '0002-editors-and-audit-log']);
        const years = await sql<{ year: number | null }>`SELECT year FROM indicators ORDER BY position`.execute(db);
        expect(years.rows.map((r) => r.year)).toEqual(oldIndicators.map(([, , year]) => year));
        expect(await db.selectFrom('actions').select('treaty').execute()).toHaveLength(2);
      } finally {
        await db.destroy();
      }
    });
  });
}
