// First run: a store that holds no States is filled from the shipped record (data/).
import type { CalendarDate } from '../domain/calendar-date.js';
import { ok, type Result } from '../domain/result.js';
import type { TreatyRules } from '../domain/treaty.js';
import { readCheckedData } from './import-record.js';
import type { RecordFiles, RecordStore } from './ports.js';
import type { RecordProblem } from './record-problem.js';

/** True if the store was empty and now holds the shipped record; false if it held a record already. */
export async function seedStore(
  store: RecordStore,
  files: RecordFiles,
  dataDir: string,
  rules: TreatyRules,
  today: CalendarDate,
): Promise<Result<boolean, readonly RecordProblem[]>> {
  if (!(await store.isEmpty())) return ok(false); // the usual case: skip reading the files
  const data = await readCheckedData(files, dataDir, rules, today);
  if (!data.ok) return data;
  const seeded = await store.seedData(data.value);
  if (seeded.ok) return seeded;
  return { ok: false, error: [{ file: store.location, line: null, field: null, rule: 'store', message: seeded.error.message }] };
}
