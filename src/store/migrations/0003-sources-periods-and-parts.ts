// Graded source sites, the periods of facts, several treaties' records, and which parts of the
// record were ever initialised. Frozen once released, like 0001 and 0002: kinds, grades and the
// conversion of old indicators are copied here, not imported.
//
// SQLite cannot alter a CHECK or a primary key, so `conflicts`, `actions` and `indicators` are
// rebuilt: their rows are read, the tables dropped and created anew (same names, same deferred
// foreign keys, same indexes), and the rows written back, converted. The migrator runs this in
// one transaction (dialect.migrating), so an interrupted upgrade leaves schema 0002 and its data.
import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { Pattern, StoreDialect } from '../dialect.js';
import { convertIndicator, type IndicatorRow0002, type IndicatorRow0003 } from './0003-indicators.js';

const actionKinds = [
  'signature', 'ratification', 'acceptance', 'approval', 'accession', 'succession', 'withdrawal', 'declaration',
  'provisional-application', 'territorial-application',
];
const sourceGrades = ['depositary', 'official', 'monitor', 'press', 'other'];

/** A kind of fact or a treaty id: lower-case words joined by '-', e.g. 'stockpile-estimate'. */
const kebab: Pattern = { glob: '[a-z]*', notGlobs: ['*[^a-z0-9-]*', '*--*', '*-'], regex: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' };
const year: Pattern = { glob: '[0-9][0-9][0-9][0-9]', regex: '^[0-9]{4}$' };
/** A month: YYYY-01 to YYYY-12. */
const month: Pattern = { glob: '[0-9][0-9][0-9][0-9]-[01][0-9]', notGlobs: ['*-00', '*-1[3-9]'], regex: '^[0-9]{4}-(0[1-9]|1[0-2])$' };

const oneOf = (column: string, values: readonly string[]) => sql<boolean>`${sql.ref(column)} IN (${sql.join(values.map((v) => sql.lit(v)))})`;
const notEmpty = (column: string) => sql<boolean>`${sql.ref(column)} <> ''`;
const optional = (column: string, check: ReturnType<typeof notEmpty>) => sql<boolean>`(${sql.ref(column)} IS NULL OR ${check})`;

type Table = CreateTableBuilder<string, string>;

const references = (table: Table, name: string, column: string, target: string, targetColumn: string) =>
  table.addForeignKeyConstraint(name, [column], target, [targetColumn], (fk) => fk.deferrable().initiallyDeferred());

type ConflictRow = {
  position: number;
  file: string;
  key: string;
  field: string;
  value_chosen: string;
  source_chosen: string;
  value_other: string;
  source_other: string;
  reason: string;
}

type ActionRow = {
  treaty: string;
  position: number;
  iso3: string;
  kind: string;
  date: string;
  effective_date: string | null;
  effect_suspended: number;
  cn: string | null;
  source: string;
  note: string;
}

/** The tables this migration reads, as schema 0002 left them. */
type Before = {
  states: { iso3: string };
  conflicts: ConflictRow;
  actions: ActionRow;
  indicators: IndicatorRow0002;
}

/** The tables this migration writes, as it leaves them. */
type After = {
  conflicts: ConflictRow & { scope: string };
  actions: ActionRow;
  indicators: IndicatorRow0003;
  record_parts: { part: string };
  record_version: { id: number; version: number };
}

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 400;

async function insertAll<T extends keyof After>(db: Kysely<After>, table: T, rows: readonly After[T][]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    // Kysely cannot narrow a generic table's insert type; the rows are that table's own.
    await db.insertInto(table).values(rows.slice(start, start + CHUNK) as never).execute();
  }
}

/** Old conflicts about a treaty's files ('apmbc/actions.csv') become that treaty's; the rest the reference's. */
export const conflictScope = (file: string): string => /^([a-z0-9-]+)\//.exec(file)?.[1] ?? '';

export function partsSchema(dialect: StoreDialect): Migration {
  const { matches } = dialect;
  // On SQLite, date('2024-13-01') is NULL, so the dialect's isDate is NULL, which a CHECK lets
  // pass; "IS TRUE" makes it refuse. (0001's checks keep that gap; the row rules close it on reading.)
  const isDate = (column: string) => sql<boolean>`((${dialect.isDate(column)}) IS TRUE)`;
  const isFactDate = (column: string) => sql<boolean>`(${matches(column, year)} OR ${matches(column, month)} OR ${isDate(column)})`;

  async function createConflicts(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('conflicts')
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('value_chosen', 'text', (c) => c.notNull())
      .addColumn('source_chosen', 'text', (c) => c.notNull())
      .addColumn('value_other', 'text', (c) => c.notNull())
      .addColumn('source_other', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('conflicts_pkey', ['scope', 'position'])
      .addCheckConstraint('conflicts_scope', sql`(scope = '' OR ${matches('scope', kebab)})`)
      .execute();
  }

  async function createActions(db: Kysely<unknown>): Promise<void> {
    const actions = db.schema
      .createTable('actions')
      .addColumn('treaty', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('iso3', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('effective_date', 'text')
      .addColumn('effect_suspended', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('cn', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addPrimaryKeyConstraint('actions_pkey', ['treaty', 'position'])
      .addCheckConstraint('actions_treaty', matches('treaty', kebab))
      .addCheckConstraint('actions_kind', oneOf('kind', actionKinds))
      .addCheckConstraint('actions_date', isDate('date'))
      .addCheckConstraint('actions_effective_date', optional('effective_date', isDate('effective_date')))
      .addCheckConstraint('actions_succession_effective', sql`(kind <> 'succession' OR effective_date IS NOT NULL)`)
      .addCheckConstraint('actions_effective_kind', sql`(effective_date IS NULL OR kind IN ('succession', 'withdrawal'))`)
      .addCheckConstraint('actions_effect_suspended', sql`(effect_suspended = 0 OR (effect_suspended = 1 AND kind = 'withdrawal'))`)
      .addCheckConstraint('actions_source', notEmpty('source'));
    await references(actions, 'actions_iso3', 'iso3', 'states', 'iso3').execute();
    await db.schema.createIndex('actions_by_state').on('actions').columns(['iso3', 'treaty']).execute();
  }

  async function createIndicators(db: Kysely<unknown>): Promise<void> {
    const indicators = db.schema
      .createTable('indicators')
      .addColumn('treaty', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('iso3', 'text', (c) => c.notNull())
      .addColumn('indicator', 'text', (c) => c.notNull())
      .addColumn('value', 'text')
      .addColumn('from_date', 'text')
      .addColumn('until_date', 'text')
      .addColumn('reported', 'text')
      .addColumn('confidence', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addPrimaryKeyConstraint('indicators_pkey', ['treaty', 'position'])
      .addCheckConstraint('indicators_treaty', matches('treaty', kebab))
      // Which kinds exist is the treaty module's to say; the schema holds only their form.
      .addCheckConstraint('indicators_indicator', matches('indicator', kebab))
      .addCheckConstraint('indicators_from_date', optional('from_date', isFactDate('from_date')))
      .addCheckConstraint('indicators_until_date', optional('until_date', isFactDate('until_date')))
      .addCheckConstraint('indicators_reported', optional('reported', isFactDate('reported')))
      // As the row rule reads a period: a year against a day compares the digits both have.
      .addCheckConstraint(
        'indicators_period',
        sql`(from_date IS NULL OR until_date IS NULL OR substr(until_date, 1, length(from_date)) >= substr(from_date, 1, length(until_date)))`,
      )
      .addCheckConstraint('indicators_confidence', oneOf('confidence', ['confirmed', 'uncertain']))
      .addCheckConstraint('indicators_source', notEmpty('source'));
    await references(indicators, 'indicators_iso3', 'iso3', 'states', 'iso3').execute();
    await db.schema.createIndex('indicators_by_state').on('indicators').columns(['iso3', 'treaty']).execute();
  }

  async function createNewTables(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('source_sites')
      .addColumn('site', 'text', (c) => c.primaryKey())
      .addColumn('position', 'integer', (c) => c.notNull().unique())
      .addColumn('publisher', 'text', (c) => c.notNull())
      .addColumn('grade', 'text', (c) => c.notNull())
      .addColumn('as_at', 'text')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addCheckConstraint('source_sites_site', notEmpty('site'))
      .addCheckConstraint('source_sites_publisher', notEmpty('publisher'))
      .addCheckConstraint('source_sites_grade', oneOf('grade', sourceGrades))
      .addCheckConstraint('source_sites_as_at', optional('as_at', isDate('as_at')))
      .execute();
    await db.schema
      .createTable('record_parts')
      .addColumn('part', 'text', (c) => c.primaryKey())
      .addColumn('initialised_at', 'text', (c) => c.notNull().defaultTo(dialect.nowText))
      .addCheckConstraint('record_parts_part', sql`(part = 'reference' OR part LIKE 'treaty:_%')`)
      .execute();
    await db.schema
      .createTable('record_version')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addCheckConstraint('record_version_one_row', sql`id = 1`)
      .execute();
  }

  return {
    async up(db: Kysely<unknown>) {
      const before = db.withTables<Before>();
      const after = db.withTables<After>();
      for (const column of ['name_fr', 'name_es']) {
        await db.schema.alterTable('states').addColumn(column, 'text', (c) => c.notNull().defaultTo('')).execute();
      }

      const held = (await before.selectFrom('states').select('iso3').limit(1).executeTakeFirst()) !== undefined;
      const conflicts = await before.selectFrom('conflicts').selectAll().orderBy('position').execute();
      const actions = await before.selectFrom('actions').selectAll().orderBy('treaty').orderBy('position').execute();
      const indicators = await before.selectFrom('indicators').selectAll().orderBy('treaty').orderBy('position').execute();
      for (const table of ['conflicts', 'actions', 'indicators']) await db.schema.dropTable(table).execute();

      await createConflicts(db);
      await createActions(db);
      await createIndicators(db);
      await createNewTables(db);

      await insertAll(after, 'conflicts', conflicts.map((row) => ({ ...row, scope: conflictScope(row.file) })));
      await insertAll(after, 'actions', actions);
      await insertAll(after, 'indicators', indicators.map(convertIndicator));
      await after.insertInto('record_version').values({ id: 1, version: 0 }).execute();
      // What the store held came from a seed or an import: those parts are initialised, and never seeded again.
      if (held) {
        const treaties = [...new Set(actions.map((a) => a.treaty))];
        await insertAll(after, 'record_parts', [{ part: 'reference' }, ...treaties.map((treaty) => ({ part: `treaty:${treaty}` }))]);
      }
    },
  };
}
