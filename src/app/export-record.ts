// `export-data`: the store's whole record (the reference and every treaty) written back as a
// data directory, in the layout of data/.
import { ok, type Result } from '../domain/result.js';
import type { RecordFiles, RecordStore } from './ports.js';
import type { RecordProblem } from './record-problem.js';
import { recordCounts, type RecordCounts } from './record-counts.js';

export async function exportRecord(store: RecordStore, files: RecordFiles, dir: string): Promise<Result<RecordCounts, readonly RecordProblem[]>> {
  const read = await store.readRecord();
  if (!read.ok) return read;
  const { reference, treaties } = read.value;
  await files.write(dir, { reference, treaties });
  return ok(recordCounts(read.value));
}
