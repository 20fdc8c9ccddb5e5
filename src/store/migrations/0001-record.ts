// The record's tables. A migration is frozen once released: the kinds below are copied, not
// imported from the domain, so adding a kind to the domain needs a new migration (a contract
// test fails until it exists). All foreign keys are checked at commit, so a replace may delete
// and re-insert States that other rows refer to.
import { sql, type CreateTableBuilder, type Kysely, type Migration } from 'kysely';
import type { Pattern, StoreDialect } from '../dialect.js';

const iso3: Pattern = { glob: '[A-Z][A-Z][A-Z]', regex: '^[A-Z]{3}$' };
const m49: Pattern = { glob: '[0-9][0-9][0-9]', regex: '^[0-9]{3}$' };

const actionKinds = ['signature', 'ratification', 'acceptance', 'approval', 'accession', 'succession', 'withdrawal', 'declaration'];
const indicatorKinds = [
  'former-producer', 'current-producer', 'used', 'stockpiled', 'transferred', 'stockpile-estimate', 'new-use-state',
  'new-use-nsag', 'mine-affected', 'art4-completed', 'art5-deadline', 'art5-extension', 'art5-completed',
];

const oneOf = (column: string, values: readonly string[]) => sql<boolean>`${sql.ref(column)} IN (${sql.join(values.map((v) => sql.lit(v)))})`;
const notEmpty = (column: string) => sql<boolean>`${sql.ref(column)} <> ''`;
const optional = (column: string, check: ReturnType<typeof notEmpty>) => sql<boolean>`(${sql.ref(column)} IS NULL OR ${check})`;

type Table = CreateTableBuilder<string, string>;

/** A foreign key checked at commit, named for the error message. */
const references = (table: Table, name: string, column: string, target: string, targetColumn: string) =>
  table.addForeignKeyConstraint(name, [column], target, [targetColumn], (fk) => fk.deferrable().initiallyDeferred());

export function recordSchema(dialect: StoreDialect): Migration {
  const { matches, isDate } = dialect;
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('regions')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addCheckConstraint('regions_code', matches('code', m49))
        .addCheckConstraint('regions_name', notEmpty('name'))
        .addCheckConstraint('regions_kind', oneOf('kind', ['region', 'sub-region', 'intermediate-region']))
        .addCheckConstraint('regions_source', notEmpty('source'))
        .execute();

      let states = db.schema
        .createTable('states')
        .addColumn('iso3', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('m49', 'text', (c) => c.notNull())
        .addColumn('region', 'text', (c) => c.notNull())
        .addColumn('sub_region', 'text', (c) => c.notNull())
        .addColumn('intermediate_region', 'text')
        .addColumn('un_member_from', 'text')
        .addColumn('exists_from', 'text')
        .addColumn('predecessor', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addCheckConstraint('states_iso3', matches('iso3', iso3))
        .addCheckConstraint('states_name', notEmpty('name'))
        .addCheckConstraint('states_m49', matches('m49', m49))
        .addCheckConstraint('states_un_member_from', optional('un_member_from', isDate('un_member_from')))
        .addCheckConstraint('states_exists_from', optional('exists_from', isDate('exists_from')))
        .addCheckConstraint('states_source', notEmpty('source'));
      states = references(states, 'states_region', 'region', 'regions', 'code');
      states = references(states, 'states_sub_region', 'sub_region', 'regions', 'code');
      states = references(states, 'states_intermediate_region', 'intermediate_region', 'regions', 'code');
      await references(states, 'states_predecessor', 'predecessor', 'states', 'iso3').execute();

      await db.schema
        .createTable('conflicts')
        .addColumn('position', 'integer', (c) => c.primaryKey())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('value_chosen', 'text', (c) => c.notNull())
        .addColumn('source_chosen', 'text', (c) => c.notNull())
        .addColumn('value_other', 'text', (c) => c.notNull())
        .addColumn('source_other', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();

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
        .addCheckConstraint('actions_treaty', notEmpty('treaty'))
        .addCheckConstraint('actions_kind', oneOf('kind', actionKinds))
        .addCheckConstraint('actions_date', isDate('date'))
        .addCheckConstraint('actions_effective_date', optional('effective_date', isDate('effective_date')))
        .addCheckConstraint('actions_succession_effective', sql`(kind <> 'succession' OR effective_date IS NOT NULL)`)
        .addCheckConstraint('actions_effective_kind', sql`(effective_date IS NULL OR kind IN ('succession', 'withdrawal'))`)
        .addCheckConstraint('actions_effect_suspended', sql`(effect_suspended = 0 OR (effect_suspended = 1 AND kind = 'withdrawal'))`)
        .addCheckConstraint('actions_source', notEmpty('source'));
      await references(actions, 'actions_iso3', 'iso3', 'states', 'iso3').execute();
      await db.schema.createIndex('actions_by_state').on('actions').columns(['iso3', 'treaty']).execute();

      const indicators = db.schema
        .createTable('indicators')
        .addColumn('treaty', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('iso3', 'text', (c) => c.notNull())
        .addColumn('indicator', 'text', (c) => c.notNull())
        .addColumn('value', 'text')
        .addColumn('year', 'integer')
        .addColumn('date', 'text')
        .addColumn('confidence', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addPrimaryKeyConstraint('indicators_pkey', ['treaty', 'position'])
        .addCheckConstraint('indicators_treaty', notEmpty('treaty'))
        .addCheckConstraint('indicators_indicator', oneOf('indicator', indicatorKinds))
        .addCheckConstraint('indicators_year', sql`(year IS NULL OR year BETWEEN 0 AND 9999)`)
        .addCheckConstraint('indicators_date', optional('date', isDate('date')))
        .addCheckConstraint('indicators_confidence', oneOf('confidence', ['confirmed', 'uncertain']))
        .addCheckConstraint('indicators_source', notEmpty('source'));
      await references(indicators, 'indicators_iso3', 'iso3', 'states', 'iso3').execute();
      await db.schema.createIndex('indicators_by_state').on('indicators').columns(['iso3', 'treaty']).execute();
    },
  };
}
