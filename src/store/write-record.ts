// Writing a whole record inside a transaction someone else opened: delete what the data
// replaces, insert the new rows in record order, log the change. Nothing here commits.
import type { Kysely } from 'kysely';
import { actionToRow, conflictToRow, indicatorToRow, regionToRow, stateToRow } from '../app/fact-rows.js';
import { recordCounts } from '../app/import-record.js';
import type { RecordData } from '../app/ports.js';
import type { Database } from './database.js';
import { actionToTable, conflictToTable, indicatorToTable, regionToTable, stateToTable } from './table-rows.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 400;

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += CHUNK) yield rows.slice(start, start + CHUNK);
}

export interface WriteHooks {
  /** Called once the old record is deleted and the new States are written (crash-safety tests). */
  readonly midWrite?: () => Promise<void>;
}

export async function writeRecord(trx: Kysely<Database>, data: RecordData, action: string, hooks: WriteHooks): Promise<void> {
  const { record, regions, conflicts } = data;
  const { treaty } = record;
  await trx.deleteFrom('actions').where('treaty', '=', treaty).execute();
  await trx.deleteFrom('indicators').where('treaty', '=', treaty).execute();
  await trx.deleteFrom('states').execute();
  await trx.deleteFrom('regions').execute();
  await trx.deleteFrom('conflicts').execute();

  for (const chunk of chunks(regions.map((r, i) => regionToTable(regionToRow(r), i + 1)))) {
    await trx.insertInto('regions').values(chunk).execute();
  }
  for (const chunk of chunks(record.states.map((s, i) => stateToTable(stateToRow(s), i + 1)))) {
    await trx.insertInto('states').values(chunk).execute();
  }
  await hooks.midWrite?.();
  for (const chunk of chunks(record.actions.map((a, i) => actionToTable(actionToRow(a), treaty, i + 1)))) {
    await trx.insertInto('actions').values(chunk).execute();
  }
  for (const chunk of chunks(record.indicators.map((x, i) => indicatorToTable(indicatorToRow(x), treaty, i + 1)))) {
    await trx.insertInto('indicators').values(chunk).execute();
  }
  for (const chunk of chunks(conflicts.map((c, i) => conflictToTable(conflictToRow(c), i + 1)))) {
    await trx.insertInto('conflicts').values(chunk).execute();
  }
  await trx.insertInto('audit_log').values({ action, treaty, user_id: null, detail: JSON.stringify(recordCounts(data)) }).execute();
}
