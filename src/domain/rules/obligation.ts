// What the rules for obligations with deadlines share: the statuses they give and the shape of
// their answer (the deadline, why, whether and when it was met, and the sources behind it).
import type { ArticleBasis, Basis } from '../basis.js';
import { addMonths, type CalendarDate } from '../calendar-date.js';
import { firstDayOf, isOnOrBefore, lastDayOf, type FactDate } from '../fact-date.js';
import type { Indicator } from '../record.js';

/**
 * - due: the deadline has not passed and it is not met yet;
 * - met / met-late: met on or before the deadline, or after it;
 * - met-timing-unknown: met, but the record dates it only to a year or month that spans the deadline;
 * - missed: the deadline has passed and it is still outstanding;
 * - not-applicable: the State declared it had nothing to do (no stockpile);
 * - not-recorded: the deadline has passed and the record holds nothing that tells (for clearance,
 *   whenever no completion is recorded: a later extension may not be in the record);
 * - interim: completed, then newly found contamination reopened it and no new deadline is set yet;
 * - ended: a withdrawal took effect before it was met or fell due.
 */
export const obligationStatuses = ['due', 'met', 'met-late', 'met-timing-unknown', 'missed', 'not-applicable', 'not-recorded', 'interim', 'ended'] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];

export interface ObligationOn {
  /** The deadline in force on the date (reports: the next due, or the last one missed). */
  readonly deadline: CalendarDate | null;
  readonly status: ObligationStatus;
  /** Why this deadline: the articles, and the record's facts that moved it. */
  readonly basis: readonly Basis[];
  /** When it was met, at the precision the record gives. */
  readonly met: FactDate | null;
  /** The sources of the facts the answer rests on. */
  readonly sources: readonly string[];
}

export const yearsAfter = (date: CalendarDate, years: number): CalendarDate => addMonths(date, years * 12);

/** Whether something dated `date` had happened by `on` (a bare year counts from its first day). */
export const happenedBy = (date: FactDate | null, on: CalendarDate): boolean => date !== null && isOnOrBefore(date, on);

/** How a completion stands against its deadline, at the precision the record dates it. */
export function timeliness(met: FactDate, deadline: CalendarDate): 'met' | 'met-late' | 'met-timing-unknown' {
  if (lastDayOf(met) <= deadline) return 'met';
  return firstDayOf(met) > deadline ? 'met-late' : 'met-timing-unknown';
}

/** The later of two fact dates, by their first day (a day beats the bare year it falls in). */
export function laterOf(a: FactDate | null, b: FactDate | null): FactDate | null {
  if (a === null) return b;
  if (b === null) return a;
  const [fa, fb] = [firstDayOf(a), firstDayOf(b)];
  // Stryker disable next-line EqualityOperator: two fact dates with the same first day and the same length are the same text, so either may be returned
  return fa > fb || (fa === fb && a.length >= b.length) ? a : b;
}

export const sourcesOf = (facts: readonly Indicator[]): string[] => [...new Set(facts.flatMap((f) => f.source.split(' ; ').map((s) => s.trim())).filter((s) => s !== ''))];

export interface Extension {
  /** When it was granted, at the precision the record gives; null when only its report's date is known. */
  readonly decided: FactDate | null;
  readonly deadline: CalendarDate;
  readonly source: string;
  readonly note: string;
}

/** When an extension was granted: its `from`, else (no date known) the date of its report. */
export const decidedOf = (fact: Indicator): FactDate | null => fact.from ?? fact.reported;

const decidedDay = (e: Extension): string => (e.decided === null ? '' : firstDayOf(e.decided));

/** The extensions of this kind granted by the date, in the order they were granted. */
export function extensionsGranted(facts: readonly Indicator[], kind: string, date: CalendarDate): Extension[] {
  return facts
    .filter((f) => f.indicator === kind && f.value !== null && happenedBy(decidedOf(f), date))
    .map((f) => ({ decided: decidedOf(f), deadline: f.value as CalendarDate, source: f.source, note: f.note }))
    .sort((a, b) => decidedDay(a).localeCompare(decidedDay(b)) || a.deadline.localeCompare(b.deadline));
}

/**
 * The deadline in force: the one last granted, never earlier than the original; the basis adds
 * the article that allows extensions and the record's decision when one moved it.
 */
export function deadlineInForce(
  original: CalendarDate,
  extensions: readonly Extension[],
  basis: ArticleBasis,
  extension: { readonly kind: string; readonly basis: ArticleBasis },
): { readonly deadline: CalendarDate; readonly basis: readonly Basis[] } {
  const last = extensions.at(-1);
  if (last === undefined || last.deadline <= original) return { deadline: original, basis: [basis] };
  return { deadline: last.deadline, basis: [basis, extension.basis, { kind: 'record', field: extension.kind, note: last.note }] };
}
