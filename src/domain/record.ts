// The facts Adherence stores: States, their depositary actions, and indicators. Each carries
// its source. Nothing here is derived; rules compute everything else from these.
import type { CalendarDate } from './calendar-date.js';

export type Iso3 = string;

export interface State {
  readonly iso3: Iso3;
  /** The depositary's short name, e.g. "Bolivia (Plurinational State of)". */
  readonly name: string;
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

export const actionKinds = ['signature', ...consentKinds, 'withdrawal', 'declaration'] as const;
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
  readonly kind: 'declaration';
}

export type Action = Signature | Consent | Succession | Withdrawal | Declaration;
export type ConsentAction = Consent | Succession;

export const isConsent = (action: Action): action is ConsentAction =>
  (consentKinds as readonly string[]).includes(action.kind);

export const indicatorKinds = [
  'former-producer',
  'current-producer',
  'used',
  'stockpiled',
  'transferred',
  'stockpile-estimate',
  'new-use-state',
  'new-use-nsag',
  'mine-affected',
  'art4-completed',
  'art5-deadline',
  'art5-extension',
  'art5-completed',
] as const;
export type IndicatorKind = (typeof indicatorKinds)[number];

/** Indicators whose date is a deadline (it may lie in the future), not an event. */
export const isDeadlineIndicator = (kind: IndicatorKind): boolean => kind === 'art5-deadline' || kind === 'art5-extension';

export interface Indicator {
  readonly iso3: Iso3;
  readonly treaty: string;
  readonly indicator: IndicatorKind;
  readonly value: string | null;
  readonly year: number | null;
  readonly date: CalendarDate | null;
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
