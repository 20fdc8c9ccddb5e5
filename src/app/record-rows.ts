// Turns the rows of the record's CSV files (strings) into typed facts, or into problems that
// name the file, the line, the field and the rule. Nothing partial comes out of a bad row.
import { z } from 'zod';
import { calendarDate, isCalendarDate, type CalendarDate } from '../domain/calendar-date.js';
import { parseFactDate, type FactDate } from '../domain/fact-date.js';
import { actionKinds, type Action, type Indicator, type State } from '../domain/record.js';
import { ok, type Result } from '../domain/result.js';
import type { RecordProblem } from './record-problem.js';

export type Row = Readonly<Record<string, string>>;

export interface RowInput {
  readonly file: string;
  /** Each row with the line it ends on (the header is line 1). */
  readonly rows: readonly { readonly line: number; readonly values: Row }[];
}

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code (three capital letters)');
export const m49 = z.string().regex(/^\d{3}$/, 'must be a three-digit UN M49 code');
const date = z.string().refine(isCalendarDate, 'must be a real calendar date YYYY-MM-DD').transform((s) => calendarDate(s));
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);
export const source = z
  .string()
  .min(1, 'every row needs a source')
  .refine((s) => s.split(' ; ').every((url) => /^https?:\/\/\S+$/.test(url.trim())), 'must be one or more http(s) URLs separated by " ; "');

export const stateColumns = ['iso3', 'name', 'nameFr', 'nameEs', 'm49', 'region', 'subRegion', 'intermediateRegion', 'unMemberFrom', 'existsFrom', 'predecessor', 'source', 'note'] as const;
const stateRow = z.object({
  iso3,
  name: z.string().min(1, 'must not be empty'),
  // Required by `adherence check`; empty only in a store upgraded from a release that had no
  // French and Spanish names, so that such a store still opens.
  nameFr: z.string(),
  nameEs: z.string(),
  m49,
  region: m49,
  subRegion: m49,
  intermediateRegion: optional(m49),
  unMemberFrom: optional(date),
  existsFrom: optional(date),
  predecessor: optional(iso3),
  source,
  note: z.string(),
});

export const actionColumns = ['iso3', 'kind', 'date', 'effectiveDate', 'effectSuspended', 'cn', 'source', 'note'] as const;
const actionRow = z
  .object({
    iso3,
    kind: z.enum(actionKinds, { error: `must be one of ${actionKinds.join(', ')}` }),
    date,
    effectiveDate: optional(date),
    effectSuspended: z.enum(['', 'yes'], { error: 'must be empty or "yes"' }),
    cn: z.string(),
    source,
    note: z.string(),
  })
  .superRefine((row, ctx) => {
    if (row.kind === 'succession' && row.effectiveDate === null) {
      ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'a succession needs the date from which it takes effect' });
    }
    if (row.effectiveDate !== null && row.kind !== 'succession' && row.kind !== 'withdrawal') {
      ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'only a succession or a withdrawal has an effective date' });
    }
    if (row.effectSuspended === 'yes' && row.kind !== 'withdrawal') {
      ctx.addIssue({ code: 'custom', path: ['effectSuspended'], message: 'only a withdrawal can be suspended' });
    }
  });

/** How sure the record is of a fact about a State. */
export const confidences = ['confirmed', 'uncertain'] as const;

export const indicatorColumns = ['iso3', 'indicator', 'value', 'from', 'until', 'reported', 'confidence', 'source', 'note'] as const;
/** A fact date, or '' for none (then null); the message says which forms are allowed. */
const optionalFactDate = z
  .string()
  .refine((s) => s === '' || parseFactDate(s).ok, 'must be empty, a year YYYY, a month YYYY-MM or a real calendar date YYYY-MM-DD')
  .transform((s) => (s === '' ? null : (s as FactDate)));
const indicatorRow = z
  .object({
    iso3,
    // Which kinds exist is the treaty module's to say; `adherence check` holds each row to them.
    indicator: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be a kind of fact in lower-case words joined by "-", e.g. "stockpile-estimate"'),
    value: z.string(),
    from: optionalFactDate,
    until: optionalFactDate,
    // Required of every fact by `adherence check`; empty only in a record upgraded from a release
    // that did not keep it, so that such a record still opens.
    reported: optionalFactDate,
    confidence: z.enum(confidences, { error: 'must be "confirmed" or "uncertain"' }),
    source,
    note: z.string(),
  })
  .superRefine((row, ctx) => {
    if (row.from !== null && row.until !== null && row.until.slice(0, row.from.length) < row.from.slice(0, row.until.length)) {
      ctx.addIssue({ code: 'custom', path: ['until'], message: `is before from (${row.from}): a period cannot end before it begins` });
    }
  });

export function parseRows<T>(input: RowInput, columns: readonly string[], schema: z.ZodType<T>): Result<T[], readonly RecordProblem[]> {
  const problems: RecordProblem[] = [];
  const values: T[] = [];
  input.rows.forEach(({ line, values: row }) => {
    const missing = columns.filter((column) => !(column in row));
    if (missing.length > 0) {
      problems.push({ file: input.file, line, field: missing.join(', '), rule: 'columns', message: `missing column(s); expected ${columns.join(',')}` });
      return;
    }
    const parsed = schema.safeParse(row);
    if (parsed.success) values.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        problems.push({ file: input.file, line, field, rule: 'format', message: `"${row[field] ?? ''}" ${issue.message}` });
      }
    }
  });
  return problems.length === 0 ? ok(values) : { ok: false, error: problems };
}

export function parseStates(input: RowInput): Result<State[], readonly RecordProblem[]> {
  return parseRows(input, stateColumns, stateRow);
}

export function parseActions(input: RowInput, treaty: string): Result<Action[], readonly RecordProblem[]> {
  const parsed = parseRows(input, actionColumns, actionRow);
  if (!parsed.ok) return parsed;
  return ok(parsed.value.map((row) => toAction(row, treaty)));
}

function toAction(row: z.output<typeof actionRow>, treaty: string): Action {
  const facts = { iso3: row.iso3, treaty, date: row.date, cn: row.cn === '' ? null : row.cn, source: row.source, note: row.note };
  switch (row.kind) {
    case 'succession':
      return { ...facts, kind: 'succession', effectiveDate: row.effectiveDate as CalendarDate };
    case 'withdrawal':
      return { ...facts, kind: 'withdrawal', effectiveDate: row.effectiveDate, effectSuspended: row.effectSuspended === 'yes' };
    default:
      return { ...facts, kind: row.kind };
  }
}

export function parseIndicators(input: RowInput, treaty: string): Result<Indicator[], readonly RecordProblem[]> {
  const parsed = parseRows(input, indicatorColumns, indicatorRow);
  if (!parsed.ok) return parsed;
  return ok(parsed.value.map((row) => ({ ...row, treaty, value: row.value === '' ? null : row.value })));
}
