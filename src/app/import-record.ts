// `import`: a data directory into the store, all or nothing. The directory must pass every check
// of `adherence check`; one bad row and the store keeps what it had.
import type { CalendarDate } from '../domain/calendar-date.js';
import { ok, type DomainError, type Result } from '../domain/result.js';
import type { TreatyRules } from '../domain/treaty.js';
import { checkRecordData } from './check-record-data.js';
import type { RecordData, RecordFiles, RecordStore } from './ports.js';
import type { RecordProblem } from './record-problem.js';

export interface RecordCounts {
  readonly states: number;
  readonly actions: number;
  readonly indicators: number;
  readonly regions: number;
  readonly conflicts: number;
}

export type ImportFailure =
  | { readonly kind: 'invalid'; readonly problems: readonly RecordProblem[] }
  | { readonly kind: 'refused'; readonly error: DomainError };

export const recordCounts = ({ record, regions, conflicts }: RecordData): RecordCounts => ({
  states: record.states.length,
  actions: record.actions.length,
  indicators: record.indicators.length,
  regions: regions.length,
  conflicts: conflicts.length,
});

/** Reads and checks a data directory: the data, or every problem found in it. */
export async function readCheckedData(
  files: RecordFiles,
  dir: string,
  rules: TreatyRules,
  today: CalendarDate,
): Promise<Result<RecordData, readonly RecordProblem[]>> {
  const read = await files.read(dir, rules.id);
  if (!read.ok) return read;
  const problems = checkRecordData(read.value, rules, today);
  return problems.length === 0 ? ok(read.value) : { ok: false, error: problems };
}

export async function importRecord(
  files: RecordFiles,
  store: RecordStore,
  dir: string,
  rules: TreatyRules,
  today: CalendarDate,
): Promise<Result<RecordCounts, ImportFailure>> {
  const data = await readCheckedData(files, dir, rules, today);
  if (!data.ok) return { ok: false, error: { kind: 'invalid', problems: data.error } };
  const replaced = await store.replaceData(data.value);
  if (!replaced.ok) return { ok: false, error: { kind: 'refused', error: replaced.error } };
  return ok(recordCounts(data.value));
}
