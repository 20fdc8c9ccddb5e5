import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { aRecordData } from '../../test/record-arbitrary.js';
import type { LoadedData, RecordData } from '../app/ports.js';
import { formatProblem } from '../app/record-problem.js';
import { csvRecordFiles } from './csv-files.js';
import { recordFiles } from './csv-layout.js';

const shipped = join(import.meta.dirname, '..', '..', 'data');
const files = Object.values(recordFiles('apmbc'));
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'adherence-csv-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const facts = ({ record, regions, conflicts }: RecordData) => ({ record, regions, conflicts });

async function readOk(dir: string): Promise<LoadedData> {
  const read = await csvRecordFiles.read(dir, 'apmbc');
  if (!read.ok) throw new Error(read.error.map(formatProblem).join('\n'));
  return read.value;
}

describe('the record as a directory of CSV files', () => {
  test('writes the shipped record back byte for byte', async () => {
    const out = await tempDir();
    await csvRecordFiles.write(out, await readOk(shipped));
    for (const file of files) expect(await readFile(join(out, file), 'utf8'), file).toBe(await readFile(join(shipped, file), 'utf8'));
  });

  test('reads back exactly the facts it wrote, and writes them again to the same bytes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(aRecordData(), async (data) => {
        const [first, second] = [await tempDir(), await tempDir()];
        await csvRecordFiles.write(first, data);
        const read = await readOk(first);
        expect(facts(read)).toEqual(facts(data));
        await csvRecordFiles.write(second, read);
        for (const file of files) expect(await readFile(join(second, file), 'utf8')).toBe(await readFile(join(first, file), 'utf8'));
      }),
      { numRuns: 60 },
    );
  });

  test('remembers the file and line of every fact', async () => {
    const loaded = await readOk(shipped);
    expect(loaded.locate(loaded.record.states[0] ?? {})).toEqual({ file: 'states.csv', line: 2 });
    expect(loaded.locate(loaded.regions[2] ?? {})).toEqual({ file: 'regions.csv', line: 4 });
  });

  test('names the file, line, field and rule of each bad row, in regions and conflicts too', async () => {
    const dir = await tempDir();
    await csvRecordFiles.write(dir, await readOk(shipped));
    await writeFile(join(dir, 'regions.csv'), 'code,name,kind,source\n19,Americas,continent,https://example.org\n');
    const read = await csvRecordFiles.read(dir, 'apmbc');
    expect(read.ok).toBe(false);
    const lines = read.ok ? [] : read.error.map(formatProblem);
    expect(lines).toEqual([
      'regions.csv:2: code: "19" must be a three-digit UN M49 code [format]',
      'regions.csv:2: kind: "continent" must be one of region, sub-region, intermediate-region [format]',
    ]);
  });

  test('reports a missing file by its path', async () => {
    const dir = await tempDir();
    const read = await csvRecordFiles.read(dir, 'apmbc');
    expect(read.ok ? [] : read.error.map((p) => `${p.file} ${p.rule}`).sort()).toEqual(files.map((file) => `${file} file`).sort());
  });
});
