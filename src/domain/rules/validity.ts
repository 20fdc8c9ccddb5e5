// Whether a State's depositary actions are possible under the treaty's final clauses (APMBC
// Arts. 15, 16 and 20) and in time (no action before the State exists or after today).
import { citeBasis } from '../basis.js';
import { addMonths, type CalendarDate } from '../calendar-date.js';
import type { StateHistory, TreatyHistory } from '../history.js';
import { isConsent, type Action } from '../record.js';

export interface Violation {
  readonly iso3: string;
  /** The action at fault, when there is one. */
  readonly action: Action | null;
  readonly rule: string;
  readonly message: string;
}

/** Every violation in the record, State by State, in date order. */
export function recordViolations(treaty: TreatyHistory, today: CalendarDate): Violation[] {
  return treaty.states.flatMap((history) => stateViolations(treaty, history, today));
}

function stateViolations(treaty: TreatyHistory, history: StateHistory, today: CalendarDate): Violation[] {
  const { rules } = treaty;
  const general = treaty.general.value?.date ?? null;
  const { iso3, existsFrom, predecessor } = history.state;
  const found: Violation[] = [];
  const flag = (action: Action | null, rule: string, message: string) => found.push({ iso3, action, rule, message });
  let signed = false;
  let bound = false;
  let inForceFrom: CalendarDate | null = null;
  /** When the last withdrawal takes (or took) effect; null while none is pending or its effect is suspended without end. */
  let withdrawnFrom: CalendarDate | null = null;

  for (const action of history.actions) {
    // Each action is judged by the State's position on its own date: a withdrawal that took effect
    // by then freed the State to consent again (and ended its signature), whatever today is.
    if (withdrawnFrom !== null && withdrawnFrom <= action.date) {
      bound = false;
      signed = false;
      withdrawnFrom = null;
    }
    if (action.date > today) flag(action, 'not-in-future', `${action.kind} dated ${action.date} is after today (${today})`);
    if (existsFrom !== null && action.date < existsFrom) {
      flag(action, 'state-exists', `${action.kind} dated ${action.date} is before ${iso3} counts as a State (${existsFrom})`);
    }
    switch (action.kind) {
      case 'signature':
        if (signed) flag(action, 'one-signature', `a second signature on ${action.date}`);
        if (action.date < rules.signature.opens) {
          flag(action, citeBasis(rules.signature.basis), `signature on ${action.date} is before the treaty opened for signature (${rules.signature.opens})`);
        }
        if (rules.signature.closesAtEntryIntoForce && general !== null && action.date >= general) {
          flag(action, citeBasis(rules.signature.basis), `signature on ${action.date} is after signature closed at entry into force (${general})`);
        }
        signed = true;
        break;
      case 'ratification':
      case 'acceptance':
      case 'approval':
      case 'accession':
      case 'succession': {
        const cite = citeBasis(rules.consent.basis);
        if (bound) flag(action, 'one-consent', `${action.kind} on ${action.date} while already bound (no withdrawal took effect before it)`);
        if (rules.consent.bySignatory.includes(action.kind) && !signed) {
          flag(action, cite, `${action.kind} on ${action.date} by a State that had not signed (only signatories ratify, accept or approve)`);
        }
        if (rules.consent.byNonSignatory.includes(action.kind) && signed) {
          flag(action, cite, `${action.kind} on ${action.date} by a signatory (accession is for States that did not sign)`);
        }
        if (action.kind === 'succession') {
          const ok = predecessor !== null && predecessorConsented(treaty, predecessor, action.effectiveDate);
          if (!ok) flag(action, 'succession', `succession on ${action.date} but no predecessor in the record had consented by ${action.effectiveDate}`);
        }
        bound = true;
        inForceFrom = history.episodes.find((e) => e.consent === action)?.entryIntoForce.value ?? null;
        break;
      }
      case 'withdrawal': {
        const cite = citeBasis(rules.withdrawal.basis);
        if (!bound || inForceFrom === null || inForceFrom > action.date) {
          flag(action, cite, `withdrawal on ${action.date} by a State for which the treaty was not in force`);
        }
        if (action.effectSuspended && !rules.withdrawal.suspendedByArmedConflict) {
          flag(action, cite, 'this treaty does not suspend withdrawals during armed conflict');
        }
        // A stated effective date must be the one the treaty gives, or, where an armed conflict
        // suspended the effect, a later one: anything else is a typo or a misreading of a source.
        if (action.effectiveDate !== null) {
          const period = addMonths(action.date, rules.withdrawal.monthsAfterReceipt);
          if (!action.effectSuspended && action.effectiveDate !== period) {
            flag(action, cite, `withdrawal on ${action.date} with effect from ${action.effectiveDate}: the treaty gives ${period} (${rules.withdrawal.monthsAfterReceipt} months after receipt); a later date needs the effect marked suspended by an armed conflict`);
          }
          if (action.effectSuspended && action.effectiveDate < period) {
            flag(action, cite, `withdrawal on ${action.date} with effect from ${action.effectiveDate}: a suspended withdrawal takes effect no earlier than ${period}`);
          }
        }
        // A withdrawal leaves the State bound until it takes effect.
        const episode = history.episodes.find((e) => e.withdrawal?.action === action);
        withdrawnFrom = episode?.withdrawal?.effect.value.effective ?? null;
        break;
      }
      case 'declaration':
      // Stryker disable next-line ConditionalExpression: a declaration falls through to this case, and an action no case named would be let through the same way
      case 'territorial-application':
        break;
      case 'provisional-application':
        // Art. 18: declared at the time of its consent, or (CCM) before it, pending entry into force.
        if (!rules.provisionalApplication.allowed) flag(action, citeBasis(rules.provisionalApplication.basis), 'this treaty provides no provisional application');
        break;
    }
  }
  return found;
}

function predecessorConsented(treaty: TreatyHistory, predecessor: string, by: CalendarDate): boolean {
  const history = treaty.byIso3.get(predecessor);
  return history !== undefined && history.actions.some((a) => isConsent(a) && a.date <= by);
}
