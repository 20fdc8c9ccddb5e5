// `export-data`: the store's record written back as a data directory, in the layout of data/.
import { ok, type Result } from '../domain/result.js';
import { recordCounts, type RecordCounts } from './import-record.js';
import type { RecordFiles, RecordStore } from './ports.js';
import type { RecordProblem } from './record-problem.js';

export async function exportRecord(
  store: RecordStore,
  files: RecordFiles,
  dir: string,
  treaty: string,
): Promise<Result<RecordCounts, readonly RecordProblem[]>> {
  const read = await store.readData(treaty);
  if (!read.ok) return read;
  await files.write(dir, read.value);
  return ok(recordCounts(read.value));
}
