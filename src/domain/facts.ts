// How a sourced fact about a State stands on a date: the record holds the period a fact is true
// for (from, until) apart from when its source reported it, so a page for any date uses the
// facts true then. A fact whose start no source gives is never dropped: it counts from the date
// it was reported, and before that it is shown as "recorded as at" its report.
import type { CalendarDate } from './calendar-date.js';
import { factYear, hasEndedBy, isOnOrBefore } from './fact-date.js';
import type { Indicator } from './record.js';

/**
 * - holds: it had begun by the date and had not ended;
 * - ended: it had begun and ended by the date (it is history: "at one time produced");
 * - not-yet: it begins after the date;
 * - recorded-later: no start is known and it was first reported after the date, so whether it
 *   held then is unknown; statements count it only with that said.
 */
export type Standing = 'holds' | 'ended' | 'not-yet' | 'recorded-later';

export function standingOn(fact: Indicator, date: CalendarDate): Standing {
  const ended = fact.until !== null && hasEndedBy(fact.until, date);
  if (fact.from !== null) {
    if (!isOnOrBefore(fact.from, date)) return 'not-yet';
    return ended ? 'ended' : 'holds';
  }
  if (ended) return 'ended';
  return fact.reported !== null && isOnOrBefore(fact.reported, date) ? 'holds' : 'recorded-later';
}

/** Had happened by the date (or is recorded later with no known start): "at one time". */
export const isEverBy = (standing: Standing): boolean => standing !== 'not-yet';

/** Held on the date (or is recorded later with no known start): "is", "holds". */
export const isCurrentOn = (standing: Standing): boolean => standing === 'holds' || standing === 'recorded-later';

/**
 * The calendar years of the fact's period that lie within [first, last]; a fact with no end is
 * taken to run to the year of its report at most (nothing is known after it).
 */
export function yearsWithin(fact: Indicator, first: number, last: number): number[] {
  const known = fact.from ?? fact.reported;
  const start = Math.max(first, known === null ? last + 1 : factYear(known));
  const end = Math.min(last, fact.until !== null ? factYear(fact.until) : fact.reported !== null ? factYear(fact.reported) : start);
  const years: number[] = [];
  for (let year = start; year <= end; year += 1) years.push(year);
  return years;
}
