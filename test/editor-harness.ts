// Servers with the editors' routes on a real SQLite store seeded from the shipped record (less
// Tonga's accession to the APMBC, which the tests record again), editors of each role, and a
// browser's steps as functions: sign in, read the CSRF token from a page, post a form.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { hashPassword } from '../src/app/editors/passwords.js';
import { liveSite } from '../src/app/live-site.js';
import type { Role } from '../src/app/ports.js';
import { seedStore } from '../src/app/seed-store.js';
import { treaties } from '../src/app/treaties.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { followStore } from '../src/serve.js';
import { createServer } from '../src/server/create-server.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { openRecordStore, type Store } from '../src/store/open-store.js';

export const today = calendarDate('2026-12-03');
export const password = 'correct horse battery staple';
const shipped = join(import.meta.dirname, '..', 'data');

export interface Harness {
  readonly store: Store;
  readonly servers: readonly FastifyInstance[];
  /** The clock the servers see; tests move it. */
  readonly clock: { now: Date };
  close(): Promise<void>;
}

/** `count` servers on one SQLite file, each following the store every 100 ms, and one editor of each role. */
export async function editorHarness(count: number): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'adherence-editors-'));
  cpSync(shipped, join(dir, 'data'), { recursive: true });
  const actions = join(dir, 'data', 'apmbc', 'actions.csv');
  writeFileSync(actions, readFileSync(actions, 'utf8').replace(/^TON,accession,2025-06-25,.*\n/m, ''));
  const target = join(dir, 'adherence.sqlite');
  const store = await openRecordStore(target);
  const known = [...treaties.keys()];
  expect((await seedStore(store, csvRecordFiles, join(dir, 'data'), known, (id) => treaties.get(id), today)).ok).toBe(true);
  const hash = await hashPassword(password);
  for (const role of ['editor', 'reviewer', 'admin'] as const satisfies readonly Role[]) {
    for (const n of ['', '2']) expect((await store.addEditor({ email: `${role}${n}@example.org`, role, passwordHash: hash }, null, new Date().toISOString())).ok).toBe(true);
  }
  const clock = { now: new Date() };
  const stops: (() => Promise<void>)[] = [];
  const servers: FastifyInstance[] = [];
  for (let i = 0; i < count; i += 1) {
    const own = await openRecordStore(target);
    const live = await liveSite(own, [...treaties.values()]);
    const app = await createServer({
      site: () => live.current(),
      today: () => today,
      defaultTreaty: 'apmbc',
      reportUrl: '#report',
      editing: { store: own, treaties: [...treaties.values()], now: () => clock.now, changed: async () => void (await live.refresh()) },
    });
    const stop = followStore(live, 100, () => undefined);
    stops.push(async () => {
      stop();
      await app.close();
      await own.close();
    });
    servers.push(app);
  }
  return {
    store,
    servers,
    clock,
    async close() {
      for (const stop of stops) await stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The value of a Set-Cookie the response sets, or undefined. */
export function cookieSet(response: LightMyRequestResponse, name: string): string | undefined {
  const headers = response.headers['set-cookie'];
  const list = headers === undefined ? [] : Array.isArray(headers) ? headers : [headers];
  const found = list.find((c) => c.startsWith(`${name}=`));
  return found === undefined ? undefined : decodeURIComponent(found.slice(name.length + 1).split(';')[0] ?? '');
}

export const csrfIn = (body: string): string => /name="_csrf" value="([^"]*)"/.exec(body)?.[1] ?? '';

export const form = (values: Record<string, string>) => new URLSearchParams(values).toString();

export interface Browser {
  readonly cookie: string;
  readonly csrf: string;
}

export async function postForm(app: FastifyInstance, url: string, values: Record<string, string>, cookie = '') {
  return app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, payload: form(values) });
}

export async function signInAs(app: FastifyInstance, email: string, pass = password, address = '127.0.0.1'): Promise<Browser & { response: LightMyRequestResponse }> {
  const page = await app.inject({ method: 'GET', url: '/editor/sign-in' });
  const pre = cookieSet(page, 'adherence_sign_in') ?? '';
  const response = await app.inject({
    method: 'POST',
    url: '/editor/sign-in',
    remoteAddress: address,
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `adherence_sign_in=${pre}` },
    payload: form({ _csrf: csrfIn(page.body), email, password: pass }),
  });
  const session = cookieSet(response, 'adherence_session');
  if (session === undefined) return { cookie: '', csrf: '', response };
  const cookie = `adherence_session=${session}`;
  const editor = await app.inject({ method: 'GET', url: '/editor', headers: { cookie } });
  return { cookie, csrf: csrfIn(editor.body), response };
}
