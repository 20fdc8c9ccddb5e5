import { describe, expect, test } from 'vitest';
import { aReference, aTreatyData } from '../../test/builders.js';
import { csvRecordFiles, importHarness } from '../../test/import-harness.js';
import { fixtureRecord, fixtureToday } from '../../test/record-fixture.js';
import { facts, unwrap } from '../../test/store-harness.js';
import { testRulesOf } from '../../test/treaty-rules.js';
import { calendarDate } from '../domain/calendar-date.js';
import type { RecordFiles } from './ports.js';
import { formatProblem } from './record-problem.js';
import { seedStore } from './seed-store.js';

const today = calendarDate(fixtureToday);
const both = () => fixtureRecord(['apmbc', 'ccm']);
const write = { action: 'import', detail: {} };

describe('seeding a store from the shipped record', () => {
  const harness = importHarness();
  const seed = async (dir: string, known = ['apmbc', 'ccm'], files: RecordFiles = csvRecordFiles) =>
    seedStore(await harness.store(), files, dir, known, testRulesOf, today);

  test('fills every part of a new store, and logs it', async () => {
    const dir = await harness.dataDir(both());
    expect(unwrap(await seed(dir))).toEqual([{ kind: 'reference' }, { kind: 'treaty', treaty: 'apmbc' }, { kind: 'treaty', treaty: 'ccm' }]);
    expect(facts(unwrap(await (await harness.store()).readRecord()))).toEqual(facts(both()));
    expect((await harness.auditLog()).map((e) => e.action)).toEqual(['seed']);
  });

  test('never fills again a part the store once held, even one a keeper emptied', async () => {
    const dir = await harness.dataDir(both());
    unwrap(await seed(dir));
    const store = await harness.store();
    unwrap(await store.replace({ data: { reference: aReference(), treaties: [aTreatyData('apmbc'), aTreatyData('ccm')] }, audit: write }));
    expect(unwrap(await seed(dir))).toEqual([]);
    expect(facts(unwrap(await store.readRecord()))).toEqual({ reference: aReference(), treaties: [aTreatyData('apmbc'), aTreatyData('ccm')] });
  });

  test('fills the record of a treaty new to the build, and nothing else', async () => {
    const store = await harness.store();
    const [apmbc] = both().treaties;
    unwrap(await store.replace({ data: { reference: both().reference, treaties: apmbc === undefined ? [] : [{ ...apmbc, indicators: [] }] }, audit: write }));
    expect(unwrap(await seed(await harness.dataDir(both())))).toEqual([{ kind: 'treaty', treaty: 'ccm' }]);
    const held = unwrap(await store.readRecord());
    expect(held.treaties.map((t) => [t.treaty, t.indicators.length])).toEqual([['apmbc', 0], ['ccm', 5]]);
  });

  test('reads no file once every part is initialised', async () => {
    unwrap(await seed(await harness.dataDir(both())));
    const unreadable: RecordFiles = { read: () => Promise.reject(new Error('read')), write: () => Promise.reject(new Error('write')) };
    expect(unwrap(await seed('/nonexistent', ['apmbc', 'ccm'], unreadable))).toEqual([]);
  });

  test('seeds nothing from a record that fails a check, and says why', async () => {
    const record = both();
    const dir = await harness.dataDir({ ...record, reference: { ...record.reference, sources: [] } });
    const seeded = await seed(dir);
    expect(seeded.ok ? [] : seeded.error.map(formatProblem).slice(0, 1)).toEqual([
      'states.csv:2: source: rests on other sources only; this fact needs a depositary or official source [source-grade]',
    ]);
    expect(await (await harness.store()).initialisedParts()).toEqual([]);
  });
});
