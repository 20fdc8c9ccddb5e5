// Editing the record through the site and the CLI: reviewers besides editors and admins,
// sessions that expire when idle and carry their CSRF token, proposals awaiting review, a
// version per State for optimistic locking, and audit entries with actor, before, after and
// source. Existing rows keep their meaning: 0002's tables held no editors yet, only audit rows.
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../dialect.js';

export function editingSchema(dialect: StoreDialect): Migration {
  return { up: (db: Kysely<unknown>) => addEditing(db, dialect) };
}

async function addEditing(db: Kysely<unknown>, dialect: StoreDialect): Promise<void> {
  // 0002's users and sessions never held a row (schema only) and cannot take a new role in
  // SQLite without a rebuild; audit_log.user_id refers to users, so they stay, unused, and the
  // editors get tables of their own.
  await db.schema.alterTable('audit_log').addColumn('actor', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('subject', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('address', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('before', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('after', 'text').execute();
  await db.schema.alterTable('audit_log').addColumn('source', 'text').execute();
  await db.schema.createIndex('audit_log_by_subject').on('audit_log').columns(['action', 'subject']).execute();

  await db.schema
    .createTable('editors')
    .addColumn('id', 'integer', dialect.autoNumbered)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addCheckConstraint('editors_email', sql`email LIKE '%_@_%'`)
    .addCheckConstraint('editors_role', sql`role IN ('editor', 'reviewer', 'admin')`)
    .execute();

  await db.schema
    .createTable('editor_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('editor_id', 'integer', (c) => c.notNull().references('editors.id').onDelete('cascade'))
    .addColumn('csrf', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('proposals')
    .addColumn('id', 'integer', dialect.autoNumbered)
    .addColumn('treaty', 'text', (c) => c.notNull())
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addColumn('fact', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'integer', (c) => c.references('editors.id'))
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'integer', (c) => c.references('editors.id'))
    .addColumn('reviewed_at', 'text')
    .addCheckConstraint('proposals_fact', sql`fact IN ('action', 'indicator')`)
    .addCheckConstraint('proposals_status', sql`status IN ('proposed', 'approved', 'reverted')`)
    .addCheckConstraint('proposals_change', sql`before IS NOT NULL OR after IS NOT NULL`)
    .execute();

  await db.schema
    .createTable('state_versions')
    .addColumn('treaty', 'text', (c) => c.notNull())
    .addColumn('iso3', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('state_versions_key', ['treaty', 'iso3'])
    .execute();
}
