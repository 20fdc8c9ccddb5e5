// Brings a database to the current schema when it is opened. The migrations are listed here in
// code, not found by scanning a folder, so they run the same from src/ (tests) and dist/.
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import type { StoreDialect } from './dialect.js';
import { recordSchema } from './migrations/0001-record.js';
import { editorsSchema } from './migrations/0002-editors-and-audit-log.js';

/** In order; a released migration never changes, a new schema is a new entry. */
export const migrations = (dialect: StoreDialect): Record<string, Migration> => ({
  '0001-record': recordSchema(dialect),
  '0002-editors-and-audit-log': editorsSchema(dialect),
});

export async function migrateToLatest(db: Kysely<Database>, dialect: StoreDialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error !== undefined) {
    const message = error instanceof Error ? error.message : String(error);
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(failed === undefined ? message : `migration ${failed} failed: ${message}`, { cause: error });
  }
}
