import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { aTreatyData } from '../../test/builders.js';
import { aRecordData } from '../../test/record-arbitrary.js';
import { fixtureRecord } from '../../test/record-fixture.js';
import type { LoadedData, RecordData } from '../app/ports.js';
import { fileOf } from '../app/record-changes.js';
import { formatProblem } from '../app/record-problem.js';
import { csvRecordFiles } from './csv-files.js';
import { referenceFiles, treatyFiles } from './csv-layout.js';

const shipped = join(import.meta.dirname, '..', '..', 'data');
const filesOf = (treaties: readonly string[]) => [...Object.values(referenceFiles), ...treaties.flatMap((t) => Object.values(treatyFiles(t)))];
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'adherence-csv-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const facts = ({ reference, treaties }: RecordData) => ({ reference, treaties });

async function readOk(dir: string, treaties: readonly string[] = ['apmbc']): Promise<LoadedData> {
  const read = await csvRecordFiles.read(dir, treaties);
  if (!read.ok) throw new Error(read.error.map(formatProblem).join('\n'));
  return read.value;
}

async function expectSameFiles(dir: string, expected: string, files: readonly string[]) {
  for (const file of files) expect(await readFile(join(dir, file), 'utf8'), file).toBe(await readFile(join(expected, file), 'utf8'));
}

describe('the record as a directory of CSV files', () => {
  // The shipped data/ is in the layout of the previous release until the record is rewritten.
  test.skipIf(!existsSync(join(shipped, referenceFiles.sources)))('writes the shipped record back byte for byte', async () => {
    const out = await tempDir();
    await csvRecordFiles.write(out, await readOk(shipped));
    await expectSameFiles(out, shipped, filesOf(['apmbc']));
  });

  test('writes a record, reads it back, and writes it again to the same bytes', async () => {
    const [first, second] = [await tempDir(), await tempDir()];
    const record = fixtureRecord(['apmbc', 'ccm']);
    await csvRecordFiles.write(first, record);
    const read = await readOk(first, ['apmbc', 'ccm']);
    expect(facts(read)).toEqual(facts(record));
    await csvRecordFiles.write(second, read);
    await expectSameFiles(second, first, filesOf(['apmbc', 'ccm']));
  });

  test('reads back exactly the facts it wrote, and writes them again to the same bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(aRecordData(), async (data) => {
        const [first, second] = [await tempDir(), await tempDir()];
        await csvRecordFiles.write(first, data);
        const read = await readOk(first, ['apmbc', 'ccm']);
        expect(facts(read)).toEqual(facts(data));
        await csvRecordFiles.write(second, read);
        await expectSameFiles(second, first, filesOf(['apmbc', 'ccm']));
      }),
      { numRuns: 40 },
    );
  });

  test('remembers the file and line of every fact', async () => {
    const dir = await tempDir();
    await csvRecordFiles.write(dir, fixtureRecord());
    const loaded = await readOk(dir);
    expect(loaded.locate(loaded.reference?.states[0] ?? {})).toEqual({ file: 'states.csv', line: 2 });
    expect(loaded.locate(loaded.reference?.regions[2] ?? {})).toEqual({ file: 'regions.csv', line: 4 });
    expect(loaded.locate(loaded.treaties[0]?.indicators[1] ?? {})).toEqual({ file: 'apmbc/indicators.csv', line: 3 });
  });

  test('reads only the parts the directory holds: one treaty folder and no reference', async () => {
    const dir = await tempDir();
    await csvRecordFiles.write(dir, { reference: null, treaties: [aTreatyData('ccm')] });
    expect(await readdir(dir)).toEqual(['ccm', 'datapackage.json']);
    const read = await readOk(dir, ['apmbc', 'ccm']);
    expect(facts(read)).toEqual({ reference: null, treaties: [aTreatyData('ccm')] });
  });

  test('reads no treaty it was not asked for', async () => {
    const dir = await tempDir();
    const record = fixtureRecord(['apmbc', 'ccm']);
    await csvRecordFiles.write(dir, record);
    expect(facts(await readOk(dir, ['ccm']))).toEqual({ reference: record.reference, treaties: [record.treaties[1]] });
  });

  test('names the file, line, field and rule of each bad row, in regions and sources too', async () => {
    const dir = await tempDir();
    await csvRecordFiles.write(dir, fixtureRecord());
    await writeFile(join(dir, 'regions.csv'), 'code,name,kind,source\n19,Americas,continent,https://example.org\n');
    await writeFile(join(dir, 'sources.csv'), 'site,publisher,grade,asAt,note\nhttps://example.org,Example,blog,,\n');
    const read = await csvRecordFiles.read(dir, ['apmbc']);
    expect(read.ok ? [] : read.error.map(formatProblem)).toEqual([
      'regions.csv:2: code: "19" must be a three-digit UN M49 code [format]',
      'regions.csv:2: kind: "continent" must be one of region, sub-region, intermediate-region [format]',
      'sources.csv:2: site: "https://example.org" must be a host (e.g. "the-monitor.org") or a host and path prefix, without "https://" [format]',
      'sources.csv:2: grade: "blog" must be one of depositary, official, monitor, press, other [format]',
    ]);
  });

  test('with states.csv, requires every reference file; with a treaty folder, every file of it', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'states.csv'), 'iso3,name,nameFr,nameEs,m49,region,subRegion,intermediateRegion,unMemberFrom,existsFrom,predecessor,source,note\n');
    await mkdir(join(dir, 'apmbc'));
    await writeFile(join(dir, 'apmbc', 'actions.csv'), 'iso3,kind,date,effectiveDate,effectSuspended,cn,source,note\n');
    const read = await csvRecordFiles.read(dir, ['apmbc']);
    expect(read.ok ? [] : read.error.map((p) => `${p.file} ${p.rule}`).sort()).toEqual(
      ['regions.csv', 'sources.csv', 'conflicts.csv', 'apmbc/indicators.csv', 'apmbc/conflicts.csv'].map((file) => `${file} file`).sort(),
    );
  });

  test('an empty directory holds no part of a record', async () => {
    expect(facts(await readOk(await tempDir()))).toEqual({ reference: null, treaties: [] });
  });

  test("the import's summary names the files of this layout", () => {
    const apmbc = { kind: 'treaty', treaty: 'apmbc' } as const;
    expect(Object.entries(referenceFiles).map(([name]) => fileOf({ kind: 'reference' }, name))).toEqual(Object.values(referenceFiles));
    expect(Object.entries(treatyFiles('apmbc')).map(([name]) => fileOf(apmbc, name))).toEqual(Object.values(treatyFiles('apmbc')));
  });
});
