// The interfaces the outer layers implement for the use cases: where the record comes from,
// where it is kept, and how it travels as files.
import type { TreatyRecord } from '../domain/record.js';
import type { Region } from '../domain/region.js';
import type { DomainError, Result } from '../domain/result.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { RecordProblem } from './record-problem.js';

/** Where a fact came from, so that a problem can point at it: a file and line, or a table and row. */
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

/** Everything a data directory holds for one treaty: its record, the regions, the source conflicts. */
export interface RecordData {
  readonly record: TreatyRecord;
  readonly regions: readonly Region[];
  readonly conflicts: readonly SourceConflict[];
}

export interface LoadedData extends RecordData, LoadedRecord {}

/** A record in a data directory (the layout of data/). */
export interface RecordFiles {
  read(dir: string, treaty: string): Promise<Result<LoadedData, readonly RecordProblem[]>>;
  /** Writes the files of `data` under `dir`, creating it; existing files are overwritten. */
  write(dir: string, data: RecordData): Promise<void>;
}

/**
 * Where the record is kept (SQLite or PostgreSQL). States, regions and conflicts are shared by
 * every treaty; actions and indicators belong to one. Facts come back in the order written.
 */
export interface RecordStore extends RecordReader {
  /** Where it is, for messages: a file path or a URL without its password. */
  readonly location: string;
  readData(treaty: string): Promise<Result<LoadedData, readonly RecordProblem[]>>;
  /**
   * Replaces the States, regions and conflicts, and the treaty's actions and indicators, in one
   * transaction: afterwards the store holds exactly `data`, or, if it refused, what it held before.
   * Refusal (a constraint of the schema) is an `invalid-record` error.
   */
  replaceData(data: RecordData): Promise<Result<void, DomainError>>;
  /** True while the store holds no States (a new database). */
  isEmpty(): Promise<boolean>;
  /** As replaceData, but only into a store that holds no States; false if it already held some. */
  seedData(data: RecordData): Promise<Result<boolean, DomainError>>;
  close(): Promise<void>;
}
