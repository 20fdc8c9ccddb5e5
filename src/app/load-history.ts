// Reads a treaty's record and computes its history once; everything else asks the history.
import { buildHistory, type TreatyHistory } from '../domain/history.js';
import type { TreatyRecord } from '../domain/record.js';
import { ok, type Result } from '../domain/result.js';
import type { TreatyRules } from '../domain/treaty.js';
import type { LoadedRecord, RecordReader } from './ports.js';
import type { RecordProblem } from './record-problem.js';

export interface LoadedTreaty {
  readonly loaded: LoadedRecord;
  readonly record: TreatyRecord;
  readonly history: TreatyHistory;
}

export async function loadTreaty(reader: RecordReader, rules: TreatyRules): Promise<Result<LoadedTreaty, readonly RecordProblem[]>> {
  const read = await reader.readRecord(rules.id);
  if (!read.ok) return read;
  return ok({ loaded: read.value, record: read.value.record, history: buildHistory(read.value.record, rules) });
}
