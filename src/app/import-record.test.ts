import { describe, expect, test } from 'vitest';
import { anAction, aReference, aTreatyData } from '../../test/builders.js';
import { csvRecordFiles, importHarness } from '../../test/import-harness.js';
import { fixtureRecord, fixtureToday } from '../../test/record-fixture.js';
import { facts, unwrap } from '../../test/store-harness.js';
import { testRulesOf } from '../../test/treaty-rules.js';
import { calendarDate } from '../domain/calendar-date.js';
import { checkRecord } from './check-record.js';
import { importRecord, type ImportOptions } from './import-record.js';
import type { FullRecord, RecordData, TreatyData } from './ports.js';
import { formatProblem } from './record-problem.js';

const today = calendarDate(fixtureToday);
const known = ['apmbc', 'ccm'];
const options = (more: Partial<ImportOptions> = {}): ImportOptions => ({ dryRun: false, allowRemovals: false, known, ...more });
const both = () => fixtureRecord(['apmbc', 'ccm']);
const treaty = (record: RecordData, id: string): TreatyData => record.treaties.find((t) => t.treaty === id) ?? aTreatyData(id);
const summary = (changes: readonly { files: readonly { file: string; added: number; changed: number; removed: number }[] }[]) =>
  changes.flatMap((p) => p.files).filter((f) => f.added + f.changed + f.removed > 0).map((f) => `${f.file}: ${f.added} added, ${f.changed} changed, ${f.removed} removed`);

/** The fixture with a State renamed, an action added to apmbc, and ccm's indicators dropped. */
function edited(): FullRecord {
  const record = both();
  const [first, ...rest] = record.reference.states;
  if (first === undefined) throw new Error('no States');
  const apmbc = treaty(record, 'apmbc');
  return {
    reference: { ...record.reference, states: [{ ...first, name: 'Renamed' }, ...rest] },
    treaties: [
      { ...apmbc, actions: [...apmbc.actions, anAction(first.iso3, '2020-01-06', { kind: 'declaration' })] },
      { ...treaty(record, 'ccm'), indicators: [] },
    ],
  };
}

describe('importing a data directory into the store', () => {
  const harness = importHarness();
  const seeded = async (record: FullRecord = both()) => {
    const store = await harness.store();
    unwrap(await store.replace({ data: record, audit: { action: 'seed', detail: {} } }));
    return store;
  };
  const run = async (data: RecordData | null, more: Partial<ImportOptions> = {}) =>
    importRecord(csvRecordFiles, await harness.store(), await harness.dataDir(data), options(more), testRulesOf, today);

  test('the fixture standing in for the shipped record passes every check', () => {
    expect(checkRecord({ ...both(), locate: () => ({ file: 'fixture', line: null }) }, testRulesOf, today).map(formatProblem)).toEqual([]);
  });

  test('a dry run says what would change, and writes nothing', async () => {
    const store = await seeded();
    const version = await store.version();
    const imported = unwrap(await run(edited(), { dryRun: true, allowRemovals: true }));
    expect(imported.written).toBe(false);
    expect(summary(imported.changes)).toEqual(['states.csv: 0 added, 1 changed, 0 removed', 'apmbc/actions.csv: 1 added, 0 changed, 0 removed', 'ccm/indicators.csv: 0 added, 0 changed, 5 removed']);
    expect(facts(unwrap(await store.readRecord()))).toEqual(facts(both()));
    expect(await store.version()).toBe(version);
    expect((await harness.auditLog()).map((e) => e.action)).toEqual(['seed']);
  });

  test('refuses an import that would remove facts, unless removals are allowed', async () => {
    const store = await seeded();
    const refused = await run(edited());
    expect(refused.ok ? 'written' : refused.error.kind).toBe('removals');
    expect(facts(unwrap(await store.readRecord()))).toEqual(facts(both()));
    const imported = unwrap(await run(edited(), { allowRemovals: true }));
    expect(imported.written).toBe(true);
    expect(facts(unwrap(await store.readRecord()))).toEqual(facts(edited()));
  });

  test('writes the import and its summary to the audit log, as a new version of the record', async () => {
    const store = await seeded();
    const imported = unwrap(await run(edited(), { allowRemovals: true }));
    expect(await store.version()).toBe(2);
    const log = await harness.auditLog();
    expect(log.map((e) => e.action)).toEqual(['seed', 'import']);
    expect(log[1]?.detail).toEqual(JSON.parse(JSON.stringify(imported.changes)));
  });

  test('refuses a directory of header-only files whatever the options, naming the parts it would empty; the store keeps its record', async () => {
    const store = await seeded();
    const headers = { reference: aReference(), treaties: [aTreatyData('apmbc'), aTreatyData('ccm')] };
    const refused = await run(headers, { allowRemovals: true });
    expect(refused.ok ? [] : refused.error.kind === 'empty' ? refused.error.emptied.map((e) => e.file) : refused.error.kind).toEqual(['states.csv', 'apmbc/actions.csv', 'ccm/actions.csv']);
    expect(facts(unwrap(await store.readRecord()))).toEqual(facts(both()));
    expect(await store.version()).toBe(1);
  });

  test('refuses a directory that holds no part of a record', async () => {
    await seeded();
    const refused = await run(null, { allowRemovals: true });
    expect(refused.ok ? 'written' : refused.error).toEqual({ kind: 'nothing', treaties: known });
  });

  test("importing one treaty's folder leaves the reference and the other treaty's record untouched", async () => {
    const store = await seeded();
    const apmbc = treaty(edited(), 'apmbc');
    unwrap(await run({ reference: null, treaties: [apmbc] }));
    expect(facts(unwrap(await store.readRecord()))).toEqual({ reference: both().reference, treaties: [apmbc, treaty(both(), 'ccm')] });
  });

  test('with a treaty named, reads the reference and that treaty only', async () => {
    const store = await seeded();
    const imported = unwrap(await run(edited(), { treaty: 'apmbc' }));
    expect(imported.changes.map((p) => p.part)).toEqual([{ kind: 'reference' }, { kind: 'treaty', treaty: 'apmbc' }]);
    const held = unwrap(await store.readRecord());
    expect(facts(held)).toEqual({ reference: edited().reference, treaties: [treaty(edited(), 'apmbc'), treaty(both(), 'ccm')] });
  });

  test('refuses a treaty the build does not know, and a directory without the folder of the treaty named', async () => {
    await seeded();
    expect((await run(both(), { treaty: 'ottawa' })).ok ? 'written' : 'refused').toBe('refused');
    const refused = await run({ reference: both().reference, treaties: [] }, { treaty: 'ccm' });
    expect(refused.ok ? 'written' : refused.error).toEqual({ kind: 'no-folder', treaty: 'ccm' });
  });

  test("checks the whole record that would result: a reference that breaks another treaty's record is refused, pointing at its rows", async () => {
    const store = await seeded();
    const record = both();
    const reference = { ...record.reference, states: record.reference.states.filter((s) => s.iso3 !== 'QAR') };
    const refused = await run({ reference, treaties: [] }, { allowRemovals: true });
    const problems = refused.ok ? [] : refused.error.kind === 'invalid' ? refused.error.problems.map(formatProblem) : [refused.error.kind];
    expect(problems).toEqual([
      'actions (apmbc):18: iso3: QAR is not a State in the record [references]',
      'actions (apmbc):58: iso3: QAR is not a State in the record [references]',
      'actions (ccm):18: iso3: QAR is not a State in the record [references]',
      'actions (ccm):58: iso3: QAR is not a State in the record [references]',
    ]);
    expect(facts(unwrap(await store.readRecord()))).toEqual(facts(both()));
  });

  test('refuses a directory that fails a check of `adherence check`, naming its file and line', async () => {
    await seeded();
    const apmbc = treaty(both(), 'apmbc');
    const bad = { reference: null, treaties: [{ ...apmbc, actions: [...apmbc.actions, anAction('QAA', '2010-01-01', { kind: 'accession' })] }] };
    const refused = await run(bad);
    const problems = refused.ok ? [] : refused.error.kind === 'invalid' ? refused.error.problems.map(formatProblem) : [refused.error.kind];
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.startsWith('apmbc/actions.csv:87: kind: QAA: '))).toBe(true);
  });
});
