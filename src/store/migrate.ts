// Brings a database to the current schema when it is opened. The migrations are listed here in
// code, not found by scanning a folder, so they run the same from src/ (tests) and dist/.
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Database } from './database.js';
import type { StoreDialect } from './dialect.js';
import { recordSchema } from './migrations/0001-record.js';
import { editorsSchema } from './migrations/0002-editors-and-audit-log.js';
import { partsSchema } from './migrations/0003-sources-periods-and-parts.js';
import { editingSchema } from './migrations/0004-editing.js';

/** In order; a released migration never changes, a new schema is a new entry. */
export const migrations = (dialect: StoreDialect): Record<string, Migration> => ({
  '0001-record': recordSchema(dialect),
  '0002-editors-and-audit-log': editorsSchema(dialect),
  '0003-sources-periods-and-parts': partsSchema(dialect),
  '0004-editing': editingSchema(dialect),
});

export function migrateToLatest(db: Kysely<Database>, dialect: StoreDialect): Promise<void> {
  return migrate(db, dialect, (migrator) => migrator.migrateToLatest());
}

/** Up to and including the migration named `target`: tests build a store of an earlier release. */
export function migrateUpTo(db: Kysely<Database>, dialect: StoreDialect, target: string): Promise<void> {
  return migrate(db, dialect, (migrator) => migrator.migrateTo(target));
}

async function migrate(db: Kysely<Database>, dialect: StoreDialect, run: (migrator: Migrator) => Promise<MigrationResultSet>): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const migrator = new Migrator({ db, provider });
  // A failure throws inside the transaction, so that none of the run's changes stay.
  await dialect.migrating(db, async () => {
    const { error, results } = await run(migrator);
    if (error === undefined) return;
    const message = error instanceof Error ? error.message : String(error);
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(failed === undefined ? message : `migration ${failed} failed: ${message}`, { cause: error });
  });
}
