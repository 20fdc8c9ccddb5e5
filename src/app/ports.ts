// The interfaces the outer layers implement for the use cases: where the record comes from,
// where it is kept, and how it travels as files.
import type { Action, Indicator, State, TreatyRecord } from '../domain/record.js';
import type { Region } from '../domain/region.js';
import type { DomainError, Result } from '../domain/result.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { SourceSite } from '../domain/sources.js';
import type { RecordProblem } from './record-problem.js';

/** Where a fact came from, so that a problem can point at it: a file and line, or a table and row. */
export interface FactLocation {
  readonly file: string;
  readonly line: number | null;
}

/** What every treaty shares: the States, the M49 groups, the graded source sites, and the conflicts among their sources. */
export interface Reference {
  readonly states: readonly State[];
  readonly regions: readonly Region[];
  readonly sources: readonly SourceSite[];
  readonly conflicts: readonly SourceConflict[];
}

/** One treaty's own record: its depositary actions, its indicators, and the conflicts among their sources. */
export interface TreatyData {
  readonly treaty: string;
  readonly actions: readonly Action[];
  readonly indicators: readonly Indicator[];
  readonly conflicts: readonly SourceConflict[];
}

/**
 * A record, or part of one: the shared reference (null when absent, e.g. a data directory that
 * holds one treaty's files only) and the records of some treaties.
 */
export interface RecordData {
  readonly reference: Reference | null;
  readonly treaties: readonly TreatyData[];
}

/** A whole record: the reference and every treaty it holds. */
export interface FullRecord extends RecordData {
  readonly reference: Reference;
}

export interface Located {
  locate(fact: object): FactLocation;
}

export interface LoadedData extends RecordData, Located {}
export interface LoadedRecord extends FullRecord, Located {}

/** The domain's view of one treaty in a record: its actions and indicators over the shared States. */
export function treatyRecord(record: FullRecord, treaty: string): TreatyRecord {
  const own = record.treaties.find((t) => t.treaty === treaty);
  return { treaty, states: record.reference.states, actions: own?.actions ?? [], indicators: own?.indicators ?? [] };
}

/** A record in a data directory (the layout of data/). */
export interface RecordFiles {
  /**
   * Reads the reference files if the directory has them (states.csv present) and, for each of
   * `treaties`, that treaty's folder if present. Problems name the file and line.
   */
  read(dir: string, treaties: readonly string[]): Promise<Result<LoadedData, readonly RecordProblem[]>>;
  /** Writes the files of `data` under `dir`, creating it; existing files are overwritten. */
  write(dir: string, data: RecordData): Promise<void>;
}

/** What a change to the store replaces: the reference if given, and each treaty given; nothing else. */
export interface Replacement {
  readonly data: RecordData;
  /** For the audit log: what kind of change (e.g. "import", "seed") and its summary. */
  readonly audit: { readonly action: string; readonly detail: unknown };
}

/** The parts of a record a store can hold, each initialised (seeded or imported) once. */
export type RecordPart = { readonly kind: 'reference' } | { readonly kind: 'treaty'; readonly treaty: string };

/**
 * Where the record is kept (SQLite or PostgreSQL). The reference is shared by every treaty;
 * actions, indicators and treaty conflicts belong to one. Facts come back in the order written.
 */
export interface RecordStore {
  /** Where it is, for messages: a file path or a URL without its password. */
  readonly location: string;
  /** The whole record: the reference and every treaty the store holds. */
  readRecord(): Promise<Result<LoadedRecord, readonly RecordProblem[]>>;
  /**
   * Replaces the reference (if given) and each given treaty's record in one transaction, marks
   * those parts initialised, and appends the audit entry: afterwards the store holds exactly the
   * new parts and every other part as it was, or, if it refused, what it held before. Refusal
   * (a constraint of the schema) is an `invalid-record` error.
   */
  replace(replacement: Replacement): Promise<Result<void, DomainError>>;
  /** The parts that have ever been initialised (seeded or imported), whatever they now hold. */
  initialisedParts(): Promise<readonly RecordPart[]>;
  /**
   * As replace, but only for the parts never initialised: in the same transaction it re-reads
   * which are initialised and writes only the others. Returns the parts it wrote.
   */
  seed(replacement: Replacement): Promise<Result<readonly RecordPart[], DomainError>>;
  /** A number that changes whenever the record changes (any replace or seed): cheap to read. */
  version(): Promise<number>;
  close(): Promise<void>;
}
