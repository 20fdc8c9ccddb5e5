// One State's standing on a date, as the record stood on that date: the row of every list.
import { citeAll, type Basis } from './basis.js';
import type { CalendarDate } from './calendar-date.js';
import type { StateHistory, TreatyHistory } from './history.js';
import type { Action, ConsentKind, Iso3 } from './record.js';
import { episodeOn, generalDateKnownOn, statusOn, type Status } from './status.js';

export interface StateSummary {
  readonly iso3: Iso3;
  readonly name: string;
  readonly status: Status;
  readonly signature: CalendarDate | null;
  readonly consent: { readonly date: CalendarDate; readonly kind: ConsentKind } | null;
  readonly entryIntoForce: CalendarDate | null;
  /** Short citation of why, e.g. "Art. 17(2)"; null without an entry into force. */
  readonly entryIntoForceBasis: string | null;
  readonly withdrawal: { readonly deposited: CalendarDate; readonly effective: CalendarDate | null; readonly suspended: boolean } | null;
}

export interface StateDetail extends StateSummary {
  readonly entryIntoForceReason: readonly Basis[];
  readonly withdrawalReason: readonly Basis[];
  /** The State's actions up to the date, in date order, each with its source. */
  readonly actions: readonly Action[];
}

/** Null when the State does not exist on the date. */
export function stateDetail(treaty: TreatyHistory, history: StateHistory, date: CalendarDate): StateDetail | null {
  const status = statusOn(history, date);
  if (status === null) return null;
  const episode = episodeOn(history, date);
  const inForce = episode !== null && generalDateKnownOn(treaty, date) ? episode.entryIntoForce : null;
  const withdrawal = episode?.withdrawal?.action.date !== undefined && episode.withdrawal.action.date <= date ? episode.withdrawal : null;
  const signature = history.signature !== null && history.signature.date <= date ? history.signature.date : null;
  return {
    iso3: history.state.iso3,
    name: history.state.name,
    status,
    signature,
    consent: episode === null ? null : { date: episode.consent.date, kind: episode.consent.kind },
    entryIntoForce: inForce?.value ?? null,
    entryIntoForceBasis: inForce?.value ? citeAll(inForce.basis) : null,
    withdrawal: withdrawal === null ? null : withdrawal.effect.value,
    entryIntoForceReason: inForce?.value ? inForce.basis : [],
    withdrawalReason: withdrawal === null ? [] : withdrawal.effect.basis,
    actions: history.actions.filter((action) => action.date <= date),
  };
}

export function stateSummary(treaty: TreatyHistory, history: StateHistory, date: CalendarDate): StateSummary | null {
  const detail = stateDetail(treaty, history, date);
  if (detail === null) return null;
  const { iso3, name, status, signature, consent, entryIntoForce, entryIntoForceBasis, withdrawal } = detail;
  return { iso3, name, status, signature, consent, entryIntoForce, entryIntoForceBasis, withdrawal };
}

// Stryker disable next-line StringLiteral,ObjectLiteral: no two names of the record differ only in case or accents, so any English collation orders them alike
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Every State that exists on the date, sorted by name (stable). */
export function stateSummaries(treaty: TreatyHistory, date: CalendarDate): StateSummary[] {
  return treaty.states
    .map((history) => stateSummary(treaty, history, date))
    .filter((row): row is StateSummary => row !== null)
    .sort((a, b) => collator.compare(a.name, b.name));
}
