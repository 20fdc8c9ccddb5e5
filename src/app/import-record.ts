// `import`: a data directory into the store, all or nothing. The directory holds the reference,
// some treaties' records, or both; what it holds is written over the store's record and the rest
// stays as it is. The whole record that would result must pass every check of `adherence check`,
// so a change to the reference that breaks another treaty is caught. An import that would leave
// the reference with no States, or a treaty it writes with no actions, is refused whatever the
// options (an empty directory is a mistake, never a record); one that would remove facts is
// refused unless removals are allowed. A dry run says what would change and writes nothing.
import type { CalendarDate } from '../domain/calendar-date.js';
import { ok, type DomainError, type Result } from '../domain/result.js';
import type { TreatyRules } from '../domain/treaty.js';
import { checkRecord } from './check-record.js';
import { mergeRecord } from './merge-record.js';
import type { LoadedData, RecordFiles, RecordPart, RecordStore } from './ports.js';
import { fileOf, recordChanges, removals, type PartChanges } from './record-changes.js';
import { partsOf } from './record-parts.js';
import type { RecordProblem } from './record-problem.js';

export interface ImportOptions {
  /** Import this treaty's folder only (and the reference if the directory has it); else every known treaty's folder present. */
  readonly treaty?: string;
  /** Say what would change; write nothing. */
  readonly dryRun: boolean;
  /** Let the import remove facts the store holds; without it, an import that would is refused. */
  readonly allowRemovals: boolean;
  /** The treaties this build knows: the folders an import without `treaty` looks for. */
  readonly known: readonly string[];
}

export interface Imported {
  readonly changes: readonly PartChanges[];
  /** False after a dry run. */
  readonly written: boolean;
}

/** A part the import would leave empty: the reference without States, or a treaty without actions. */
export interface Emptied {
  readonly part: RecordPart;
  readonly file: string;
}

export type ImportFailure =
  /** The directory's files cannot be read, or a row breaks a row rule. */
  | { readonly kind: 'unreadable'; readonly problems: readonly RecordProblem[] }
  /** The store's own record cannot be read, so nothing can be merged into it. */
  | { readonly kind: 'store-unreadable'; readonly problems: readonly RecordProblem[] }
  | { readonly kind: 'unknown-treaty'; readonly treaty: string; readonly known: readonly string[] }
  /** The directory holds no part of a record: no states.csv and no folder of these treaties. */
  | { readonly kind: 'nothing'; readonly treaties: readonly string[] }
  /** The treaty named has no folder in the directory. */
  | { readonly kind: 'no-folder'; readonly treaty: string }
  | { readonly kind: 'empty'; readonly changes: readonly PartChanges[]; readonly emptied: readonly Emptied[] }
  | { readonly kind: 'invalid'; readonly changes: readonly PartChanges[]; readonly problems: readonly RecordProblem[] }
  | { readonly kind: 'removals'; readonly changes: readonly PartChanges[] }
  /** The store refused the write (a constraint of its schema). */
  | { readonly kind: 'refused'; readonly changes: readonly PartChanges[]; readonly error: DomainError };

const failure = (error: ImportFailure): Result<never, ImportFailure> => ({ ok: false, error });

/** The parts `data` would leave empty. */
function emptied(data: LoadedData): Emptied[] {
  const found: Emptied[] = [];
  if (data.reference !== null && data.reference.states.length === 0) found.push({ part: { kind: 'reference' }, file: fileOf({ kind: 'reference' }, 'states') });
  for (const t of data.treaties) {
    const part: RecordPart = { kind: 'treaty', treaty: t.treaty };
    if (t.actions.length === 0) found.push({ part, file: fileOf(part, 'actions') });
  }
  return found;
}

export async function importRecord(
  files: RecordFiles,
  store: RecordStore,
  dir: string,
  options: ImportOptions,
  rulesOf: (treaty: string) => TreatyRules | undefined,
  today: CalendarDate,
): Promise<Result<Imported, ImportFailure>> {
  if (options.treaty !== undefined && !options.known.includes(options.treaty)) {
    return failure({ kind: 'unknown-treaty', treaty: options.treaty, known: options.known });
  }
  const treaties = options.treaty === undefined ? options.known : [options.treaty];
  const read = await files.read(dir, treaties);
  if (!read.ok) return failure({ kind: 'unreadable', problems: read.error });
  const incoming = read.value;
  if (options.treaty !== undefined && incoming.treaties.length === 0) return failure({ kind: 'no-folder', treaty: options.treaty });
  if (partsOf(incoming).length === 0) return failure({ kind: 'nothing', treaties });

  const current = await store.readRecord();
  if (!current.ok) return failure({ kind: 'store-unreadable', problems: current.error });
  const changes = recordChanges(current.value, incoming);
  const empty = emptied(incoming);
  if (empty.length > 0) return failure({ kind: 'empty', changes, emptied: empty });
  const problems = checkRecord(mergeRecord(current.value, incoming), rulesOf, today);
  if (problems.length > 0) return failure({ kind: 'invalid', changes, problems });
  if (!options.allowRemovals && removals(changes).length > 0) return failure({ kind: 'removals', changes });
  if (options.dryRun) return ok({ changes, written: false });

  const written = await store.replace({ data: { reference: incoming.reference, treaties: incoming.treaties }, audit: { action: 'import', detail: changes } });
  if (!written.ok) return failure({ kind: 'refused', changes, error: written.error });
  return ok({ changes, written: true });
}
