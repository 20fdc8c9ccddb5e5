// The CLI wired as main.ts wires it (cliDeps), on temporary SQLite files: import, export-data,
// check and the store that status reads. No child processes: commands run as functions.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cliDeps, storeTarget } from '../src/cli-deps.js';
import { runCli } from '../src/cli/run.js';
import { readConfig, type Config } from '../src/config.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { recordFiles } from '../src/store/csv-layout.js';
import { shippedDir } from './store-harness.js';

const packageRoot = join(import.meta.dirname, '..');
const files = Object.values(recordFiles('apmbc'));
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'adherence-cli-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function run(config: Config, ...argv: string[]) {
  const output = { out: '', err: '' };
  const { deps, close } = cliDeps(config, calendarDate('2026-01-01'));
  try {
    const serve = async () => Promise.reject(new Error('these tests start no server'));
    const code = await runCli(argv, { ...deps, serve }, { out: (t) => (output.out += t), err: (t) => (output.err += t) });
    return { code, ...output };
  } finally {
    await close();
  }
}

const aConfig = async (env: NodeJS.ProcessEnv = {}) => readConfig({ XDG_DATA_HOME: await tempDir(), ...env }, packageRoot);

async function expectSameFiles(dir: string, expected: string) {
  for (const file of files) expect(await readFile(join(dir, file), 'utf8'), file).toBe(await readFile(join(expected, file), 'utf8'));
}

describe('adherence import and export-data', () => {
  test('a new default store is filled from the shipped record and exports it byte for byte', async () => {
    const config = await aConfig();
    const out = await tempDir();
    expect(await run(config, 'export-data', out)).toMatchObject({ code: 0, err: '' });
    await expectSameFiles(out, shippedDir);
    expect(config.defaultDatabaseFile).toBe(join(config.userDataDir, 'adherence.sqlite'));
    await expect(readFile(config.defaultDatabaseFile)).resolves.toBeDefined();
  });

  test('imports a directory, then exports it back byte for byte; status reads the imported record', async () => {
    const config = await aConfig();
    const db = join(await tempDir(), 'record.sqlite');
    const changed = await tempDir();
    await cp(shippedDir, changed, { recursive: true });
    for (const file of ['states.csv', 'apmbc/actions.csv', 'apmbc/indicators.csv']) {
      const text = await readFile(join(changed, file), 'utf8');
      await writeFile(join(changed, file), text.split('\n').filter((line) => !line.startsWith('TUV,')).join('\n'));
    }
    const imported = await run(config, 'import', changed, '--db', db);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toContain('imported 196 States');
    const out = await tempDir();
    expect((await run(config, 'export-data', out, '--db', db)).code).toBe(0);
    await expectSameFiles(out, changed);
    expect((await run(config, 'status', '--json', '--as-of', '2025-01-01', '--db', db)).out).toContain('"states": 196');
  });

  test('refuses a directory with one bad row: one line per problem, exit 2, the store unchanged', async () => {
    const config = await aConfig();
    const db = join(await tempDir(), 'record.sqlite');
    const bad = await tempDir();
    await cp(shippedDir, bad, { recursive: true });
    const actions = await readFile(join(bad, 'apmbc', 'actions.csv'), 'utf8');
    await writeFile(join(bad, 'apmbc', 'actions.csv'), actions.replace('\nAGO,ratification,2002-07-05,', '\nAGO,ratify,2002-07-05,'));
    const refused = await run(config, 'import', bad, '--db', db);
    expect(refused.code).toBe(2);
    expect(refused.err.split('\n')).toEqual([
      'apmbc/actions.csv:4: kind: "ratify" must be one of signature, ratification, acceptance, approval, accession, succession, withdrawal, declaration [format]',
      `adherence import: 1 problem(s) in ${bad}; nothing was imported`,
      '',
    ]);
    const out = await tempDir();
    await run(config, 'export-data', out, '--db', db);
    await expectSameFiles(out, shippedDir);
  });

  test('refuses a directory that breaks a rule of the treaty, as check does', async () => {
    const config = await aConfig();
    const bad = await tempDir();
    await cp(shippedDir, bad, { recursive: true });
    const actions = await readFile(join(bad, 'apmbc', 'actions.csv'), 'utf8');
    await writeFile(join(bad, 'apmbc', 'actions.csv'), `${actions}AGO,accession,2010-01-01,,,,https://example.org,\n`);
    const checked = await run(config, 'check', '--data', bad);
    const refused = await run(config, 'import', bad);
    expect(checked.code).toBe(1);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(checked.err.split('\n')[0]);
  });
});

describe('which store a command uses', () => {
  test('--db first, then DATABASE_URL, then the SQLite file under the user data directory', async () => {
    const config = await aConfig({ DATABASE_URL: 'postgres://db.example/adherence' });
    expect(storeTarget('/tmp/x.sqlite', config)).toBe('/tmp/x.sqlite');
    expect(storeTarget(undefined, config)).toBe('postgres://db.example/adherence');
    const plain = await aConfig();
    expect(storeTarget(undefined, plain)).toBe(join(plain.userDataDir, 'adherence.sqlite'));
  });

  test('check with no option validates the shipped files, not a store', async () => {
    const config = await aConfig();
    expect(await run(config, 'check')).toMatchObject({ code: 0, out: expect.stringContaining('the record is valid') });
    await expect(readFile(config.defaultDatabaseFile)).rejects.toThrow();
  });

  test('check --db validates the record in a store', async () => {
    const config = await aConfig();
    const db = join(await tempDir(), 'record.sqlite');
    expect(await run(config, 'check', '--db', db)).toMatchObject({ code: 0, out: expect.stringContaining('197 States') });
    expect((await run(config, 'check', '--db', db, '--data', shippedDir)).code).toBe(2);
  });
});
