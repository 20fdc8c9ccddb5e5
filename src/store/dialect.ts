// What differs between SQLite and PostgreSQL, and nothing else: pattern checks, the clock in a
// default, auto-numbered keys, append-only tables, how a write transaction locks, which errors
// are the schema refusing a write. Each dialect is one typed object implementing this.
import type { ColumnDefinitionBuilder, Kysely, RawBuilder } from 'kysely';
import type { Database } from './database.js';

/** A shape a text column must have, written for both dialects. */
export interface Pattern {
  /** SQLite GLOB, e.g. '[A-Z][A-Z][A-Z]'. */
  readonly glob: string;
  /** SQLite: GLOBs the column must not match as well, where one GLOB cannot say it all. */
  readonly notGlobs?: readonly string[];
  /** PostgreSQL POSIX regex, e.g. '^[A-Z]{3}$'. */
  readonly regex: string;
}

export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** `column` matches the whole pattern. */
  matches(column: string, pattern: Pattern): RawBuilder<boolean>;
  /** `column` is a real calendar date written 'YYYY-MM-DD' (stored as text in both dialects). */
  isDate(column: string): RawBuilder<boolean>;
  /** The current UTC time as ISO text, for column defaults. */
  readonly nowText: RawBuilder<string>;
  /** Makes an integer column the primary key the database numbers itself. */
  autoNumbered(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Refuses every UPDATE and DELETE on the table. */
  makeAppendOnly(db: Kysely<unknown>, table: string): Promise<void>;
  /** Runs `work` in one transaction that sees a single snapshot of the database. */
  readTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Runs `work` in one transaction that excludes every other writer of the database until it ends. */
  writeTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /**
   * Runs the migrations (`work`) in one transaction that excludes other writers, so that a
   * migration interrupted half-way leaves the schema it started from, and two processes opening a
   * database take turns. Kysely's migrator already does so on PostgreSQL, not on SQLite.
   */
  migrating<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T>;
  /** The error is the schema refusing the data (a constraint, a bad value), not a broken database. */
  isRefusal(error: unknown): boolean;
}
