// Parsing rows into facts that remember where they came from, and putting a whole record
// together from its five parts: shared by the data-directory reader and the database store.
import type { Indicator, Action, State } from '../domain/record.js';
import type { Region } from '../domain/region.js';
import { ok, type Result } from '../domain/result.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { FactLocation, LoadedData } from './ports.js';
import type { RecordProblem } from './record-problem.js';
import type { RowInput } from './record-rows.js';

type Problems = readonly RecordProblem[];

/** Parses rows; each fact parsed is recorded in `locations` with its file (or table) and line. */
export function parseLocated<T extends object>(
  input: RowInput,
  parse: (input: RowInput) => Result<T[], Problems>,
  locations: Map<object, FactLocation>,
): Result<T[], Problems> {
  const parsed = parse(input);
  if (parsed.ok) parsed.value.forEach((fact, i) => locations.set(fact, { file: input.file, line: input.rows[i]?.line ?? null }));
  return parsed;
}

export interface RecordParts {
  readonly states: Result<State[], Problems>;
  readonly actions: Result<Action[], Problems>;
  readonly indicators: Result<Indicator[], Problems>;
  readonly regions: Result<Region[], Problems>;
  readonly conflicts: Result<SourceConflict[], Problems>;
}

/** The whole record, or every problem of every part. */
export function assembleData(treaty: string, parts: RecordParts, locations: ReadonlyMap<object, FactLocation>, where: string): Result<LoadedData, Problems> {
  const { states, actions, indicators, regions, conflicts } = parts;
  if (!states.ok || !actions.ok || !indicators.ok || !regions.ok || !conflicts.ok) {
    return { ok: false, error: [states, actions, indicators, regions, conflicts].flatMap((r) => (r.ok ? [] : r.error)) };
  }
  return ok({
    record: { treaty, states: states.value, actions: actions.value, indicators: indicators.value },
    regions: regions.value,
    conflicts: conflicts.value,
    locate: (fact) => locations.get(fact) ?? { file: where, line: null },
  });
}
