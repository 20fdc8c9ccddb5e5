// The facts Adherence stores: States, their depositary actions, and indicators. Each carries
// its source. Nothing here is derived; rules compute everything else from these.
import type { CalendarDate } from './calendar-date.js';
import type { FactDate } from './fact-date.js';

export type Iso3 = string;

export interface State {
  readonly iso3: Iso3;
  /** The depositary's short name, e.g. "Bolivia (Plurinational State of)". */
  readonly name: string;
  /** The UN's French and Spanish short names as UNTERM writes them, article last: "Égypte (l')". */
  readonly nameFr: string;
  readonly nameEs: string;
  /** UN M49 country code and the codes of its region, sub-region and intermediate region. */
  readonly m49: string;
  readonly region: string;
  readonly subRegion: string;
  readonly intermediateRegion: string | null;
  /** Admission to the United Nations; null for the Holy See, Palestine, Cook Islands, Niue. */
  readonly unMemberFrom: CalendarDate | null;
  /** The date from which it counts as a State for treaty purposes; null = before the treaty. */
  readonly existsFrom: CalendarDate | null;
  readonly predecessor: Iso3 | null;
  readonly source: string;
  readonly note: string;
}

export const consentKinds = ['ratification', 'acceptance', 'approval', 'accession', 'succession'] as const;
export type ConsentKind = (typeof consentKinds)[number];

/**
 * Besides signatures, consents and withdrawals, the depositary records declarations (e.g.
 * interpretive ones), notifications of provisional application (APMBC Art. 18, CCM Art. 18) and
 * of territorial application (extensions to territories, or exclusions).
 */
export const actionKinds = ['signature', ...consentKinds, 'withdrawal', 'declaration', 'provisional-application', 'territorial-application'] as const;
export type ActionKind = (typeof actionKinds)[number];

interface ActionFacts {
  readonly iso3: Iso3;
  readonly treaty: string;
  /** The date the instrument was deposited (a signature: the date signed). */
  readonly date: CalendarDate;
  /** Depositary notification reference, e.g. C.N.123.2025.TREATIES-XXVI.5. */
  readonly cn: string | null;
  readonly source: string;
  readonly note: string;
}

export interface Signature extends ActionFacts {
  readonly kind: 'signature';
}

export interface Consent extends ActionFacts {
  readonly kind: Exclude<ConsentKind, 'succession'>;
}

export interface Succession extends ActionFacts {
  readonly kind: 'succession';
  /** The date from which the succession takes effect, as the depositary gives it. */
  readonly effectiveDate: CalendarDate;
}

export interface Withdrawal extends ActionFacts {
  readonly kind: 'withdrawal';
  /** The effective date where the record states it (e.g. once an armed conflict ended). */
  readonly effectiveDate: CalendarDate | null;
  /** The record says the effect is suspended (e.g. APMBC Art. 20(3): armed conflict). */
  readonly effectSuspended: boolean;
}

export interface Declaration extends ActionFacts {
  readonly kind: 'declaration' | 'provisional-application' | 'territorial-application';
}

export type Action = Signature | Consent | Succession | Withdrawal | Declaration;
export type ConsentAction = Consent | Succession;

export const isConsent = (action: Action): action is ConsentAction =>
  (consentKinds as readonly string[]).includes(action.kind);

/**
 * A sourced fact about a State that the treaty's statements need (it produced mines, holds a
 * stockpile of N, is affected...). The kinds are the treaty module's (src/treaties/*); the domain
 * knows only a kind, a value and the period the fact holds for, kept apart from the date of the
 * source that reports it.
 */
export interface Indicator {
  readonly iso3: Iso3;
  readonly treaty: string;
  /** The kind, one the treaty module declares, e.g. "produced", "stockpile-estimate". */
  readonly indicator: string;
  readonly value: string | null;
  /** When the fact began to hold; null when the sources give no start. */
  readonly from: FactDate | null;
  /** When it stopped holding; null while it is not known to have ended. */
  readonly until: FactDate | null;
  /**
   * When the source that reports it was published. `adherence check` requires it; it is null
   * only in a record upgraded from a release that did not keep it.
   */
  readonly reported: FactDate | null;
  readonly confidence: 'confirmed' | 'uncertain';
  readonly source: string;
  readonly note: string;
}

/** Everything known about one treaty: the universe of States and the facts about them. */
export interface TreatyRecord {
  readonly treaty: string;
  readonly states: readonly State[];
  readonly actions: readonly Action[];
  readonly indicators: readonly Indicator[];
}
