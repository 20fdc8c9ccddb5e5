// Turns the rows of regions.csv and conflicts.csv into typed facts, or into problems naming the
// file, line, field and rule: the same row rules as record-rows.ts, for the files beside it.
import { z } from 'zod';
import { regionKinds, type Region } from '../domain/region.js';
import type { Result } from '../domain/result.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { RecordProblem } from './record-problem.js';
import { m49, parseRows, source, type RowInput } from './record-rows.js';

export const regionColumns = ['code', 'name', 'kind', 'source'] as const;
const regionRow = z.object({
  code: m49,
  name: z.string().min(1, 'must not be empty'),
  kind: z.enum(regionKinds, { error: `must be one of ${regionKinds.join(', ')}` }),
  source,
});

export const conflictColumns = ['file', 'key', 'field', 'valueChosen', 'sourceChosen', 'valueOther', 'sourceOther', 'reason'] as const;
const conflictRow = z.object({
  file: z.string().regex(/^([a-z0-9-]+\/)?[a-z0-9-]+\.csv$/, 'must name a record file, e.g. "states.csv" or "apmbc/actions.csv"'),
  key: z.string().min(1, 'must say which fact, e.g. "THA unMemberFrom"'),
  field: z.string().regex(/^[a-zA-Z]+$/, 'must be a column name'),
  valueChosen: z.string(),
  sourceChosen: source,
  valueOther: z.string(),
  sourceOther: source,
  reason: z.string().min(1, 'must say why the chosen value was chosen'),
});

export function parseRegions(input: RowInput): Result<Region[], readonly RecordProblem[]> {
  return parseRows(input, regionColumns, regionRow);
}

export function parseConflicts(input: RowInput): Result<SourceConflict[], readonly RecordProblem[]> {
  return parseRows(input, conflictColumns, conflictRow);
}
