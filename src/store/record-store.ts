// The record store, written once with Kysely for both dialects. Facts are read back through
// the same row rules as the files (app/record-rows.ts); a problem points at a table and row.
// Every write runs in a transaction that excludes other writers and bumps the record's version.
import type { Kysely, Selectable } from 'kysely';
import { assembleData, parseLocated, wholeRecord, type TreatyParts } from '../app/assemble-data.js';
import type { FactLocation, LoadedRecord, RecordPart, RecordStore, Replacement } from '../app/ports.js';
import type { RecordProblem } from '../app/record-problem.js';
import { partsOf, withoutParts } from '../app/record-parts.js';
import { parseActions, parseIndicators, parseStates, type Row, type RowInput } from '../app/record-rows.js';
import { parseConflicts, parseRegions, parseSources } from '../app/reference-rows.js';
import { fail, ok, type DomainError, type Result } from '../domain/result.js';
import type { ActionsTable, ConflictsTable, Database, IndicatorsTable } from './database.js';
import type { StoreDialect } from './dialect.js';
import { actionFromTable, conflictFromTable, indicatorFromTable, regionFromTable, sourceFromTable, stateFromTable } from './table-rows.js';
import { partFromName, partName, referenceScope, writeParts, type WriteHooks } from './write-record.js';

type Problems = readonly RecordProblem[];
type Locations = Map<object, FactLocation>;

/** Rows of one table as input for the row rules: the file is the table, the line its position. */
const rowInput = <R extends { readonly position: number }>(table: string, rows: readonly R[], toRow: (r: R) => Row): RowInput => ({
  file: table,
  rows: rows.map((r) => ({ line: r.position, values: toRow(r) })),
});

/** How a problem names a treaty's table: "actions (apmbc)". */
const treatyTable = (table: string, treaty: string) => `${table} (${treaty})`;

interface Tables {
  readonly states: Selectable<Database['states']>[];
  readonly regions: Selectable<Database['regions']>[];
  readonly sources: Selectable<Database['source_sites']>[];
  readonly conflicts: Selectable<ConflictsTable>[];
  readonly actions: Selectable<ActionsTable>[];
  readonly indicators: Selectable<IndicatorsTable>[];
  readonly parts: readonly string[];
}

/** Every treaty the store holds: initialised, or with rows in any of its tables; in id order. */
function treatiesHeld(tables: Tables): string[] {
  const ids = new Set<string>();
  for (const part of tables.parts.map(partFromName)) if (part.kind === 'treaty') ids.add(part.treaty);
  for (const row of [...tables.actions, ...tables.indicators]) ids.add(row.treaty);
  for (const row of tables.conflicts) if (row.scope !== referenceScope) ids.add(row.scope);
  return [...ids].sort();
}

function treatyParts(tables: Tables, treaty: string, locations: Locations): TreatyParts {
  const own = <R extends { readonly treaty: string }>(rows: readonly R[]) => rows.filter((r) => r.treaty === treaty);
  const conflicts = tables.conflicts.filter((r) => r.scope === treaty);
  return {
    treaty,
    actions: parseLocated(rowInput(treatyTable('actions', treaty), own(tables.actions), actionFromTable), (input) => parseActions(input, treaty), locations),
    indicators: parseLocated(rowInput(treatyTable('indicators', treaty), own(tables.indicators), indicatorFromTable), (input) => parseIndicators(input, treaty), locations),
    conflicts: parseLocated(rowInput(treatyTable('conflicts', treaty), conflicts, conflictFromTable), parseConflicts, locations),
  };
}

export function createRecordStore(db: Kysely<Database>, dialect: StoreDialect, location: string, hooks: WriteHooks = {}): RecordStore {
  async function readRecord(): Promise<Result<LoadedRecord, Problems>> {
    const tables: Tables = await dialect.readTransaction(db, async (trx) => ({
      states: await trx.selectFrom('states').selectAll().orderBy('position').execute(),
      regions: await trx.selectFrom('regions').selectAll().orderBy('position').execute(),
      sources: await trx.selectFrom('source_sites').selectAll().orderBy('position').execute(),
      conflicts: await trx.selectFrom('conflicts').selectAll().orderBy('scope').orderBy('position').execute(),
      actions: await trx.selectFrom('actions').selectAll().orderBy('treaty').orderBy('position').execute(),
      indicators: await trx.selectFrom('indicators').selectAll().orderBy('treaty').orderBy('position').execute(),
      parts: (await trx.selectFrom('record_parts').select('part').execute()).map((r) => r.part),
    }));
    const locations: Locations = new Map();
    const reference = {
      states: parseLocated(rowInput('states', tables.states, stateFromTable), parseStates, locations),
      regions: parseLocated(rowInput('regions', tables.regions, regionFromTable), parseRegions, locations),
      sources: parseLocated(rowInput('source_sites', tables.sources, sourceFromTable), parseSources, locations),
      conflicts: parseLocated(rowInput('conflicts', tables.conflicts.filter((r) => r.scope === referenceScope), conflictFromTable), parseConflicts, locations),
    };
    const treaties = treatiesHeld(tables).map((treaty) => treatyParts(tables, treaty, locations));
    const data = assembleData(reference, treaties, locations, location);
    return data.ok ? ok(wholeRecord(data.value)) : data;
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

  const initialised = async (trx: Kysely<Database>): Promise<RecordPart[]> =>
    (await trx.selectFrom('record_parts').select('part').orderBy('part').execute()).map((r) => partFromName(r.part));

  return {
    location,
    readRecord,
    replace: (replacement: Replacement) => refusedAsError(() => dialect.writeTransaction(db, (trx) => writeParts(trx, replacement, hooks))),
    initialisedParts: () => initialised(db),
    seed: (replacement: Replacement) =>
      refusedAsError(() =>
        dialect.writeTransaction(db, async (trx) => {
          const data = withoutParts(replacement.data, await initialised(trx));
          const parts = partsOf(data);
          if (parts.length === 0) return parts;
          const audit = { action: replacement.audit.action, detail: { parts: parts.map(partName), detail: replacement.audit.detail } };
          await writeParts(trx, { data, audit }, {});
          return parts;
        }),
      ),
    version: async () => (await db.selectFrom('record_version').select('version').where('id', '=', 1).executeTakeFirstOrThrow()).version,
    close: () => db.destroy(),
  };
}
