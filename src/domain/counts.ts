// Counts on a date, and the same counts for every day of a period in one sweep over events.
import { addDays, type CalendarDate, toDayNumber } from './calendar-date.js';
import { isCounted, isFormallyAccepted, type CountingBasis } from './counting-basis.js';
import type { StateHistory, TreatyHistory } from './history.js';
import { statusOn, statuses, transitionDates, type Status } from './status.js';

export interface Counts {
  readonly states: number;
  /** Consent deposited, withdrawal not yet effective: "N States have ratified or acceded". */
  readonly formallyAccepted: number;
  /** Formally accepted and in force on the date (includes withdrawal-pending). */
  readonly parties: number;
  readonly pendingEntryIntoForce: number;
  /** Signed, no consent. */
  readonly signatories: number;
  /** states - formallyAccepted: "M States are not bound" (never joined, or withdrew). */
  readonly notParties: number;
  /** notParties - withdrawn: "N have never ratified or acceded" (or not yet). */
  readonly neverJoined: number;
  readonly withdrawalPending: number;
  readonly withdrawn: number;
}

type Tally = Record<Status, number>;

const emptyTally = (): Tally => Object.fromEntries(statuses.map((s) => [s, 0])) as Tally;

function countsFromTally(tally: Tally): Counts {
  const states = statuses.reduce((sum, s) => sum + tally[s], 0);
  const formallyAccepted = statuses.filter(isFormallyAccepted).reduce((sum, s) => sum + tally[s], 0);
  return {
    states,
    formallyAccepted,
    parties: tally.party + tally['withdrawal-pending'],
    pendingEntryIntoForce: tally['pending-entry-into-force'],
    signatories: tally.signatory,
    notParties: states - formallyAccepted,
    neverJoined: states - formallyAccepted - tally.withdrawn,
    withdrawalPending: tally['withdrawal-pending'],
    withdrawn: tally.withdrawn,
  };
}

/** The status under which the State is counted on the date, or null if it is not counted. */
function countedStatus(history: StateHistory, basis: CountingBasis, date: CalendarDate): Status | null {
  const status = statusOn(history, date);
  return status !== null && isCounted(basis, history.state, status, date) ? status : null;
}

export function countsOn(treaty: TreatyHistory, date: CalendarDate, basis: CountingBasis): Counts {
  const tally = emptyTally();
  for (const history of treaty.states) {
    const status = countedStatus(history, basis, date);
    if (status !== null) tally[status] += 1;
  }
  return countsFromTally(tally);
}

export interface DailyCounts {
  readonly date: CalendarDate;
  readonly counts: Counts;
}

/**
 * Counts for every day from `from` to `to` inclusive: each State's status is evaluated only at
 * the dates where it can change, then one pass over the days applies those changes.
 */
export function countsSeries(treaty: TreatyHistory, from: CalendarDate, to: CalendarDate, basis: CountingBasis): DailyCounts[] {
  const tally = emptyTally();
  const changes = new Map<number, Array<{ before: Status | null; after: Status | null }>>();
  const start = toDayNumber(from);
  for (const history of treaty.states) {
    let current = countedStatus(history, basis, from);
    if (current !== null) tally[current] += 1;
    for (const date of transitionDates(history)) {
      // Stryker disable next-line EqualityOperator: a change on `from` itself gives the status already counted at `from`, so `<` and `<=` count the same
      if (date <= from) continue;
      // Stryker disable next-line ConditionalExpression: a change after `to` would be filed under a day the loop below never reaches
      if (date > to) continue;
      const next = countedStatus(history, basis, date);
      // Stryker disable next-line ConditionalExpression: a change to the same status takes one from a status and adds one back
      if (next === current) continue;
      // Appended in place: copying the day's list for each change made a busy day quadratic.
      const day = toDayNumber(date);
      const onDay = changes.get(day);
      if (onDay === undefined) changes.set(day, [{ before: current, after: next }]);
      else onDay.push({ before: current, after: next });
      current = next;
    }
  }
  const series: DailyCounts[] = [];
  const days = toDayNumber(to) - start;
  for (let offset = 0; offset <= days; offset += 1) {
    for (const { before, after } of changes.get(start + offset) ?? []) {
      if (before !== null) tally[before] -= 1;
      if (after !== null) tally[after] += 1;
    }
    series.push({ date: addDays(from, offset), counts: countsFromTally(tally) });
  }
  return series;
}
