// The interfaces the outer layers implement for the use cases: where the record comes from.
import type { TreatyRecord } from '../domain/record.js';
import type { Result } from '../domain/result.js';
import type { RecordProblem } from './record-problem.js';

/** Where a fact came from, so that a problem can point at it. */
export interface FactLocation {
  readonly file: string;
  readonly line: number | null;
}

export interface LoadedRecord {
  readonly record: TreatyRecord;
  locate(fact: object): FactLocation;
}

export interface RecordReader {
  /** The whole record of one treaty, or the problems that stop it from being read. */
  readRecord(treaty: string): Promise<Result<LoadedRecord, readonly RecordProblem[]>>;
}
