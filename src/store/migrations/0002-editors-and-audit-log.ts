// Editors, their sessions and the append-only audit log: the schema now, the use cases later.
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../dialect.js';

export function editorsSchema(dialect: StoreDialect): Migration {
  return { up: (db: Kysely<unknown>) => createEditorTables(db, dialect) };
}

async function createEditorTables(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', dialect.autoNumbered)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(dialect.nowText))
    .addColumn('disabled_at', 'text')
    .addCheckConstraint('users_email', sql`email LIKE '%_@_%'`)
    .addCheckConstraint('users_role', sql`role IN ('editor', 'admin')`)
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull().defaultTo(dialect.nowText))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_by_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', dialect.autoNumbered)
    .addColumn('at', 'text', (c) => c.notNull().defaultTo(dialect.nowText))
    // No ON DELETE: the log is append-only, so a user with entries is disabled, never deleted.
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('treaty', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addCheckConstraint('audit_log_action', sql`action <> ''`)
    .execute();
  await dialect.makeAppendOnly(db, 'audit_log');
}
