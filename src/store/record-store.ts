// The record store, written once with Kysely for both dialects. Facts are read back through
// the same row rules as the files (app/record-rows.ts); a problem points at a table and row.
import type { Kysely } from 'kysely';
import { assembleData, parseLocated } from '../app/assemble-data.js';
import type { FactLocation, LoadedData, RecordData, RecordStore } from '../app/ports.js';
import type { RecordProblem } from '../app/record-problem.js';
import { parseActions, parseIndicators, parseStates, type Row, type RowInput } from '../app/record-rows.js';
import { parseConflicts, parseRegions } from '../app/reference-rows.js';
import { fail, ok, type DomainError, type Result } from '../domain/result.js';
import type { Database } from './database.js';
import type { StoreDialect } from './dialect.js';
import { actionFromTable, conflictFromTable, indicatorFromTable, regionFromTable, stateFromTable } from './table-rows.js';
import { writeRecord, type WriteHooks } from './write-record.js';

type Problems = readonly RecordProblem[];

/** Rows of one table as input for the row rules: the file is the table, the line its position. */
const rowInput = <R extends { readonly position: number }>(table: string, rows: readonly R[], toRow: (r: R) => Row): RowInput => ({
  file: table,
  rows: rows.map((r) => ({ line: r.position, values: toRow(r) })),
});

export function createRecordStore(db: Kysely<Database>, dialect: StoreDialect, location: string, hooks: WriteHooks = {}): RecordStore {
  async function readData(treaty: string): Promise<Result<LoadedData, Problems>> {
    const tables = await dialect.readTransaction(db, async (trx) => ({
      states: await trx.selectFrom('states').selectAll().orderBy('position').execute(),
      actions: await trx.selectFrom('actions').selectAll().where('treaty', '=', treaty).orderBy('position').execute(),
      indicators: await trx.selectFrom('indicators').selectAll().where('treaty', '=', treaty).orderBy('position').execute(),
      regions: await trx.selectFrom('regions').selectAll().orderBy('position').execute(),
      conflicts: await trx.selectFrom('conflicts').selectAll().orderBy('position').execute(),
    }));
    const locations = new Map<object, FactLocation>();
    const facts = <T extends object>(input: RowInput, parse: (input: RowInput) => Result<T[], Problems>) => parseLocated(input, parse, locations);
    const states = facts(rowInput('states', tables.states, stateFromTable), parseStates);
    const actions = facts(rowInput('actions', tables.actions, actionFromTable), (input) => parseActions(input, treaty));
    const indicators = facts(rowInput('indicators', tables.indicators, indicatorFromTable), (input) => parseIndicators(input, treaty));
    const regions = facts(rowInput('regions', tables.regions, regionFromTable), parseRegions);
    const conflicts = facts(rowInput('conflicts', tables.conflicts, conflictFromTable), parseConflicts);
    return assembleData(treaty, { states, actions, indicators, regions, conflicts }, locations, location);
  }

  /** A write the schema refuses is an expected failure; a broken database is thrown. */
  async function refusedAsError<T>(write: () => Promise<T>): Promise<Result<T, DomainError>> {
    try {
      return ok(await write());
    } catch (error) {
      if (!dialect.isRefusal(error)) throw error;
      return fail('invalid-record', `the database refused the record: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    location,
    readRecord: readData,
    readData,
    isEmpty: async () => (await db.selectFrom('states').select('iso3').limit(1).executeTakeFirst()) === undefined,
    replaceData: (data: RecordData) =>
      refusedAsError(() => dialect.writeTransaction(db, (trx) => writeRecord(trx, data, 'replace-record', hooks))),
    seedData: (data: RecordData) =>
      refusedAsError(() =>
        dialect.writeTransaction(db, async (trx) => {
          const held = await trx.selectFrom('states').select('iso3').limit(1).executeTakeFirst();
          if (held !== undefined) return false;
          await writeRecord(trx, data, 'seed-record', {});
          return true;
        }),
      ),
    close: () => db.destroy(),
  };
}
