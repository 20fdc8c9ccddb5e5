// A change is judged by the rules `adherence check` applies, on the record as it would be after
// the change: its row by the row rules, then the whole record by checkRecord. Only the problems
// the change would bring count, so a store with an older problem can still be corrected.
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { Action, Indicator } from '../../domain/record.js';
import type { TreatyRules } from '../../domain/treaty.js';
import { checkRecord } from '../check-record.js';
import { actionToRow, indicatorToRow } from '../fact-rows.js';
import type { FactChange, FactRow, LoadedRecord, TreatyData } from '../ports.js';
import type { RecordProblem } from '../record-problem.js';
import { actionColumns, indicatorColumns, parseActions, parseIndicators } from '../record-rows.js';

/** Where a problem with the proposed fact points. */
const proposed = { file: 'proposal', line: null } as const;

const key = (p: RecordProblem) => `${p.field ?? ''}|${p.rule}|${p.message}`;
const same = (row: FactRow, other: FactRow, columns: readonly string[]) => columns.every((c) => (row[c] ?? '') === (other[c] ?? ''));

/** The record with the change applied, or the problems of its row. */
export function applyChange(record: LoadedRecord, change: FactChange): { record: LoadedRecord; problems: readonly RecordProblem[] } {
  let added: Action | Indicator | null = null;
  if (change.after !== null) {
    const input = { file: proposed.file, rows: [{ line: 0, values: change.after }] };
    const parsed = change.fact === 'action' ? parseActions(input, change.treaty) : parseIndicators(input, change.treaty);
    if (!parsed.ok) return { record, problems: parsed.error.map((p) => ({ ...p, line: null })) };
    added = parsed.value[0] ?? null;
  }
  const replace = <T extends Action | Indicator>(facts: readonly T[], toRow: (fact: T) => FactRow, columns: readonly string[]): T[] => {
    const index = change.before === null ? -1 : facts.findIndex((f) => f.iso3 === change.iso3 && same(toRow(f), change.before as FactRow, columns));
    const kept = facts.filter((_, i) => i !== index);
    if (added === null) return kept;
    kept.splice(index === -1 ? kept.length : index, 0, added as T);
    return kept;
  };
  const own = record.treaties.find((t) => t.treaty === change.treaty) ?? { treaty: change.treaty, actions: [], indicators: [], conflicts: [] };
  const next: TreatyData =
    change.fact === 'action' ? { ...own, actions: replace(own.actions, actionToRow, actionColumns) } : { ...own, indicators: replace(own.indicators, indicatorToRow, indicatorColumns) };
  const treaties = record.treaties.some((t) => t.treaty === change.treaty) ? record.treaties.map((t) => (t.treaty === change.treaty ? next : t)) : [...record.treaties, next];
  return { record: { reference: record.reference, treaties, locate: (fact) => (fact === added ? proposed : record.locate(fact)) }, problems: [] };
}

/** The problems the change would bring into the record; none: it may be written. */
export function validateChange(record: LoadedRecord, change: FactChange, rulesOf: (treaty: string) => TreatyRules | undefined, today: CalendarDate): RecordProblem[] {
  if (rulesOf(change.treaty) === undefined) return [{ ...proposed, field: 'treaty', rule: 'treaty', message: `no treaty module "${change.treaty}" in this build` }];
  if (!record.reference.states.some((s) => s.iso3 === change.iso3)) return [{ ...proposed, field: 'iso3', rule: 'references', message: `${change.iso3} is not a State in the record` }];
  const applied = applyChange(record, change);
  if (applied.problems.length > 0) return [...applied.problems];
  const before = new Map<string, number>();
  for (const p of checkRecord(record, rulesOf, today)) before.set(key(p), (before.get(key(p)) ?? 0) + 1);
  return checkRecord(applied.record, rulesOf, today)
    .filter((p) => {
      const left = before.get(key(p)) ?? 0;
      before.set(key(p), left - 1);
      return left <= 0;
    })
    .map(aboutDate);
}

/** The record checks flag a rule about an action on its kind; for an editor, a rule about when names the date. */
const dateRules = /^(not-in-future|state-exists)$/;
const aboutDate = (p: RecordProblem): RecordProblem =>
  p.field === 'kind' && (dateRules.test(p.rule) || /before the treaty opened|after signature closed/.test(p.message)) ? { ...p, field: 'date' } : p;

/** One sentence naming each field and rule: "date: withdrawal dated 2030-01-01 is after today [not-in-future]". */
export const describeProblems = (problems: readonly RecordProblem[]): string => problems.map((p) => `${p.field ?? 'record'}: ${p.message} [${p.rule}]`).join('; ');
