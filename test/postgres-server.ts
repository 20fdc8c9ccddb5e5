// The PostgreSQL server the store tests use, when one is reachable: each test gets a database of
// its own, created and dropped here; one at the latest schema is copied from a template database
// migrated once, which saves each test the migrations. ADHERENCE_TEST_POSTGRES_URL names the server (default:
// postgres@127.0.0.1:5432, trust auth); ADHERENCE_REQUIRE_POSTGRES=1 makes its absence a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateToLatest } from '../src/store/migrate.js';
import { openDatabase } from '../src/store/open-store.js';

export const postgresUrl = process.env['ADHERENCE_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const postgresRequired = process.env['ADHERENCE_REQUIRE_POSTGRES'] === '1';

export interface TestDatabase {
  /** What --db would be given: a file path or a postgres:// URL. */
  readonly target: string;
  drop(): Promise<void>;
}

/** 'migrated': at the latest schema (a store opened on it has nothing to migrate); 'empty': no table at all. */
export type TestSchema = 'migrated' | 'empty';

/** Where a store contract gets its databases, one per test. */
export interface TestDatabases {
  create(schema: TestSchema): Promise<TestDatabase>;
  /** Removes what create() keeps between tests (a template database); create() makes it again if needed. */
  dispose(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Null if the server answers; else why not. */
export async function postgresUnreachable(): Promise<string | null> {
  try {
    await admin((client) => client.query('SELECT 1'));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.constructor.name : String(error);
  }
}

const databaseUrl = (name: string): string => {
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

const newName = (what: string) => `adherence_${what}_${process.pid}_${randomBytes(4).toString('hex')}`;

/** CREATE DATABASE, from a template once its last session has gone (55006: still in use). */
async function createDatabase(client: pg.Client, name: string, template: string | null): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await client.query(`CREATE DATABASE ${name}${template === null ? '' : ` TEMPLATE ${template}`}`);
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== '55006' || attempt >= 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

async function migratedTemplate(): Promise<string> {
  const name = newName('template');
  await admin((client) => createDatabase(client, name, null));
  const { db, dialect } = openDatabase(databaseUrl(name));
  try {
    await migrateToLatest(db, dialect);
  } finally {
    await db.destroy();
  }
  return name;
}

export function postgresDatabases(): TestDatabases {
  let template: Promise<string> | undefined;
  return {
    async create(schema) {
      const name = newName('test');
      const from = schema === 'migrated' ? await (template ??= migratedTemplate()) : null;
      await admin((client) => createDatabase(client, name, from));
      return { target: databaseUrl(name), drop: () => admin((client) => dropWhenClosed(client, name)) };
    },
    async dispose() {
      const name = await template;
      template = undefined;
      if (name !== undefined) await admin((client) => dropWhenClosed(client, name));
    },
  };
}

/**
 * Drops the database once the test's pools have gone. Not WITH (FORCE) straight away: a pool that
 * has just been ended may still have a backend closing, and forcing would send it an error.
 */
async function dropWhenClosed(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: unknown }).code !== '55006') throw error; // 55006: still in use
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
