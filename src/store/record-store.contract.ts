// One contract for every record store: the same behaviours, registered once per dialect
// (sqlite-record-store.test.ts, postgres-record-store.test.ts), against real databases.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { TestDatabase } from '../../test/postgres-server.js';
import { aRecordData } from '../../test/record-arbitrary.js';
import { facts, shippedDir, storeHarness, unwrap } from '../../test/store-harness.js';
import type { RecordData } from '../app/ports.js';
import { formatProblem } from '../app/record-problem.js';
import { csvRecordFiles } from './csv-files.js';
import { recordFiles } from './csv-layout.js';
import { recordStoreSchemaContract } from './record-store-schema.contract.js';

const files = Object.values(recordFiles('apmbc'));
const firstStates = (data: RecordData, count: number): RecordData => ({
  ...data,
  record: { ...data.record, states: data.record.states.slice(0, count), actions: [], indicators: [] },
});

export function recordStoreContract(dialect: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`the record store on ${dialect}`, () => {
    const { open, shipped, tempDir } = storeHarness(createDatabase);

    test('holds no States when new', async () => {
      const store = await open();
      expect(await store.isEmpty()).toBe(true);
      const read = unwrap(await store.readData('apmbc'));
      expect(facts(read)).toEqual({ record: { treaty: 'apmbc', states: [], actions: [], indicators: [] }, regions: [], conflicts: [] });
    });

    test('gives back the record it was given, fact for fact and in order', async () => {
      const store = await open();
      unwrap(await store.replaceData(shipped()));
      expect(facts(unwrap(await store.readData('apmbc')))).toEqual(facts(shipped()));
    });

    test('exports a freshly seeded store byte for byte as the shipped data directory', async () => {
      const store = await open();
      expect(unwrap(await store.seedData(shipped()))).toBe(true);
      const out = await tempDir();
      await csvRecordFiles.write(out, unwrap(await store.readData('apmbc')));
      for (const file of files) expect(await readFile(join(out, file), 'utf8'), file).toBe(await readFile(join(shippedDir, file), 'utf8'));
    });

    test('export, import, export gives the same bytes (property)', async () => {
      const store = await open();
      await fc.assert(
        fc.asyncProperty(aRecordData(), async (data) => {
          const [first, second] = [await tempDir(), await tempDir()];
          await csvRecordFiles.write(first, data);
          unwrap(await store.replaceData(unwrap(await csvRecordFiles.read(first, 'apmbc'))));
          await csvRecordFiles.write(second, unwrap(await store.readData('apmbc')));
          for (const file of files) expect(await readFile(join(second, file), 'utf8')).toBe(await readFile(join(first, file), 'utf8'));
        }),
        { numRuns: 25 },
      );
    });

    test('points each fact at its table and row', async () => {
      const store = await open();
      unwrap(await store.replaceData(shipped()));
      const read = unwrap(await store.readRecord('apmbc'));
      expect(read.locate(read.record.states[0] ?? {})).toEqual({ file: 'states', line: 1 });
      expect(read.locate(read.record.actions[4] ?? {})).toEqual({ file: 'actions', line: 5 });
    });

    test('replaces the whole record: nothing of the previous one remains', async () => {
      const store = await open();
      unwrap(await store.replaceData(shipped()));
      unwrap(await store.replaceData(firstStates(shipped(), 3)));
      expect(facts(unwrap(await store.readData('apmbc')))).toEqual(facts(firstStates(shipped(), 3)));
    });

    test('seeds only a store that holds no States', async () => {
      const store = await open();
      expect(unwrap(await store.seedData(firstStates(shipped(), 3)))).toBe(true);
      expect(await store.isEmpty()).toBe(false);
      expect(unwrap(await store.seedData(shipped()))).toBe(false);
      expect(facts(unwrap(await store.readData('apmbc')))).toEqual(facts(firstStates(shipped(), 3)));
    });

    test('keeps the record when opened again: migrations run once', async () => {
      unwrap(await (await open()).replaceData(shipped()));
      expect(facts(unwrap(await (await open()).readData('apmbc')))).toEqual(facts(shipped()));
    });

    test('two writers at once leave one whole record, never a mix', async () => {
      const [a, b] = [await open(), await open()];
      const other = { ...shipped(), record: { ...shipped().record, actions: shipped().record.actions.slice(0, 10) } };
      const results = await Promise.all([a.replaceData(shipped()), b.replaceData(other), a.replaceData(other), b.replaceData(shipped())]);
      expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
      expect([facts(shipped()), facts(other)]).toContainEqual(facts(unwrap(await a.readData('apmbc'))));
    });

    test('reads rows back through the row rules, naming table, row and field of a bad one', async () => {
      const store = await open();
      // The schema lets an empty reason pass; the row rules do not.
      const [conflict] = shipped().conflicts;
      if (conflict === undefined) throw new Error('the shipped record has no source conflicts');
      unwrap(await store.replaceData({ ...shipped(), conflicts: [{ ...conflict, reason: '' }] }));
      const read = await store.readData('apmbc');
      expect(read.ok ? [] : read.error.map(formatProblem)).toEqual(['conflicts:1: reason: "" must say why the chosen value was chosen [format]']);
    });
  });

  recordStoreSchemaContract(dialect, createDatabase);
}
