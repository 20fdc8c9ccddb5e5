// One contract for every record store: the same behaviours, registered once per dialect
// (sqlite-record-store.test.ts, postgres-record-store.test.ts), against real databases.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anAction, aTreatyData } from '../../test/builders.js';
import type { TestDatabases } from '../../test/postgres-server.js';
import { aRecordData } from '../../test/record-arbitrary.js';
import { fixtureDir, fixtureRecord } from '../../test/record-fixture.js';
import { facts, storeHarness, unwrap } from '../../test/store-harness.js';
import type { FullRecord, RecordData, Replacement } from '../app/ports.js';
import { formatProblem } from '../app/record-problem.js';
import { csvRecordFiles } from './csv-files.js';
import { referenceFiles, treatyFiles } from './csv-layout.js';
import { editorStoreContract } from './editor-store.contract.js';
import { recordStoreSchemaContract } from './record-store-schema.contract.js';
import { recordStoreUpgradeContract } from './record-store-upgrade.contract.js';

const filesOf = (treaties: readonly string[]) => [...Object.values(referenceFiles), ...treaties.flatMap((t) => Object.values(treatyFiles(t)))];
const write = (data: RecordData, action = 'test'): Replacement => ({ data, audit: { action, detail: {} } });
const both = () => fixtureRecord(['apmbc', 'ccm']);
const treatyOf = (record: RecordData, treaty: string) => record.treaties.find((t) => t.treaty === treaty);
const emptyRecord: FullRecord = { reference: { states: [], regions: [], sources: [], conflicts: [] }, treaties: [] };

export function recordStoreContract(dialect: string, databases: TestDatabases): void {
  describe(`the record store on ${dialect}`, () => {
    const { open, tempDir } = storeHarness(databases);

    test('holds nothing when new: no part initialised, version 0', async () => {
      const store = await open();
      expect(facts(unwrap(await store.readRecord()))).toEqual(emptyRecord);
      expect(await store.initialisedParts()).toEqual([]);
      expect(await store.version()).toBe(0);
    });

    test('gives back the record it was given, fact for fact and in order', async () => {
      const store = await open();
      unwrap(await store.replace(write(both())));
      expect(facts(unwrap(await store.readRecord()))).toEqual(facts(both()));
      expect(await store.initialisedParts()).toEqual([{ kind: 'reference' }, { kind: 'treaty', treaty: 'apmbc' }, { kind: 'treaty', treaty: 'ccm' }]);
    });

    test('exports a store seeded from a data directory byte for byte as that directory', async () => {
      const store = await open();
      const dir = await fixtureDir(both(), await tempDir());
      unwrap(await store.seed(write(unwrap(await csvRecordFiles.read(dir, ['apmbc', 'ccm'])), 'seed')));
      const out = await tempDir();
      await csvRecordFiles.write(out, unwrap(await store.readRecord()));
      for (const file of filesOf(['apmbc', 'ccm'])) expect(await readFile(join(out, file), 'utf8'), file).toBe(await readFile(join(dir, file), 'utf8'));
    });

    test('export, import, export gives the same bytes (property)', async () => {
      const store = await open();
      await fc.assert(
        fc.asyncProperty(aRecordData(), async (data) => {
          const [first, second] = [await tempDir(), await tempDir()];
          await csvRecordFiles.write(first, data);
          unwrap(await store.replace(write(unwrap(await csvRecordFiles.read(first, ['apmbc', 'ccm'])))));
          await csvRecordFiles.write(second, unwrap(await store.readRecord()));
          for (const file of filesOf(['apmbc', 'ccm'])) expect(await readFile(join(second, file), 'utf8'), file).toBe(await readFile(join(first, file), 'utf8'));
        }),
        { numRuns: 15 },
      );
    });

    test('points each fact at its table and row', async () => {
      const store = await open();
      unwrap(await store.replace(write(both())));
      const read = unwrap(await store.readRecord());
      expect(read.locate(read.reference.states[0] ?? {})).toEqual({ file: 'states', line: 1 });
      expect(read.locate(read.reference.sources[1] ?? {})).toEqual({ file: 'source_sites', line: 2 });
      expect(read.locate(treatyOf(read, 'ccm')?.actions[4] ?? {})).toEqual({ file: 'actions (ccm)', line: 5 });
    });

    test("replacing one treaty's record leaves the reference and every other treaty as they were", async () => {
      const store = await open();
      unwrap(await store.replace(write(both())));
      const apmbc = aTreatyData('apmbc', { actions: treatyOf(both(), 'apmbc')?.actions.slice(0, 3) ?? [] });
      unwrap(await store.replace(write({ reference: null, treaties: [apmbc] })));
      expect(facts(unwrap(await store.readRecord()))).toEqual({ reference: both().reference, treaties: [apmbc, treatyOf(both(), 'ccm')] });
    });

    test("replacing the reference alone leaves every treaty's record as it was", async () => {
      const store = await open();
      unwrap(await store.replace(write(both())));
      const reference = { ...both().reference, conflicts: [], sources: both().reference.sources.slice(0, 1) };
      unwrap(await store.replace(write({ reference, treaties: [] })));
      expect(facts(unwrap(await store.readRecord()))).toEqual({ reference, treaties: both().treaties });
    });

    test('a refused write leaves the store as it was, its version and its log too', async () => {
      const store = await open();
      unwrap(await store.replace(write(both())));
      const version = await store.version();
      // The reference would drop a State whose actions the other treaty keeps.
      const [first, ...rest] = both().reference.states;
      if (first === undefined) throw new Error('no States in the fixture');
      const refused = await store.replace(write({ reference: { ...both().reference, states: rest }, treaties: [treatyOf(both(), 'apmbc') ?? aTreatyData('apmbc')] }));
      expect(refused.ok ? 'accepted' : refused.error.code).toBe('invalid-record');
      expect(facts(unwrap(await store.readRecord()))).toEqual(facts(both()));
      expect(await store.version()).toBe(version);
    });

    test('seeds only the parts never initialised, and says which it wrote', async () => {
      const store = await open();
      const whole = both();
      const small: FullRecord = {
        reference: { ...whole.reference, conflicts: [] },
        treaties: [aTreatyData('apmbc', { actions: treatyOf(whole, 'apmbc')?.actions.slice(0, 40) ?? [] })],
      };
      expect(unwrap(await store.seed(write(small, 'seed')))).toEqual([{ kind: 'reference' }, { kind: 'treaty', treaty: 'apmbc' }]);
      expect(unwrap(await store.seed(write(whole, 'seed')))).toEqual([{ kind: 'treaty', treaty: 'ccm' }]);
      expect(unwrap(await store.seed(write(whole, 'seed')))).toEqual([]);
      const held = facts(unwrap(await store.readRecord()));
      expect(held).toEqual({ reference: small.reference, treaties: [...small.treaties, treatyOf(whole, 'ccm')] });
    });

    test('a part emptied by a replace stays initialised, and is never seeded again', async () => {
      const store = await open();
      unwrap(await store.seed(write(both(), 'seed')));
      unwrap(await store.replace(write({ reference: null, treaties: [aTreatyData('ccm')] })));
      unwrap(await store.replace(write({ reference: emptyRecord.reference, treaties: [aTreatyData('apmbc')] })));
      expect(unwrap(await store.seed(write(both(), 'seed')))).toEqual([]);
      expect(facts(unwrap(await store.readRecord()))).toEqual({ reference: emptyRecord.reference, treaties: [aTreatyData('apmbc'), aTreatyData('ccm')] });
    });

    test('keeps the record when opened again: migrations run once', async () => {
      unwrap(await (await open()).replace(write(both())));
      const again = await open();
      expect(facts(unwrap(await again.readRecord()))).toEqual(facts(both()));
      expect(await again.version()).toBe(1);
    });

    test('two writers at once leave one whole record, never a mix', async () => {
      const [a, b] = [await open(), await open()];
      const whole = both();
      const other: FullRecord = {
        reference: { ...whole.reference, states: whole.reference.states.slice(0, 42) },
        treaties: whole.treaties.map((t) => ({ ...t, actions: t.actions.filter((x) => whole.reference.states.slice(0, 42).some((s) => s.iso3 === x.iso3)).slice(0, 10), indicators: [] })),
      };
      const results = await Promise.all([a.replace(write(whole)), b.replace(write(other)), a.replace(write(other)), b.replace(write(whole))]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
      expect([facts(whole), facts(other)]).toContainEqual(facts(unwrap(await a.readRecord())));
      expect(await b.version()).toBe(4);
    });

    test('counts a new version at every write, and only then', async () => {
      const store = await open();
      const versions = [await store.version()];
      unwrap(await store.seed(write(fixtureRecord(['apmbc']), 'seed')));
      versions.push(await store.version());
      unwrap(await store.seed(write(fixtureRecord(['apmbc']), 'seed'))); // nothing left to seed
      versions.push(await store.version());
      unwrap(await store.replace(write({ reference: null, treaties: [aTreatyData('ccm', { actions: [anAction('QAA', '1997-12-03', { kind: 'signature', treaty: 'ccm' })] })] })));
      versions.push(await store.version());
      unwrap(await store.replace(write({ reference: null, treaties: [aTreatyData('ccm')] })));
      versions.push(await store.version());
      expect(versions).toEqual([0, 1, 1, 2, 3]);
    });

    test('reads rows back through the row rules, naming table, row and field of a bad one', async () => {
      const store = await open();
      // The schema lets an empty reason pass; the row rules do not.
      const record = both();
      const noReason = <T extends { reason: string }>(list: readonly T[]) => list.map((c) => ({ ...c, reason: '' }));
      unwrap(await store.replace(write({ reference: { ...record.reference, conflicts: noReason(record.reference.conflicts) }, treaties: record.treaties.map((t) => ({ ...t, conflicts: noReason(t.conflicts) })) })));
      const read = await store.readRecord();
      expect(read.ok ? [] : read.error.map(formatProblem)).toEqual([
        'conflicts:1: reason: "" must say why the chosen value was chosen [format]',
        'conflicts (apmbc):1: reason: "" must say why the chosen value was chosen [format]',
        'conflicts (ccm):1: reason: "" must say why the chosen value was chosen [format]',
      ]);
    });
  });

  recordStoreSchemaContract(dialect, databases);
  recordStoreUpgradeContract(dialect, databases);
  editorStoreContract(dialect, databases);
}
