// Every running instance serves the current record: several servers on one store (two on one
// SQLite file, three on one PostgreSQL database), an import through another connection, and each
// server answers with the new record within seconds, without restart, its ETags changed.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { importRecord } from '../src/app/import-record.js';
import { liveSite } from '../src/app/live-site.js';
import type { RecordStore } from '../src/app/ports.js';
import { seedStore } from '../src/app/seed-store.js';
import { treaties } from '../src/app/treaties.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { followStore } from '../src/serve.js';
import { createServer } from '../src/server/create-server.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { openRecordStore } from '../src/store/open-store.js';
import { postgresDatabases, postgresRequired, postgresUnreachable } from './postgres-server.js';

const shipped = join(import.meta.dirname, '..', 'data');
const today = calendarDate('2026-12-03');
const known = [...treaties.keys()];
const rulesOf = (id: string) => treaties.get(id);
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function instance(target: string): Promise<FastifyInstance> {
  const store = await openRecordStore(target);
  const live = await liveSite(store, [...treaties.values()]);
  const app = await createServer({ site: () => live.current(), today: () => today, defaultTreaty: 'apmbc', reportUrl: '#report' });
  const stop = followStore(live, 100, (error) => {
    throw error;
  });
  cleanups.push(async () => {
    stop();
    await app.close();
    await store.close();
  });
  return app;
}

const joined = async (app: FastifyInstance) =>
  ((await app.inject({ method: 'GET', url: '/api/v1/apmbc/status?asOf=2026-12-01' })).json() as { counts: { formallyAccepted: number } }).counts.formallyAccepted;

async function seeded(target: string): Promise<RecordStore> {
  const store = await openRecordStore(target);
  cleanups.push(() => store.close());
  const seed = await seedStore(store, csvRecordFiles, shipped, known, rulesOf, today);
  expect(seed.ok).toBe(true);
  return store;
}

async function followsAnImport(target: string, count: number): Promise<void> {
  const writer = await seeded(target);
  const servers = await Promise.all(Array.from({ length: count }, () => instance(target)));
  expect(await Promise.all(servers.map(joined))).toEqual(Array(count).fill(161));
  const etags = await Promise.all(servers.map(async (app) => (await app.inject({ method: 'GET', url: '/en/apmbc/' })).headers['etag']));

  // A new instrument: the United States accedes (a hypothetical record, in a copy of the data).
  const dir = mkdtempSync(join(tmpdir(), 'adherence-live-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(shipped, dir, { recursive: true });
  appendFileSync(join(dir, 'apmbc', 'actions.csv'), 'USA,accession,2026-11-02,,,,https://www.un.org/en/test-notification,\n');
  const imported = await importRecord(csvRecordFiles, writer, dir, { treaty: 'apmbc', dryRun: false, allowRemovals: false, known }, rulesOf, today);
  expect(imported.ok).toBe(true);

  const deadline = Date.now() + 5000;
  let seen = await Promise.all(servers.map(joined));
  while (seen.some((n) => n !== 162) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await Promise.all(servers.map(joined));
  }
  expect(seen).toEqual(Array(count).fill(162));
  const after = await Promise.all(servers.map(async (app) => (await app.inject({ method: 'GET', url: '/en/apmbc/' })).headers['etag']));
  after.forEach((etag, i) => expect(etag).not.toBe(etags[i]));
  expect(new Set(after).size).toBe(1);
}

const unreachable = await postgresUnreachable();
if (unreachable !== null && postgresRequired) throw new Error(`PostgreSQL is required: ${unreachable}`);

describe('every instance serves the current record', () => {
  it('two servers on one SQLite file follow an import within seconds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'adherence-live-db-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    await followsAnImport(join(dir, 'adherence.sqlite'), 2);
  });

  it.skipIf(unreachable !== null)('three servers on one PostgreSQL database follow an import within seconds', async () => {
    const databases = postgresDatabases();
    const database = await databases.create('migrated');
    cleanups.push(async () => {
      await database.drop();
      await databases.dispose();
    });
    await followsAnImport(database.target, 3);
  });
});
