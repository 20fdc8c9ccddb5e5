// The PostgreSQL server the store tests use, when one is reachable: each test gets a database of
// its own, created and dropped here. ADHERENCE_TEST_POSTGRES_URL names the server (default:
// postgres@127.0.0.1:5432, trust auth); ADHERENCE_REQUIRE_POSTGRES=1 makes its absence a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const postgresUrl = process.env['ADHERENCE_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const postgresRequired = process.env['ADHERENCE_REQUIRE_POSTGRES'] === '1';

export interface TestDatabase {
  /** What --db would be given: a file path or a postgres:// URL. */
  readonly target: string;
  drop(): Promise<void>;
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

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `adherence_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    target: url.toString(),
    drop: () => admin((client) => dropWhenClosed(client, name)),
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
