// A State's life under a treaty, computed once from its actions: signature, then episodes of
// consent (each with its entry into force) that a withdrawal may close.
import type { Explained } from './basis.js';
import { compareDates, type CalendarDate } from './calendar-date.js';
import { isConsent, type Action, type ConsentAction, type Declaration, type Iso3, type Signature, type State, type TreatyRecord, type Withdrawal } from './record.js';
import { generalEntryIntoForce, stateEntryIntoForce, type GeneralEntryIntoForce } from './rules/entry-into-force.js';
import { withdrawalEffect, type WithdrawalEffect } from './rules/withdrawal.js';
import type { TreatyRules } from './treaty.js';

export interface WithdrawalEpisode {
  readonly action: Withdrawal;
  readonly effect: Explained<WithdrawalEffect>;
}

export interface Episode {
  readonly consent: ConsentAction;
  readonly entryIntoForce: Explained<CalendarDate | null>;
  readonly withdrawal: WithdrawalEpisode | null;
}

export interface StateHistory {
  readonly state: State;
  readonly signature: Signature | null;
  readonly episodes: readonly Episode[];
  readonly declarations: readonly Declaration[];
  /** All the State's actions for this treaty, in date order. */
  readonly actions: readonly Action[];
}

export interface TreatyHistory {
  readonly rules: TreatyRules;
  readonly general: Explained<GeneralEntryIntoForce | null>;
  /** One per State of the record, in the record's order. */
  readonly states: readonly StateHistory[];
  readonly byIso3: ReadonlyMap<Iso3, StateHistory>;
}

const byDate = (a: Action, b: Action) => compareDates(a.date, b.date);

export function buildHistory(record: TreatyRecord, rules: TreatyRules): TreatyHistory {
  const general = generalEntryIntoForce(record.actions.filter(isConsent), rules);
  const actionsByState = new Map<Iso3, Action[]>();
  for (const action of record.actions) {
    const list = actionsByState.get(action.iso3) ?? [];
    list.push(action);
    actionsByState.set(action.iso3, list);
  }
  const states = record.states.map((state) =>
    stateHistory(state, [...(actionsByState.get(state.iso3) ?? [])].sort(byDate), general.value, rules),
  );
  return { rules, general, states, byIso3: new Map(states.map((h) => [h.state.iso3, h])) };
}

function stateHistory(
  state: State,
  actions: readonly Action[],
  general: GeneralEntryIntoForce | null,
  rules: TreatyRules,
): StateHistory {
  let signature: Signature | null = null;
  const episodes: Episode[] = [];
  const declarations: Declaration[] = [];
  for (const action of actions) {
    switch (action.kind) {
      case 'signature':
        signature ??= action;
        break;
      case 'ratification':
      case 'acceptance':
      case 'approval':
      case 'accession':
      case 'succession':
        episodes.push({ consent: action, entryIntoForce: stateEntryIntoForce(action, general, rules), withdrawal: null });
        break;
      case 'withdrawal': {
        const open = episodes.at(-1);
        if (open !== undefined && open.withdrawal === null) {
          episodes[episodes.length - 1] = { ...open, withdrawal: { action, effect: withdrawalEffect(action, rules) } };
        }
        break;
      }
      case 'declaration':
      case 'provisional-application':
      case 'territorial-application':
        declarations.push(action);
        break;
    }
  }
  return { state, signature, episodes, declarations, actions };
}
