// Opens the store a --db value names: a postgres:// URL or a SQLite file (':memory:' for tests).
// The schema is brought up to date before the store is handed out.
import type { Kysely } from 'kysely';
import type { EditorStore, RecordStore } from '../app/ports.js';
import type { Database } from './database.js';
import type { StoreDialect } from './dialect.js';
import { createEditorStore } from './editor-store.js';
import { migrateToLatest } from './migrate.js';
import { openPostgres, postgresDialect } from './postgres.js';
import { createRecordStore } from './record-store.js';
import { openSqlite, sqliteDialect } from './sqlite.js';
import { StoreOpenError } from './store-open-error.js';
import type { WriteHooks } from './write-record.js';

export { StoreOpenError };

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

/** The URL without its password, for messages. */
export function describeTarget(target: string): string {
  if (!isPostgresUrl(target)) return target;
  try {
    const url = new URL(target);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** The bare database, not migrated (tests use it to reach under the store). */
export function openDatabase(target: string): { db: Kysely<Database>; dialect: StoreDialect } {
  return isPostgresUrl(target) ? { db: openPostgres(target), dialect: postgresDialect } : { db: openSqlite(target), dialect: sqliteDialect };
}

/** The record and, in the same database, its editors, proposals and audit log. */
export type Store = RecordStore & EditorStore;

export async function openRecordStore(target: string, hooks: WriteHooks = {}): Promise<Store> {
  const location = describeTarget(target);
  let db: Kysely<Database> | undefined;
  let dialect: StoreDialect;
  try {
    ({ db, dialect } = openDatabase(target));
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    throw new StoreOpenError(`cannot open the database ${location}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return { ...createRecordStore(db, dialect, location, hooks), ...createEditorStore(db, dialect) };
}
