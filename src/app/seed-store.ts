// First use of each part of the record: a part never initialised (the reference, or a treaty the
// build knows) is filled from the shipped data directory, once. Only the record of which parts
// were initialised decides it, never a table that looks empty: a part a keeper emptied stays empty.
import type { CalendarDate } from '../domain/calendar-date.js';
import { ok, type Result } from '../domain/result.js';
import type { TreatyRules } from '../domain/treaty.js';
import { checkRecord } from './check-record.js';
import { mergeRecord } from './merge-record.js';
import type { LoadedData, RecordFiles, RecordPart, RecordStore } from './ports.js';
import { recordCounts } from './record-counts.js';
import { partsOf, samePart, withoutParts } from './record-parts.js';
import type { RecordProblem } from './record-problem.js';

type Problems = readonly RecordProblem[];

/**
 * Seeds the parts of `known` treaties (and the reference) that the store never held, from what
 * `dataDir` has of them, after checking the whole record they would make. Returns the parts written.
 */
export async function seedStore(
  store: RecordStore,
  files: RecordFiles,
  dataDir: string,
  known: readonly string[],
  rulesOf: (treaty: string) => TreatyRules | undefined,
  today: CalendarDate,
): Promise<Result<readonly RecordPart[], Problems>> {
  const initialised = await store.initialisedParts();
  const isNew = (part: RecordPart) => !initialised.some((p) => samePart(p, part));
  const treaties = known.filter((treaty) => isNew({ kind: 'treaty', treaty }));
  if (!isNew({ kind: 'reference' }) && treaties.length === 0) return ok([]); // the usual case: read no files
  const read = await files.read(dataDir, treaties);
  if (!read.ok) return read;
  const offered: LoadedData = { ...withoutParts(read.value, initialised), locate: read.value.locate };
  if (partsOf(offered).length === 0) return ok([]);
  const current = await store.readRecord();
  if (!current.ok) return current;
  const problems = checkRecord(mergeRecord(current.value, offered), rulesOf, today);
  if (problems.length > 0) return { ok: false, error: problems };
  const data = { reference: offered.reference, treaties: offered.treaties };
  const seeded = await store.seed({ data, audit: { action: 'seed', detail: { from: dataDir, counts: recordCounts(data) } } });
  if (seeded.ok) return seeded;
  return { ok: false, error: [{ file: store.location, line: null, field: null, rule: 'store', message: seeded.error.message }] };
}
