// The numbers of "the status of the Convention" on a date, naming the States they count, and
// how far each UN M49 group has joined: what `adherence status` and /api/v1/status answer.
import type { CalendarDate } from '../domain/calendar-date.js';
import { countingBasisDescriptions, type CountingBasis } from '../domain/counting-basis.js';
import { countsOn, type Counts } from '../domain/counts.js';
import { groupCoverage, type GroupCoverage } from '../domain/groups.js';
import type { TreatyHistory } from '../domain/history.js';

export interface GroupReport extends GroupCoverage {
  readonly name: string;
}

export interface StatusReport {
  readonly treaty: string;
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly basisDescription: string;
  readonly counts: Counts;
  /** Every group counts every State that exists on the date, whatever the basis. */
  readonly groups: readonly GroupReport[];
}

export function statusReport(history: TreatyHistory, asOf: CalendarDate, basis: CountingBasis, groupNames: ReadonlyMap<string, string>): StatusReport {
  return {
    treaty: history.rules.id,
    asOf,
    basis,
    basisDescription: countingBasisDescriptions[basis],
    counts: countsOn(history, asOf, basis),
    groups: groupCoverage(history, asOf).map((group) => ({ ...group, name: groupNames.get(group.code) ?? group.code })),
  };
}
