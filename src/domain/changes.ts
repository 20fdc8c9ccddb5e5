// What changed under a treaty between two dates: the depositary's actions as it records them,
// and what the rules make of them (the treaty's entry into force, entry into force for each
// State, withdrawals taking effect or suspended), each resting on recorded actions and their
// sources, in date order.
import type { Basis } from './basis.js';
import { addMonths, type CalendarDate } from './calendar-date.js';
import type { Episode, StateHistory, TreatyHistory } from './history.js';
import { actionKinds, type Action, type Iso3 } from './record.js';

/**
 * Recorded actions keep their depositary kind; the rest are computed. Within a day and a State
 * they come in this order: what is deposited, then what takes effect.
 */
export const changeKinds = [
  'treaty-entry-into-force',
  ...actionKinds,
  'entry-into-force',
  'withdrawal-suspended',
  'withdrawal-effective',
] as const;
export type ChangeKind = (typeof changeKinds)[number];

export interface Change {
  readonly date: CalendarDate;
  readonly kind: ChangeKind;
  /** Null for the treaty's own entry into force. */
  readonly iso3: Iso3 | null;
  /** The record's name of the State (the depositary's); null for the treaty. */
  readonly name: string | null;
  /**
   * The recorded actions the change is (one, for an action) or rests on: the consent behind an
   * entry into force, the withdrawal behind its effect, the instruments of the threshold day.
   */
  readonly actions: readonly Action[];
  /** Why a computed change falls on its date; empty for a recorded action. */
  readonly basis: readonly Basis[];
}

/** Every change the record holds for the treaty, in order (see `compareChanges`). */
export function allChanges(history: TreatyHistory): Change[] {
  const changes: Change[] = [];
  const general = history.general.value;
  if (general !== null) {
    changes.push({ date: general.date, kind: 'treaty-entry-into-force', iso3: null, name: null, actions: general.thresholdDayInstruments, basis: history.general.basis });
  }
  for (const state of history.states) {
    for (const action of state.actions) changes.push(ofState(state, action.date, action.kind, [action], []));
    for (const episode of state.episodes) changes.push(...episodeChanges(state, episode, history));
  }
  return changes.sort(compareChanges);
}

/** The changes dated from `from` to `to`, both included, in order. */
export function changesBetween(history: TreatyHistory, from: CalendarDate, to: CalendarDate): Change[] {
  return allChanges(history).filter((change) => from <= change.date && change.date <= to);
}

const ofState = (state: StateHistory, date: CalendarDate, kind: ChangeKind, actions: readonly Action[], basis: readonly Basis[]): Change => ({
  date,
  kind,
  iso3: state.state.iso3,
  name: state.state.name,
  actions,
  basis,
});

function episodeChanges(state: StateHistory, episode: Episode, history: TreatyHistory): Change[] {
  const changes: Change[] = [];
  const withdrawal = episode.withdrawal;
  const effective = withdrawal?.effect.value.effective ?? null;
  const inForce = episode.entryIntoForce.value;
  // A withdrawal that took effect before the treaty entered into force for the State leaves no entry into force.
  if (inForce !== null && (effective === null || effective > inForce)) {
    changes.push(ofState(state, inForce, 'entry-into-force', [episode.consent], episode.entryIntoForce.basis));
  }
  if (withdrawal === null) return changes;
  const { monthsAfterReceipt, suspendedByArmedConflict, basis, suspensionBasis } = history.rules.withdrawal;
  // The period ends with the effect suspended (e.g. by an armed conflict) where the record says so.
  const periodEnd = addMonths(withdrawal.action.date, monthsAfterReceipt);
  if (withdrawal.action.effectSuspended && suspendedByArmedConflict && (effective === null || effective > periodEnd)) {
    changes.push(ofState(state, periodEnd, 'withdrawal-suspended', [withdrawal.action], [basis, suspensionBasis]));
  }
  if (effective !== null) changes.push(ofState(state, effective, 'withdrawal-effective', [withdrawal.action], withdrawal.effect.basis));
  return changes;
}

// Stryker disable next-line StringLiteral,ObjectLiteral: no two names of the record differ only in case or accents, so any English collation orders them alike
const collator = new Intl.Collator('en', { sensitivity: 'base' });
const kindOrder = new Map<ChangeKind, number>(changeKinds.map((kind, i) => [kind, i]));

/** The treaty's own changes have no name: as the empty name they sort before every State's. */
const nameOf = (change: Change): string => change.name ?? '';

/** By date; within a day the treaty first, then by State name, then by kind. */
export function compareChanges(a: Change, b: Change): number {
  // Stryker disable next-line EqualityOperator: the dates differ here, so `<` and `<=` order them alike
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return collator.compare(nameOf(a), nameOf(b)) || String(a.iso3).localeCompare(String(b.iso3)) || (kindOrder.get(a.kind) ?? 0) - (kindOrder.get(b.kind) ?? 0);
}
