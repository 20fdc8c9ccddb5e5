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

/** From when, and up to which day, a State's obligations run on a date. */
export interface ObligationSpan {
  readonly entryIntoForce: CalendarDate;
  /** The day a withdrawal took effect, when it had by the date: nothing falls due from then. */
  readonly endedOn: CalendarDate | null;
  /** The day the rules are asked about: the date, or the eve of the withdrawal's effect. */
  readonly on: CalendarDate;
}

/** Null unless the State had consented by the date and its entry into force was known. */
export function obligationSpan(treaty: TreatyHistory, history: StateHistory, date: CalendarDate): ObligationSpan | null {
  const episode = episodeOn(history, date);
  const entryIntoForce = episode?.entryIntoForce.value ?? null;
  if (episode === null || entryIntoForce === null || !generalDateKnownOn(treaty, date)) return null;
  // A withdrawal takes effect after its deposit (six months, or later when suspended): one in
  // effect by the date was deposited by it.
  const effective = episode.withdrawal?.effect.value.effective ?? null;
  const endedOn = effective !== null && effective <= date ? effective : null;
  // After the effect, the answer is the one of its eve: nothing that happens later counts.
  return { entryIntoForce, endedOn, on: endedOn === null ? date : addDays(endedOn, -1) };
}

/** Art. 4 on the date, for a State whose obligations run (its own facts). */
export const stockpileWithin = (treaty: TreatyHistory, span: ObligationSpan, own: readonly Indicator[]): ObligationOn =>
  ended(stockpileDestructionOn(span.entryIntoForce, own, span.on, treaty.rules.obligations.stockpile), span.endedOn);

/** Art. 5 on the date, for a State whose obligations run (its own facts). */
export const clearanceWithin = (treaty: TreatyHistory, span: ObligationSpan, own: readonly Indicator[]): ClearanceOn =>
  ended(clearanceOn(span.entryIntoForce, own, span.on, treaty.rules.obligations.clearance), span.endedOn);

/** Null unless the State had consented by the date and its entry into force was known. */
export function stateObligations(treaty: TreatyHistory, history: StateHistory, facts: readonly Indicator[], date: CalendarDate): StateObligations | null {
  const span = obligationSpan(treaty, history, date);
  if (span === null) return null;
  const own = facts.filter((f) => f.iso3 === history.state.iso3);
  return {
    entryIntoForce: span.entryIntoForce,
    endedOn: span.endedOn,
    stockpile: stockpileWithin(treaty, span, own),
    clearance: clearanceWithin(treaty, span, own),
    transparency: ended(transparencyOn(span.entryIntoForce, own, span.on, treaty.rules.obligations.transparency), span.endedOn),
  };
}
