// Parsing rows into facts that remember where they came from, and putting a record together
// from its parts (the reference and each treaty's files or tables): shared by the data-directory
// reader and the database store.
import type { Action, Indicator, State } from '../domain/record.js';
import type { Region } from '../domain/region.js';
import { ok, type Result } from '../domain/result.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { SourceSite } from '../domain/sources.js';
import type { FactLocation, LoadedData, LoadedRecord, Reference, TreatyData } from './ports.js';
import type { RecordProblem } from './record-problem.js';
import type { RowInput } from './record-rows.js';

type Problems = readonly RecordProblem[];
type Parsed<T> = Result<T[], Problems>;

/** Parses rows; each fact parsed is recorded in `locations` with its file (or table) and line. */
export function parseLocated<T extends object>(
  input: RowInput,
  parse: (input: RowInput) => Parsed<T>,
  locations: Map<object, FactLocation>,
): Parsed<T> {
  const parsed = parse(input);
  if (parsed.ok) parsed.value.forEach((fact, i) => locations.set(fact, { file: input.file, line: input.rows[i]?.line ?? null }));
  return parsed;
}

export interface ReferenceParts {
  readonly states: Parsed<State>;
  readonly regions: Parsed<Region>;
  readonly sources: Parsed<SourceSite>;
  readonly conflicts: Parsed<SourceConflict>;
}

export interface TreatyParts {
  readonly treaty: string;
  readonly actions: Parsed<Action>;
  readonly indicators: Parsed<Indicator>;
  readonly conflicts: Parsed<SourceConflict>;
}

export const emptyReference: Reference = { states: [], regions: [], sources: [], conflicts: [] };

const problemsOf = (results: readonly Parsed<object>[]): RecordProblem[] => results.flatMap((r) => (r.ok ? [] : r.error));

/** The record (or part of one), or every problem of every part. */
export function assembleData(
  reference: ReferenceParts | null,
  treaties: readonly TreatyParts[],
  locations: ReadonlyMap<object, FactLocation>,
  where: string,
): Result<LoadedData, Problems> {
  const parts = [
    ...(reference === null ? [] : [reference.states, reference.regions, reference.sources, reference.conflicts]),
    ...treaties.flatMap((t) => [t.actions, t.indicators, t.conflicts]),
  ];
  const problems = problemsOf(parts);
  if (problems.length > 0) return { ok: false, error: problems };
  const value = <T>(parsed: Parsed<T>): T[] => (parsed.ok ? parsed.value : []);
  return ok({
    reference:
      reference === null
        ? null
        : { states: value(reference.states), regions: value(reference.regions), sources: value(reference.sources), conflicts: value(reference.conflicts) },
    treaties: treaties.map(
      (t): TreatyData => ({ treaty: t.treaty, actions: value(t.actions), indicators: value(t.indicators), conflicts: value(t.conflicts) }),
    ),
    locate: (fact) => locations.get(fact) ?? { file: where, line: null },
  });
}

/** A whole record from data that may lack the reference (a store never initialised): an empty one then. */
export function wholeRecord(data: LoadedData): LoadedRecord {
  return { reference: data.reference ?? emptyReference, treaties: data.treaties, locate: (fact) => data.locate(fact) };
}
