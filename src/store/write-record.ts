// Writing parts of a record inside a transaction someone else opened: delete what each given
// part replaces, insert its new rows in record order, mark the parts initialised, log the change
// and count a new version of the record. Nothing here commits; no other part is touched.
import type { Kysely } from 'kysely';
import { actionToRow, conflictToRow, indicatorToRow, regionToRow, sourceToRow, stateToRow } from '../app/fact-rows.js';
import type { RecordData, RecordPart, Reference, Replacement, TreatyData } from '../app/ports.js';
import { partsOf } from '../app/record-parts.js';
import type { Database } from './database.js';
import { actionToTable, conflictToTable, indicatorToTable, regionToTable, sourceToTable, stateToTable } from './table-rows.js';

/** Rows per INSERT: well under SQLite's and PostgreSQL's limits on bound parameters. */
const CHUNK = 400;

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += CHUNK) yield rows.slice(start, start + CHUNK);
}

export interface WriteHooks {
  /** Called once, after the first part's old rows are deleted and some new ones written (crash-safety tests). */
  readonly midWrite?: () => Promise<void>;
}

/** How a part is named in record_parts. */
export const partName = (part: RecordPart): string => (part.kind === 'reference' ? 'reference' : `treaty:${part.treaty}`);

export const partFromName = (name: string): RecordPart =>
  name.startsWith('treaty:') ? { kind: 'treaty', treaty: name.slice('treaty:'.length) } : { kind: 'reference' };

/** The scope of the reference's source conflicts in the conflicts table. */
export const referenceScope = '';

async function writeReference(trx: Kysely<Database>, reference: Reference, pause: () => Promise<void>): Promise<void> {
  await trx.deleteFrom('conflicts').where('scope', '=', referenceScope).execute();
  await trx.deleteFrom('source_sites').execute();
  await trx.deleteFrom('states').execute();
  await trx.deleteFrom('regions').execute();
  for (const chunk of chunks(reference.regions.map((r, i) => regionToTable(regionToRow(r), i + 1)))) {
    await trx.insertInto('regions').values(chunk).execute();
  }
  for (const chunk of chunks(reference.states.map((s, i) => stateToTable(stateToRow(s), i + 1)))) {
    await trx.insertInto('states').values(chunk).execute();
  }
  await pause();
  for (const chunk of chunks(reference.sources.map((s, i) => sourceToTable(sourceToRow(s), i + 1)))) {
    await trx.insertInto('source_sites').values(chunk).execute();
  }
  for (const chunk of chunks(reference.conflicts.map((c, i) => conflictToTable(conflictToRow(c), referenceScope, i + 1)))) {
    await trx.insertInto('conflicts').values(chunk).execute();
  }
}

async function writeTreaty(trx: Kysely<Database>, data: TreatyData, pause: () => Promise<void>): Promise<void> {
  const { treaty } = data;
  await trx.deleteFrom('actions').where('treaty', '=', treaty).execute();
  await trx.deleteFrom('indicators').where('treaty', '=', treaty).execute();
  await trx.deleteFrom('conflicts').where('scope', '=', treaty).execute();
  for (const chunk of chunks(data.actions.map((a, i) => actionToTable(actionToRow(a), treaty, i + 1)))) {
    await trx.insertInto('actions').values(chunk).execute();
  }
  await pause();
  for (const chunk of chunks(data.indicators.map((x, i) => indicatorToTable(indicatorToRow(x), treaty, i + 1)))) {
    await trx.insertInto('indicators').values(chunk).execute();
  }
  for (const chunk of chunks(data.conflicts.map((c, i) => conflictToTable(conflictToRow(c), treaty, i + 1)))) {
    await trx.insertInto('conflicts').values(chunk).execute();
  }
}

/** Replaces the parts `data` holds, and only those; marks them initialised; logs; bumps the version. */
export async function writeParts(trx: Kysely<Database>, replacement: Replacement, hooks: WriteHooks): Promise<void> {
  const { data, audit } = replacement;
  let paused = false;
  const pause = async () => {
    if (paused) return;
    paused = true;
    await hooks.midWrite?.();
  };
  if (data.reference !== null) await writeReference(trx, data.reference, pause);
  for (const treaty of data.treaties) await writeTreaty(trx, treaty, pause);
  const parts = partsOf(data).map((part) => ({ part: partName(part) }));
  if (parts.length > 0) await trx.insertInto('record_parts').values(parts).onConflict((oc) => oc.column('part').doNothing()).execute();
  await trx.insertInto('audit_log').values({ action: audit.action, treaty: auditTreaty(data), user_id: null, detail: JSON.stringify(audit.detail ?? null) }).execute();
  await trx.updateTable('record_version').set((eb) => ({ version: eb('version', '+', 1) })).where('id', '=', 1).execute();
}

/** The audit log's treaty column: the treaty when the change is to one treaty's record alone. */
const auditTreaty = (data: RecordData): string | null => (data.reference === null && data.treaties.length === 1 ? (data.treaties[0]?.treaty ?? null) : null);
