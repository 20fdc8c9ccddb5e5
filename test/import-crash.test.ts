// Crash safety, end to end: `adherence import` killed with SIGKILL in the middle of writing a
// large record leaves the SQLite file holding the old record or the new one, never a mix. The
// import runs in a child process wired as main.ts wires it (test/cli-child.ts, through tsx, with
// the test treaty modules); the record held is read back in this process.
import { spawn } from 'node:child_process';
import { appendFile, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliDeps } from '../src/cli-deps.js';
import { exportDataCommand } from '../src/cli/export-data-command.js';
import { readConfig } from '../src/config.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { referenceFiles, treatyFiles } from '../src/store/csv-layout.js';
import { fixtureDir, fixtureRecord, fixtureToday } from './record-fixture.js';
import { testTreaties } from './treaty-rules.js';

const root = join(import.meta.dirname, '..');
const child = join(import.meta.dirname, 'cli-child.ts');
const files = [...Object.values(referenceFiles), ...Object.values(treatyFiles('apmbc'))];
let work: string;
let env: NodeJS.ProcessEnv;

async function snapshot(dir: string): Promise<string[]> {
  return Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
}

/** Exports the database (in this process, as export-data would) and says which record it holds. */
async function heldRecord(db: string, old: string[], next: string[]): Promise<'old' | 'new' | 'mixed'> {
  const out = join(work, `export-${Math.random().toString(36).slice(2)}`);
  const { deps, close } = cliDeps(readConfig(env, root), calendarDate(fixtureToday), {}, testTreaties);
  try {
    const io = { out: () => undefined, err: () => undefined };
    expect(await exportDataCommand([out, '--db', db], { ...deps, serve: () => Promise.reject(new Error('no server')) }, io)).toBe(0);
  } finally {
    await close();
  }
  const held = await snapshot(out);
  await rm(out, { recursive: true });
  return held.every((text, i) => text === old[i]) ? 'old' : held.every((text, i) => text === next[i]) ? 'new' : 'mixed';
}

/** Starts an import in a child process; resolves once it has exited (killed or not), with its elapsed time. */
function importKilled(db: string, dir: string, when: { afterMs: number } | { onPause: true }, extraEnv: NodeJS.ProcessEnv = {}) {
  const importing = spawn(process.execPath, ['--import', 'tsx', child, 'import', dir, '--db', db], { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  const started = Date.now();
  const kill = () => importing.kill('SIGKILL');
  let stderr = '';
  importing.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if ('onPause' in when && stderr.includes('pausing')) kill();
  });
  if ('afterMs' in when) setTimeout(kill, when.afterMs);
  return new Promise<{ signal: string | null; code: number | null; ms: number; stderr: string }>((resolve) =>
    importing.on('exit', (code, signal) => resolve({ signal, code, ms: Date.now() - started, stderr })),
  );
}

describe('an import killed mid-way', () => {
  const db = () => join(work, 'adherence.sqlite');
  const oldDb = () => join(work, 'old.sqlite');
  const shippedDir = () => join(work, 'shipped');
  const bigDir = () => join(work, 'big');
  let old: string[];
  let next: string[];

  /** Back to the store holding the old record: its file as first seeded, without a log of later writes. */
  async function restoreOld(): Promise<void> {
    await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${db()}${suffix}`, { force: true })));
    await copyFile(oldDb(), db());
  }

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'adherence-crash-'));
    await fixtureDir(fixtureRecord(['apmbc']), shippedDir());
    env = { ...process.env, XDG_DATA_HOME: work, ADHERENCE_DATA_DIR: shippedDir() };
    delete env['DATABASE_URL'];
    delete env['ADHERENCE_TEST_SLOW_IMPORT_MS'];
    // The new record: the shipped one plus 20 000 indicators, written as export-data writes them.
    await fixtureDir(fixtureRecord(['apmbc']), bigDir());
    const states = fixtureRecord(['apmbc']).reference.states.map((s) => s.iso3);
    const rows = Array.from({ length: 20_000 }, (_, i) => `${states[i % states.length] ?? ''},affected,,,,${2000 + (i % 20)},confirmed,https://example.org/survey/${i},row ${i}\n`);
    await appendFile(join(bigDir(), 'apmbc', 'indicators.csv'), rows.join(''));
    old = await snapshot(shippedDir());
    next = await snapshot(bigDir());
  });
  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  test('after deleting the old record and writing part of the new, leaves the old record', { timeout: 60_000 }, async () => {
    expect(await heldRecord(db(), old, next)).toBe('old'); // the first use fills it from the shipped record
    await copyFile(db(), oldDb()); // closed, so its WAL is checkpointed into the file
    const killed = await importKilled(db(), bigDir(), { onPause: true }, { ADHERENCE_TEST_SLOW_IMPORT_MS: '60000' });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    expect(await heldRecord(db(), old, next)).toBe('old');
  });

  test('at any moment, leaves the old record or the new, never a mix', { timeout: 120_000 }, async () => {
    await restoreOld();
    const full = await importKilled(db(), bigDir(), { afterMs: 60_000 });
    expect(full, full.stderr).toMatchObject({ signal: null, code: 0 });
    expect(await heldRecord(db(), old, next)).toBe('new');
    const seen: string[] = [];
    for (const fraction of [0.8, 0.95]) {
      // An import of the new record into the old, killed part of the way through (by the time a
      // whole import took): the kills land in start-up, validation or the transaction.
      await restoreOld();
      const killed = await importKilled(db(), bigDir(), { afterMs: Math.round(full.ms * fraction) });
      const held = await heldRecord(db(), old, next);
      seen.push(`killed at ${fraction} of ${full.ms} ms: ${killed.signal ?? 'finished first'}, holds the ${held} record`);
      expect(held, seen.join('\n')).not.toBe('mixed');
      if (killed.signal === null) expect(held, seen.join('\n')).toBe('new');
    }
  });
});
