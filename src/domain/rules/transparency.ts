// Transparency reports (APMBC Art. 7, CCM Art. 7): an initial report no later than a number of
// days after entry into force for the State, then an update every year by a fixed day (30 April)
// covering the previous calendar year. The treaties do not say which year the first update
// covers; the rule applied here: the first update falls due on that day in the calendar year
// after the one in which the initial report fell due, and covers the year before it (an initial
// report due on 28 November 2005 is followed by an update due 30 April 2006 covering 2005).
import { addDays, dateParts, fromParts, type CalendarDate } from '../calendar-date.js';
import type { FactDate } from '../fact-date.js';
import type { Indicator } from '../record.js';
import type { TreatyObligations } from '../treaty.js';
import { happenedBy, sourcesOf, timeliness, type ObligationOn } from './obligation.js';

export interface TransparencyOn extends ObligationOn {
  readonly initialDue: CalendarDate;
  /** The report that last fell due by the date: "initial" or the calendar year it covers. */
  readonly lastDue: { readonly report: string; readonly due: CalendarDate } | null;
  /** The next report to fall due after the date. */
  readonly nextDue: { readonly report: string; readonly due: CalendarDate };
}

export const initialReport = 'initial';

export function transparencyOn(
  entryIntoForce: CalendarDate,
  facts: readonly Indicator[],
  date: CalendarDate,
  rules: TreatyObligations['transparency'],
): TransparencyOn {
  const initialDue = addDays(entryIntoForce, rules.initialDaysAfterEntryIntoForce);
  const firstAnnualYear = dateParts(initialDue).year + 1;
  const annualDue = (year: number): CalendarDate => fromParts({ year, month: rules.annualDue.month, day: rules.annualDue.day });
  const annual = (year: number) => ({ report: String(year - 1), due: annualDue(year) });
  const initial = { report: initialReport, due: initialDue };

  const { year } = dateParts(date);
  const lastAnnualYear = date >= annualDue(year) ? year : year - 1;
  const lastDue = date < initialDue ? null : lastAnnualYear >= firstAnnualYear ? annual(lastAnnualYear) : initial;
  const nextDue = date < initialDue ? initial : annual(Math.max(lastAnnualYear + 1, firstAnnualYear));

  // The record tells when each report was submitted, even after the date: one submitted later
  // was outstanding on the date. A report the record does not hold is not recorded, not missed.
  const reports = facts.filter((f) => f.indicator === rules.reportKind && f.from !== null);
  const submitted = (report: string): FactDate | null => reports.filter((f) => f.value === report).map((f) => f.from as FactDate).sort()[0] ?? null;
  const basis = [lastDue === null || lastDue.report === initialReport ? rules.initialBasis : rules.annualBasis];
  const base = { initialDue, lastDue, nextDue, basis };
  const due = lastDue ?? initial;
  const when = submitted(due.report);
  const sources = sourcesOf(reports.filter((f) => f.value === due.report));
  if (when !== null && happenedBy(when, date)) return { ...base, deadline: lastDue === null ? initialDue : nextDue.due, status: timeliness(when, due.due), met: when, sources };
  if (lastDue === null) return { ...base, deadline: initialDue, status: 'due', met: null, sources };
  if (when === null) return { ...base, deadline: nextDue.due, status: 'not-recorded', met: null, sources };
  return { ...base, deadline: lastDue.due, status: 'missed', met: null, sources };
}
