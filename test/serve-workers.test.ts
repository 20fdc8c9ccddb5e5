// `adherence serve` (the built CLI): it serves what the store holds as it changes, and with
// --workers 2 two processes share one port, both answer, one that dies is replaced, SIGTERM to the
// primary stops them all, and none loses its store meanwhile.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';

// The command as installed: package.json's bin (the bundle npm run build makes).
const main = join(import.meta.dirname, '..', (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { bin: { adherence: string } }).bin.adherence);
/** The processes whose parent is `pid` (ps exits 1 when there are none). */
function children(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map((s) => s.trim()).filter((s) => s !== '').map(Number);
  } catch {
    return [];
  }
}

test('serve --workers 2 shares one port between two processes, replaces one that dies, and stops on SIGTERM', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'adherence-workers-'));
  const primary = spawn(process.execPath, [main, 'serve', '--port', '0', '--workers', '2', '--db', join(dir, 'store.sqlite')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  primary.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      primary.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        log += chunk.toString();
        const found = /serving on (http:\/\/\S+) with 2 workers/.exec(out);
        if (found) resolve(found[1]!);
      });
      primary.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    const servingAt = Date.now();
    const workers = children(primary.pid!);
    expect(workers).toHaveLength(2);
    for (let i = 0; i < 4; i += 1) expect((await fetch(`${address}/api/v1/apmbc/status?asOf=2015-06-01`)).status).toBe(200);
    process.kill(workers[0]!, 'SIGKILL');
    await expect.poll(() => children(primary.pid!).filter((pid) => pid !== workers[0]).length, { timeout: 30_000, interval: 200 }).toBe(2);
    await expect.poll(async () => (await fetch(`${address}/api/v1/apmbc/status`).catch(() => null))?.status, { timeout: 30_000, interval: 200 }).toBe(200);
    // The store outlives the command that started the server: following it (every 2 s) never fails, as it did once closed.
    await delay(Math.max(0, servingAt + 2500 - Date.now()));
    expect(log).not.toMatch(/could not be read again|"level":50/);
    const exited = new Promise((resolve) => primary.once('exit', resolve));
    primary.kill('SIGTERM');
    await exited;
    expect(children(primary.pid!)).toEqual([]);
  } finally {
    primary.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
});

test('adherence serve keeps its store open: profiles answer, and an import by another process is served within seconds', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'adherence-serve-'));
  const db = join(dir, 'store.sqlite');
  const server = spawn(process.execPath, [main, 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  try {
    const address = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /serving on (http:\/\/\S+)/.exec(out);
        if (found) resolve(found[1]!);
      });
      server.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
    });
    // A profile asks the store when the State last changed; the status page only the record in memory.
    expect((await fetch(`${address}/en/apmbc/states/AUS`)).status).toBe(200);
    const joined = async () => ((await (await fetch(`${address}/api/v1/apmbc/status?asOf=2026-12-01`)).json()) as { counts: { formallyAccepted: number } }).counts.formallyAccepted;
    const before = await joined();

    // A new instrument (a hypothetical record, in a copy of the data), imported by the CLI.
    const data = join(dir, 'data');
    cpSync(join(import.meta.dirname, '..', 'data'), data, { recursive: true });
    appendFileSync(join(data, 'apmbc', 'actions.csv'), 'USA,accession,2026-11-02,,,,https://www.un.org/en/test-notification,\n');
    execFileSync(process.execPath, [main, 'import', data, '--treaty', 'apmbc', '--db', db], { stdio: 'ignore' });
    await expect.poll(joined, { timeout: 15_000, interval: 200 }).toBe(before + 1);
    expect((await fetch(`${address}/en/apmbc/states/USA`)).status).toBe(200);
    expect(log).not.toMatch(/could not be read|destroyed/);
  } finally {
    server.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
});
