// Clearing contaminated areas (APMBC Art. 5, CCM Art. 4): no later than a number of years after
// entry into force for the State, unless a Meeting of States Parties or a Review Conference
// extends the deadline (APMBC Art. 5(3)-(6), CCM Art. 4(5)-(8)). The deadline in force on a date
// is the one last granted by then, never earlier than the original. A contamination found after
// a declaration of completion reopens the obligation: until a new deadline is granted the State
// is in an interim period.
import type { CalendarDate } from '../calendar-date.js';
import { firstDayOf, type FactDate } from '../fact-date.js';
import type { Indicator } from '../record.js';
import type { TreatyObligations } from '../treaty.js';
import { deadlineInForce, extensionsGranted, happenedBy, laterOf, sourcesOf, timeliness, yearsAfter, type Extension, type ObligationOn } from './obligation.js';

export interface ClearanceOn extends ObligationOn {
  readonly original: CalendarDate;
  /** The extensions granted by the date, in the order they were granted. */
  readonly extensions: readonly Extension[];
}

/**
 * A contaminated area the record confirms: a period of contamination with no qualifying value
 * (such as "suspected": residual or suspected contamination) and not marked uncertain. Only such
 * a period makes the obligation apply, or reopens it after a completion.
 */
const isConfirmedArea = (fact: Indicator, rules: TreatyObligations['clearance']): boolean =>
  fact.indicator === rules.affectedKind && fact.value === null && fact.confidence === 'confirmed';

export function clearanceOn(
  entryIntoForce: CalendarDate,
  facts: readonly Indicator[],
  date: CalendarDate,
  rules: TreatyObligations['clearance'],
): ClearanceOn {
  const original = yearsAfter(entryIntoForce, rules.yearsAfterEntryIntoForce);
  const extensions = extensionsGranted(facts, rules.extensionKind, date);
  const { deadline, basis } = deadlineInForce(original, extensions, rules.basis, { kind: rules.extensionKind, basis: rules.extensionBasis });
  const completions = facts.filter(
    (f) => (f.indicator === rules.completedKind && happenedBy(f.from ?? f.reported, date)) || (isConfirmedArea(f, rules) && happenedBy(f.until, date)),
  );
  const met = completions.reduce((latest, f) => laterOf(latest, f.indicator === rules.completedKind ? (f.from ?? f.reported) : f.until), null as FactDate | null);
  const relevant = facts.filter((f) => [rules.deadlineKind, rules.extensionKind, rules.completedKind].includes(f.indicator) || isConfirmedArea(f, rules));
  const answer = (status: ClearanceOn['status'], metOn: FactDate | null = null): ClearanceOn => ({
    deadline, status, basis, met: metOn, sources: sourcesOf(relevant), original, extensions,
  });
  if (relevant.length === 0) return answer('not-recorded');
  if (met !== null) {
    const reopened = facts.some((f) => isConfirmedArea(f, rules) && f.from !== null && happenedBy(f.from, date) && firstDayOf(f.from) > firstDayOf(met));
    if (!reopened) return answer(timeliness(met, deadline), met);
    // Newly found after completion: a deadline granted after the completion governs it.
    const renewed = extensions.some((e) => e.decided !== null && firstDayOf(e.decided) > firstDayOf(met));
    if (!renewed) return answer('interim');
  }
  // Past the deadline with no completion recorded, the record cannot say the deadline was missed:
  // extensions are granted every year and may not be recorded yet (data/README.md).
  return answer(date <= deadline ? 'due' : 'not-recorded');
}
