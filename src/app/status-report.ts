// The numbers of "the status of the Convention" on a date, naming the States they count.
import type { CalendarDate } from '../domain/calendar-date.js';
import { countingBasisDescriptions, type CountingBasis } from '../domain/counting-basis.js';
import { countsOn, type Counts } from '../domain/counts.js';
import type { TreatyHistory } from '../domain/history.js';

export interface StatusReport {
  readonly treaty: string;
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly basisDescription: string;
  readonly counts: Counts;
}

export function statusReport(history: TreatyHistory, asOf: CalendarDate, basis: CountingBasis): StatusReport {
  return {
    treaty: history.rules.id,
    asOf,
    basis,
    basisDescription: countingBasisDescriptions[basis],
    counts: countsOn(history, asOf, basis),
  };
}
