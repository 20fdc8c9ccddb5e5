// Turns the rows of regions.csv, sources.csv and conflicts.csv into typed facts, or into problems
// naming the file, line, field and rule: the same row rules as record-rows.ts, for the files beside it.
import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '../domain/calendar-date.js';
import { regionKinds, type Region } from '../domain/region.js';
import type { Result } from '../domain/result.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import { sourceGrades, type SourceSite } from '../domain/sources.js';
import type { RecordProblem } from './record-problem.js';
import { m49, parseRows, source, type RowInput } from './record-rows.js';

export const regionColumns = ['code', 'name', 'kind', 'source'] as const;
const regionRow = z.object({
  code: m49,
  name: z.string().min(1, 'must not be empty'),
  kind: z.enum(regionKinds, { error: `must be one of ${regionKinds.join(', ')}` }),
  source,
});

export const sourceColumns = ['site', 'publisher', 'grade', 'asAt', 'note'] as const;
const sourceRow = z.object({
  site: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/, 'must be a host (e.g. "the-monitor.org") or a host and path prefix, without "https://"'),
  publisher: z.string().min(1, 'must name the publisher'),
  grade: z.enum(sourceGrades, { error: `must be one of ${sourceGrades.join(', ')}` }),
  asAt: z.union([
    z.literal('').transform(() => null),
    z.string().refine(isCalendarDate, 'must be empty or a real calendar date YYYY-MM-DD').transform((s) => s as CalendarDate),
  ]),
  note: z.string(),
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

export function parseSources(input: RowInput): Result<SourceSite[], readonly RecordProblem[]> {
  return parseRows(input, sourceColumns, sourceRow);
}

export function parseConflicts(input: RowInput): Result<SourceConflict[], readonly RecordProblem[]> {
  return parseRows(input, conflictColumns, conflictRow);
}
