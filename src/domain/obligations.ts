// A State's obligations with deadlines on a date: stockpile destruction, clearance and reports,
// each from its entry into force. A withdrawal ends them from the day it takes effect (APMBC and
// CCM Art. 20): what was due later is "ended", what was met or missed before stays as it was.
import { addDays, type CalendarDate } from './calendar-date.js';
import type { StateHistory, TreatyHistory } from './history.js';
import type { Indicator } from './record.js';
import { clearanceOn, type ClearanceOn } from './rules/clearance.js';
import type { ObligationOn } from './rules/obligation.js';
import { stockpileDestructionOn } from './rules/stockpile-destruction.js';
import { transparencyOn, type TransparencyOn } from './rules/transparency.js';
import { episodeOn, generalDateKnownOn } from './status.js';
import type { ObligationId } from './treaty.js';

export interface StateObligations {
  readonly entryIntoForce: CalendarDate;
  /** The day a withdrawal took effect, when it had by the date: nothing falls due from then. */
  readonly endedOn: CalendarDate | null;
  readonly stockpile: ObligationOn;
  readonly clearance: ClearanceOn;
  readonly transparency: TransparencyOn;
}

export const obligationIds: readonly ObligationId[] = ['stockpile', 'clearance', 'transparency'];

function ended<T extends ObligationOn>(answer: T, endedOn: CalendarDate | null): T {
  if (endedOn === null) return answer;
  const pending = answer.status === 'due' || answer.status === 'interim' || (answer.status === 'not-recorded' && answer.deadline !== null && answer.deadline >= endedOn);
  return pending ? { ...answer, status: 'ended' } : answer;
}

/** Null unless the State had consented by the date and its entry into force was known. */
export function stateObligations(treaty: TreatyHistory, history: StateHistory, facts: readonly Indicator[], date: CalendarDate): StateObligations | null {
  const episode = episodeOn(history, date);
  const entryIntoForce = episode?.entryIntoForce.value ?? null;
  if (episode === null || entryIntoForce === null || !generalDateKnownOn(treaty, date)) return null;
  const withdrawal = episode.withdrawal !== null && episode.withdrawal.action.date <= date ? episode.withdrawal.effect.value.effective : null;
  const endedOn = withdrawal !== null && withdrawal <= date ? withdrawal : null;
  // After the effect, the answer is the one of its eve: nothing that happens later counts.
  const on = endedOn === null ? date : addDays(endedOn, -1);
  const rules = treaty.rules.obligations;
  const own = facts.filter((f) => f.iso3 === history.state.iso3);
  return {
    entryIntoForce,
    endedOn,
    stockpile: ended(stockpileDestructionOn(entryIntoForce, own, on, rules.stockpile), endedOn),
    clearance: ended(clearanceOn(entryIntoForce, own, on, rules.clearance), endedOn),
    transparency: ended(transparencyOn(entryIntoForce, own, on, rules.transparency), endedOn),
  };
}
