// PostgreSQL, for several app instances sharing one record: a pg pool behind Kysely.
import { createRequire } from 'node:module';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pgModule from 'pg';
import type { Database } from './database.js';
import type { StoreDialect } from './dialect.js';

/** pg, loaded on first use: a command on a SQLite store never pays for it (about 60 ms at start). */
let loaded: typeof pgModule | undefined;
const pg = (): typeof pgModule => (loaded ??= createRequire(import.meta.url)('pg') as typeof pgModule);

/** The advisory lock every write transaction holds, so writers run one after another. */
const WRITE_LOCK = 0x61646865; // "adhe"

export const postgresDialect: StoreDialect = {
  name: 'postgres',
  matches: (column, pattern) => sql<boolean>`${sql.ref(column)} ~ ${sql.lit(pattern.regex)}`,
  // Text, not the date type: the API returns the very 'YYYY-MM-DD' string written, with no Date
  // parsing in pg. to_char(...) = column refuses impossible dates (the cast itself errors).
  isDate: (column) =>
    sql<boolean>`(${sql.ref(column)} ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char(${sql.ref(column)}::date, 'YYYY-MM-DD') = ${sql.ref(column)})`,
  nowText: sql<string>`to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  autoNumbered: (column) => column.primaryKey().generatedByDefaultAsIdentity(),
  async makeAppendOnly(db, table) {
    const refuse = sql.id(`${table}_append_only`);
    await sql`CREATE FUNCTION ${refuse}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$`.execute(db);
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_change`)} BEFORE UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION ${refuse}()`.execute(db);
    await sql`CREATE TRIGGER ${sql.id(`${table}_no_truncate`)} BEFORE TRUNCATE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${refuse}()`.execute(db);
  },
  readTransaction: (db, work) => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
  writeTransaction: (db, work) =>
    db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(${sql.lit(WRITE_LOCK)})`.execute(trx);
      return work(trx);
    }),
  // Kysely runs PostgreSQL migrations in a transaction under an advisory lock of its own.
  migrating: (_db, work) => work(),
  // Class 23: integrity constraint violation; class 22: data exception (e.g. an impossible date).
  isRefusal: (error) => loaded !== undefined && error instanceof loaded.DatabaseError && /^2[23]/.test(error.code ?? ''),
};

export function openPostgres(url: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new (pg().Pool)({ connectionString: url, max: 10 }) }) });
}
