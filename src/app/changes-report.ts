// What changed under a treaty in a period, as `adherence changes` and /api/v1/{treaty}/changes
// publish it, and the one rule for the period whatever asks (CLI options, query parameters).
import { citeBasis } from '../domain/basis.js';
import { addMonths, maxDate, type CalendarDate } from '../domain/calendar-date.js';
import { allChanges, changesBetween, type Change, type ChangeKind } from '../domain/changes.js';
import type { TreatyHistory } from '../domain/history.js';
import type { Action, ActionKind, Iso3 } from '../domain/record.js';
import { fail, ok, type Result } from '../domain/result.js';
import { sourceUrls } from '../domain/sources.js';
import type { TreatyRules } from '../domain/treaty.js';
import { asOfDate } from './as-of.js';

export interface Period {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** How far back a period reaches when only its end (or nothing) is given. */
export const defaultPeriodMonths = 12;

/**
 * A period from `from` to `to`, both included, each a date from the day the treaty opened for
 * signature to today (see asOfDate). `to` defaults to today; `from` to twelve months before
 * `to` (or the day the treaty opened, if later).
 */
export function changesPeriod(
  from: string | undefined,
  to: string | undefined,
  rules: TreatyRules,
  today: CalendarDate,
  fields: { readonly from: string; readonly to: string },
): Result<Period> {
  const end = asOfDate(to, rules, today, fields.to);
  if (!end.ok) return end;
  if (from === undefined) return ok({ from: maxDate(addMonths(end.value, -defaultPeriodMonths), rules.signature.opens), to: end.value });
  const start = asOfDate(from, rules, today, fields.from);
  if (!start.ok) return start;
  if (start.value > end.value) {
    return fail('invalid-input', `${fields.from}: ${start.value} is after ${fields.to} (${end.value}); a period runs from its first day to its last`, fields.from);
  }
  return ok({ from: start.value, to: end.value });
}

export interface ChangeRow {
  readonly date: CalendarDate;
  readonly kind: ChangeKind;
  readonly iso3: Iso3 | null;
  readonly name: string | null;
  /** Short citation of the articles a computed change rests on, e.g. "Art. 17(2)"; null for a recorded action. */
  readonly basis: string | null;
  /** For a computed change, the recorded actions it rests on; empty for a recorded action. */
  readonly restsOn: readonly { readonly iso3: Iso3; readonly kind: ActionKind; readonly date: CalendarDate }[];
  /** The depositary notification(s) of the actions, where known. */
  readonly cn: readonly string[];
  readonly sources: readonly string[];
  /** The record's note on a recorded action (in English); empty for a computed change. */
  readonly note: string;
}

export interface ChangesReport extends Period {
  readonly treaty: string;
  readonly changes: readonly ChangeRow[];
}

const isRecorded = (change: Change) => change.basis.length === 0;

export function changeRow(change: Change): ChangeRow {
  const recorded = isRecorded(change);
  const articles = change.basis.filter((b) => b.kind === 'article').map(citeBasis);
  return {
    date: change.date,
    kind: change.kind,
    iso3: change.iso3,
    name: change.name,
    basis: articles.length === 0 ? null : articles.join(', '),
    restsOn: recorded ? [] : change.actions.map(({ iso3, kind, date }) => ({ iso3, kind, date })),
    cn: [...new Set(change.actions.flatMap((a) => (a.cn === null ? [] : [a.cn])))],
    sources: [...new Set(change.actions.flatMap((a) => sourceUrls(a.source)))],
    note: recorded ? (change.actions[0]?.note ?? '') : '',
  };
}

export function changesReport(history: TreatyHistory, period: Period): ChangesReport {
  return { treaty: history.rules.id, ...period, changes: changesBetween(history, period.from, period.to).map(changeRow) };
}

/** The latest `limit` recorded actions up to today, newest first; within a day by State name. */
export function latestActions(history: TreatyHistory, today: CalendarDate, limit: number): Action[] {
  const recorded = allChanges(history).filter((change) => isRecorded(change) && change.date <= today);
  // A stable sort: within a day, the order of the changes (by State name) stays.
  return recorded
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, limit)
    .flatMap((change) => change.actions);
}
