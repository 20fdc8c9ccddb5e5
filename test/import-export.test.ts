// `adherence import` and `export-data` wired as main.ts wires them (cliDeps), on temporary SQLite
// files, with the fixture record standing in for the shipped data/ and the test treaty modules.
// No child processes: commands run as functions.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { FullRecord } from '../src/app/ports.js';
import { cliDeps, storeTarget } from '../src/cli-deps.js';
import { exportDataCommand } from '../src/cli/export-data-command.js';
import { importCommand } from '../src/cli/import-command.js';
import { UsageError, type CliDeps, type Io } from '../src/cli/io.js';
import { readConfig, type Config } from '../src/config.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { referenceFiles, treatyFiles } from '../src/store/csv-layout.js';
import { anAction, aReference, aTreatyData } from './builders.js';
import { fixtureDir, fixtureRecord, fixtureToday } from './record-fixture.js';
import { testTreaties } from './treaty-rules.js';

const packageRoot = join(import.meta.dirname, '..');
const files = [...Object.values(referenceFiles), ...['apmbc', 'ccm'].flatMap((t) => Object.values(treatyFiles(t))), 'datapackage.json'];
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'adherence-cli-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

type Command = (args: readonly string[], deps: CliDeps, io: Io) => Promise<number>;
const commands: Record<string, Command> = { import: importCommand, 'export-data': exportDataCommand };

/** Runs one command as runCli would: its own store, closed after; a usage error is exit 2. */
async function run(config: Config, name: string, ...args: string[]) {
  const output = { out: '', err: '' };
  const { deps, close } = cliDeps(config, calendarDate(fixtureToday), {}, testTreaties);
  const io = { out: (t: string) => (output.out += t), err: (t: string) => (output.err += t) };
  try {
    const serve = async () => Promise.reject(new Error('these tests start no server'));
    const command = commands[name];
    if (command === undefined) throw new Error(`no command ${name} in this test`);
    const code = await command(args, { ...deps, serve }, io).catch((error: unknown) => {
      if (!(error instanceof UsageError)) throw error;
      io.err(`adherence ${name}: ${error.message}\n`);
      return 2;
    });
    return { code, ...output };
  } finally {
    await close();
  }
}

/** A configuration whose shipped record is the fixture (apmbc and ccm). */
async function aConfig(env: NodeJS.ProcessEnv = {}): Promise<{ config: Config; shipped: string }> {
  const shipped = await fixtureDir(fixtureRecord(['apmbc', 'ccm']), await tempDir());
  return { config: readConfig({ XDG_DATA_HOME: await tempDir(), ADHERENCE_DATA_DIR: shipped, ...env }, packageRoot), shipped };
}

async function expectSameFiles(dir: string, expected: string) {
  for (const file of files) expect(await readFile(join(dir, file), 'utf8'), file).toBe(await readFile(join(expected, file), 'utf8'));
}

/** The shipped fixture with a State renamed and an action added to apmbc. */
function edited(): FullRecord {
  const record = fixtureRecord(['apmbc', 'ccm']);
  const [first, ...rest] = record.reference.states;
  const [apmbc, ccm] = record.treaties;
  if (first === undefined || apmbc === undefined || ccm === undefined) throw new Error('fixture');
  return {
    reference: { ...record.reference, states: [{ ...first, name: 'Renamed' }, ...rest] },
    treaties: [{ ...apmbc, actions: [...apmbc.actions, anAction(first.iso3, '2020-01-06', { kind: 'declaration' })] }, ccm],
  };
}

const unchanged = (file: string) => `${file}: 0 added, 0 changed, 0 removed`;

describe('adherence import and export-data', () => {
  test('a new default store is filled from the shipped record and exports it byte for byte', async () => {
    const { config, shipped } = await aConfig();
    const out = await tempDir();
    const exported = await run(config, 'export-data', out);
    expect(exported).toMatchObject({ code: 0, err: '' });
    expect(exported.out).toContain('wrote 45 States, 5 regions, 2 sources, 1 source conflicts; apmbc: 85 actions, 5 indicators, 1 source conflicts; ccm: ');
    await expectSameFiles(out, shipped);
    await expect(readFile(config.defaultDatabaseFile)).resolves.toBeDefined();
  });

  test('imports a directory, printing what changed file by file, then exports it back byte for byte', async () => {
    const { config } = await aConfig();
    const db = join(await tempDir(), 'record.sqlite');
    const changed = await fixtureDir(edited(), await tempDir());
    const imported = await run(config, 'import', changed, '--db', db);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out.split('\n')).toEqual([
      'states.csv: 0 added, 1 changed, 0 removed',
      ...['regions.csv', 'sources.csv', 'conflicts.csv'].map(unchanged),
      'apmbc/actions.csv: 1 added, 0 changed, 0 removed',
      ...['apmbc/indicators.csv', 'apmbc/conflicts.csv', 'ccm/actions.csv', 'ccm/indicators.csv', 'ccm/conflicts.csv'].map(unchanged),
      `adherence import: imported the reference, apmbc and ccm from ${changed} into ${db}`,
      '',
    ]);
    const out = await tempDir();
    expect((await run(config, 'export-data', out, '--db', db)).code).toBe(0);
    await expectSameFiles(out, changed);
  });

  test('with --dry-run prints what would change and writes nothing', async () => {
    const { config, shipped } = await aConfig();
    const dryRun = await run(config, 'import', await fixtureDir(edited(), await tempDir()), '--dry-run', '--treaty', 'apmbc');
    expect(dryRun.code).toBe(0);
    expect(dryRun.out).toContain('apmbc/actions.csv: 1 added, 0 changed, 0 removed\n');
    expect(dryRun.out).not.toContain('ccm/');
    expect(dryRun.out).toMatch(/adherence import: nothing was written \(--dry-run\)\n$/);
    const out = await tempDir();
    await run(config, 'export-data', out);
    await expectSameFiles(out, shipped);
  });

  test('refuses to remove facts without --allow-removals, saying how many and from where; removes them with it', async () => {
    const { config } = await aConfig();
    const record = edited();
    const [apmbc, ccm] = record.treaties;
    if (apmbc === undefined || ccm === undefined) throw new Error('fixture');
    const smaller = await fixtureDir({ ...record, treaties: [{ ...apmbc, actions: apmbc.actions.filter((a) => a.kind !== 'accession' || a.iso3 !== 'QBS'), indicators: apmbc.indicators.slice(0, 3) }, ccm] }, await tempDir());
    const refused = await run(config, 'import', smaller);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe('adherence import: would remove 1 action from apmbc/actions.csv and 2 indicators from apmbc/indicators.csv; give --allow-removals to remove them\n');
    const imported = await run(config, 'import', smaller, '--allow-removals');
    expect(imported.code).toBe(0);
    const out = await tempDir();
    await run(config, 'export-data', out);
    await expectSameFiles(out, smaller);
  });

  test('an import of header-only files exits non-zero, and the next command still sees the whole record: nothing reseeds it', async () => {
    const { config, shipped } = await aConfig();
    expect((await run(config, 'export-data', await tempDir())).code).toBe(0); // the default store, seeded
    const headers = await fixtureDir({ reference: aReference(), treaties: [aTreatyData('apmbc'), aTreatyData('ccm')] }, await tempDir());
    for (const flags of [[], ['--allow-removals']]) {
      const refused = await run(config, 'import', headers, ...flags);
      expect(refused.code).toBe(2);
      expect(refused.err.split('\n')).toEqual([
        `adherence import: would leave the reference with no States: refused (${join(headers, 'states.csv')} has no rows)`,
        `adherence import: would leave apmbc with no actions: refused (${join(headers, 'apmbc', 'actions.csv')} has no rows)`,
        `adherence import: would leave ccm with no actions: refused (${join(headers, 'ccm', 'actions.csv')} has no rows)`,
        '',
      ]);
      expect(refused.out).toContain('states.csv: 0 added, 0 changed, 45 removed\n');
    }
    const out = await tempDir();
    expect((await run(config, 'export-data', out)).code).toBe(0);
    await expectSameFiles(out, shipped);
  });

  test('refuses a directory that holds no part of a record', async () => {
    const { config } = await aConfig();
    const refused = await run(config, 'import', await tempDir());
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/holds no states\.csv and no folder of apmbc and ccm: nothing to import\n$/);
  });

  test('refuses a directory with one bad row: one line per problem, exit 2, the store unchanged', async () => {
    const { config, shipped } = await aConfig();
    const db = join(await tempDir(), 'record.sqlite');
    const bad = await tempDir();
    await cp(shipped, bad, { recursive: true });
    const actions = await readFile(join(bad, 'apmbc', 'actions.csv'), 'utf8');
    await writeFile(join(bad, 'apmbc', 'actions.csv'), actions.replace('\nQAC,signature,1997-12-03,', '\nQAC,sign,1997-12-03,'));
    const refused = await run(config, 'import', bad, '--db', db);
    expect(refused.code).toBe(2);
    expect(refused.err.split('\n')).toEqual([
      'apmbc/actions.csv:4: kind: "sign" must be one of signature, ratification, acceptance, approval, accession, succession, withdrawal, declaration, provisional-application, territorial-application [format]',
      `adherence import: 1 problem(s) in ${bad}; nothing was imported`,
      '',
    ]);
    const out = await tempDir();
    await run(config, 'export-data', out, '--db', db);
    await expectSameFiles(out, shipped);
  });

  test("refuses a directory that breaks a rule of the treaty, pointing at the row", async () => {
    const { config, shipped } = await aConfig();
    const bad = await tempDir();
    await cp(shipped, bad, { recursive: true });
    const actions = await readFile(join(bad, 'ccm', 'actions.csv'), 'utf8');
    await writeFile(join(bad, 'ccm', 'actions.csv'), `${actions}QAB,accession,2010-01-01,,,,https://example.org/action,\n`);
    const refused = await run(config, 'import', bad);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^ccm\/actions\.csv:87: kind: QAB: .*\n/);
    expect(refused.err).toMatch(/adherence import: 2 problem\(s\) in the record importing .* would make; nothing was imported\n$/);
  });

  test('--treaty names a treaty this build knows', async () => {
    const { config } = await aConfig();
    const refused = await run(config, 'import', await tempDir(), '--treaty', 'ottawa');
    expect(refused).toMatchObject({ code: 2, err: 'adherence import: --treaty: unknown treaty "ottawa"; known: apmbc, ccm\n' });
  });
});

describe('which store a command uses', () => {
  test('--db first, then DATABASE_URL, then the SQLite file under the user data directory', async () => {
    const { config } = await aConfig({ DATABASE_URL: 'postgres://db.example/adherence' });
    expect(storeTarget('/tmp/x.sqlite', config)).toBe('/tmp/x.sqlite');
    expect(storeTarget(undefined, config)).toBe('postgres://db.example/adherence');
    const { config: plain } = await aConfig();
    expect(storeTarget(undefined, plain)).toBe(join(plain.userDataDir, 'adherence.sqlite'));
  });
});
