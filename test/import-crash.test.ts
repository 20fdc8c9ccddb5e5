// Crash safety, end to end: `adherence import` killed with SIGKILL in the middle of writing a
// large record leaves the SQLite file holding the old record or the new one, never a mix.
// Runs the built CLI (npm test builds before vitest).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordFiles } from '../src/store/csv-layout.js';
import { shippedDir } from './store-harness.js';

const main = join(import.meta.dirname, '..', 'dist', 'src', 'main.js');
const files = Object.values(recordFiles('apmbc'));
let work: string;
let env: NodeJS.ProcessEnv;

function cli(...args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [main, ...args], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stderr: result.stderr };
}

async function snapshot(dir: string): Promise<string[]> {
  return Promise.all(files.map((file) => readFile(join(dir, file), 'utf8')));
}

/** Exports the database and says which record it holds. */
async function heldRecord(db: string, old: string[], next: string[]): Promise<'old' | 'new' | 'mixed'> {
  const out = join(work, `export-${Math.random().toString(36).slice(2)}`);
  expect(cli('export-data', out, '--db', db).status).toBe(0);
  const held = await snapshot(out);
  return held.every((text, i) => text === old[i]) ? 'old' : held.every((text, i) => text === next[i]) ? 'new' : 'mixed';
}

/** Starts an import; resolves once it has exited (killed or not), with its elapsed time. */
function importKilled(db: string, dir: string, when: { afterMs: number } | { onPause: true }, extraEnv: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [main, 'import', dir, '--db', db], { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  const started = Date.now();
  const kill = () => child.kill('SIGKILL');
  if ('afterMs' in when) setTimeout(kill, when.afterMs);
  else {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('pausing')) kill();
    });
  }
  return new Promise<{ signal: string | null; ms: number }>((resolve) => child.on('exit', (_, signal) => resolve({ signal, ms: Date.now() - started })));
}

describe('an import killed mid-way', () => {
  const db = () => join(work, 'adherence.sqlite');
  let old: string[];
  let next: string[];
  const bigDir = () => join(work, 'big');

  beforeAll(async () => {
    if (!existsSync(main)) throw new Error(`${main} is missing: run "npm run build" first`);
    work = await mkdtemp(join(tmpdir(), 'adherence-crash-'));
    env = { ...process.env, XDG_DATA_HOME: work };
    delete env['DATABASE_URL'];
    delete env['ADHERENCE_TEST_SLOW_IMPORT_MS'];
    // The new record: the shipped one plus 40 000 indicators, written as export-data writes them.
    await cp(shippedDir, bigDir(), { recursive: true });
    const states = (await readFile(join(shippedDir, 'states.csv'), 'utf8')).split('\n').slice(1, -1).map((line) => line.slice(0, 3));
    const rows = Array.from({ length: 40_000 }, (_, i) => `${states[i % states.length]},mine-affected,yes,${2000 + (i % 20)},,confirmed,https://example.org/survey/${i},row ${i}\n`);
    await appendFile(join(bigDir(), 'apmbc', 'indicators.csv'), rows.join(''));
    old = await snapshot(shippedDir);
    next = await snapshot(bigDir());
  });
  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  test('after deleting the old record and writing part of the new, leaves the old record', { timeout: 60_000 }, async () => {
    expect(await heldRecord(db(), old, next)).toBe('old'); // the first use fills it from the shipped record
    const killed = await importKilled(db(), bigDir(), { onPause: true }, { ADHERENCE_TEST_SLOW_IMPORT_MS: '60000' });
    expect(killed.signal).toBe('SIGKILL');
    expect(await heldRecord(db(), old, next)).toBe('old');
  });

  test('at any moment, leaves the old record or the new, never a mix', { timeout: 120_000 }, async () => {
    const full = await importKilled(db(), bigDir(), { afterMs: 60_000 });
    expect(full.signal).toBeNull();
    expect(await heldRecord(db(), old, next)).toBe('new');
    const seen: string[] = [];
    for (const fraction of [0.7, 0.85, 0.95]) {
      // Back to the old record, then an import of the new one killed part of the way through
      // (by the time a whole import took): the kills land in validation or in the transaction.
      expect((await importKilled(db(), shippedDir, { afterMs: 60_000 })).signal).toBeNull();
      const killed = await importKilled(db(), bigDir(), { afterMs: Math.round(full.ms * fraction) });
      const held = await heldRecord(db(), old, next);
      seen.push(`killed at ${fraction} of ${full.ms} ms: ${killed.signal ?? 'finished first'}, holds the ${held} record`);
      expect(held, seen.join('\n')).not.toBe('mixed');
      if (killed.signal === null) expect(held, seen.join('\n')).toBe('new');
    }
  });
});
