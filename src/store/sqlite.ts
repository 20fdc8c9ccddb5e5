// The embedded default: one SQLite file through better-sqlite3, in WAL mode, foreign keys on.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, sql, SqliteDialect } from 'kysely';
import type { Database } from './database.js';
import type { StoreDialect } from './dialect.js';

export const sqliteDialect: StoreDialect = {
  name: 'sqlite',
  matches: (column, pattern) =>
    sql<boolean>`(${sql.join(
      [sql`${sql.ref(column)} GLOB ${sql.lit(pattern.glob)}`, ...(pattern.notGlobs ?? []).map((glob) => sql`${sql.ref(column)} NOT GLOB ${sql.lit(glob)}`)],
      sql` AND `,
    )})`,
  // date() normalises an impossible date (2025-02-30 becomes 2025-03-02), so it must give back the same text.
  isDate: (column) =>
    sql<boolean>`(${sql.ref(column)} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND date(${sql.ref(column)}) = ${sql.ref(column)})`,
  nowText: sql<string>`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  autoNumbered: (column) => column.primaryKey().autoIncrement(),
  async makeAppendOnly(db, table) {
    for (const operation of ['update', 'delete']) {
      await sql`CREATE TRIGGER ${sql.id(`${table}_no_${operation}`)} BEFORE ${sql.raw(operation.toUpperCase())} ON ${sql.table(table)}
        BEGIN SELECT RAISE(ABORT, ${sql.lit(`${table} is append-only`)}); END`.execute(db);
    }
  },
  // In WAL mode a transaction reads one snapshot from its first read on.
  readTransaction: (db, work) => db.transaction().execute(work),
  writeTransaction: (db, work) =>
    db.connection().execute(async (connection) => {
      await beginImmediate(connection);
      try {
        const result = await work(connection);
        await sql`COMMIT`.execute(connection);
        return result;
      } catch (error) {
        // A failed COMMIT (a deferred foreign key) leaves the transaction open; some errors end it.
        await sql`ROLLBACK`.execute(connection).catch(() => undefined);
        throw error;
      }
    }),
  // One connection, so a transaction begun here holds for the migrator's statements too.
  async migrating(db, work) {
    await beginImmediate(db);
    try {
      const result = await work();
      await sql`COMMIT`.execute(db);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(db).catch(() => undefined);
      throw error;
    }
  },
  isRefusal: (error) =>
    error instanceof SqliteDatabase.SqliteError && (error.code.startsWith('SQLITE_CONSTRAINT') || error.code === 'SQLITE_MISMATCH'),
};

const BUSY_TIMEOUT_MS = 10_000;
const isBusy = (error: unknown) => error instanceof SqliteDatabase.SqliteError && error.code.startsWith('SQLITE_BUSY');

/**
 * BEGIN IMMEDIATE takes the write lock at once, so a writer never fails half-way when it tries to
 * upgrade a read lock (Kysely's transaction() would issue a plain BEGIN). While another writer
 * holds the lock we wait without blocking the event loop: better-sqlite3's busy timeout would
 * block the whole process, and so the other writer too if it is in this process.
 */
async function beginImmediate(connection: Kysely<Database>): Promise<void> {
  await sql`PRAGMA busy_timeout = 0`.execute(connection);
  try {
    for (let waited = 0; ; waited += 20) {
      try {
        await sql`BEGIN IMMEDIATE`.execute(connection);
        return;
      } catch (error) {
        if (!isBusy(error) || waited >= BUSY_TIMEOUT_MS) throw error;
        await delay(20);
      }
    }
  } finally {
    await sql`PRAGMA busy_timeout = ${sql.lit(BUSY_TIMEOUT_MS)}`.execute(connection);
  }
}

/** Opens (creating if needed) a SQLite file, or ':memory:'. */
export function openSqlite(file: string): Kysely<Database> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new SqliteDatabase(file, { timeout: BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
}
