// Destroying the stockpile (APMBC Art. 4, CCM Art. 3(2)): no later than a number of years after
// entry into force for the State, extended where the treaty allows it (CCM Art. 3(3); APMBC Art. 4
// allows no extension). What it keeps for training (APMBC Art. 3, CCM Art. 3(6)) is
// no breach; the record's stockpile facts are about the stockpile to destroy.
import type { CalendarDate } from '../calendar-date.js';
import type { Indicator } from '../record.js';
import type { TreatyObligations } from '../treaty.js';
import { deadlineInForce, extensionsGranted, happenedBy, laterOf, sourcesOf, timeliness, yearsAfter, type ObligationOn } from './obligation.js';

export function stockpileDestructionOn(
  entryIntoForce: CalendarDate,
  facts: readonly Indicator[],
  date: CalendarDate,
  rules: TreatyObligations['stockpile'],
): ObligationOn {
  const original = yearsAfter(entryIntoForce, rules.yearsAfterEntryIntoForce);
  const { deadline, basis } =
    rules.extension === null ? { deadline: original, basis: [rules.basis] } : deadlineInForce(original, extensionsGranted(facts, rules.extension.kind, date), rules.basis, rules.extension);
  const none = facts.filter((f) => f.indicator === rules.noneKind);
  if (none.length > 0) return { deadline, status: 'not-applicable', basis, met: null, sources: sourcesOf(none) };
  // Completion: a declaration of completion, or a stockpile the record says had ended.
  const completions = facts.filter(
    (f) => (f.indicator === rules.completedKind && happenedBy(f.from ?? f.reported, date)) || (f.indicator === rules.heldKind && happenedBy(f.until, date)),
  );
  const met = completions.reduce((latest, f) => laterOf(latest, f.indicator === rules.completedKind ? (f.from ?? f.reported) : f.until), null as Indicator['from']);
  if (met !== null) return { deadline, status: timeliness(met, deadline), basis: [...basis, rules.retainedBasis], met, sources: sourcesOf(completions) };
  const held = facts.filter((f) => f.indicator === rules.heldKind && (f.from === null || happenedBy(f.from, date)));
  if (held.length === 0) return { deadline, status: 'not-recorded', basis, met: null, sources: [] };
  return { deadline, status: date <= deadline ? 'due' : 'missed', basis, met: null, sources: sourcesOf(held) };
}
