// The parameters a treaty's rules and statements need. A treaty module (src/treaties/*) fills
// one in, citing the article behind each number, so a second treaty is data, not a fork.
import type { ArticleBasis } from './basis.js';
import type { CalendarDate } from './calendar-date.js';
import type { Localized } from './language.js';
import type { ConsentKind } from './record.js';

export interface TreatyRules {
  /** Short lower-case id used in URLs, files and the store, e.g. "apmbc". */
  readonly id: string;
  readonly depositaryReference: string;
  readonly textUrl: string;
  readonly adopted: CalendarDate;
  readonly signature: {
    /** First day the treaty is open for signature. */
    readonly opens: CalendarDate;
    /** Signature closes when the treaty enters into force. */
    readonly closesAtEntryIntoForce: boolean;
    readonly basis: ArticleBasis;
  };
  readonly consent: {
    readonly bySignatory: readonly ConsentKind[];
    readonly byNonSignatory: readonly ConsentKind[];
    readonly basis: ArticleBasis;
  };
  readonly entryIntoForce: {
    /** Number of instruments of consent that trigger entry into force. */
    readonly instruments: number;
    /** Entry into force on the first day of the Nth month after the month of the threshold deposit. */
    readonly generalMonthsAfter: number;
    readonly general: ArticleBasis;
    /** For a later deposit: the first day of the Nth month after the date of deposit. */
    readonly laterMonthsAfter: number;
    readonly later: ArticleBasis;
  };
  readonly withdrawal: {
    readonly monthsAfterReceipt: number;
    /** Whether an armed conflict at the end of the period suspends the effect. */
    readonly suspendedByArmedConflict: boolean;
    readonly basis: ArticleBasis;
    readonly suspensionBasis: ArticleBasis;
  };
  readonly reservationsAllowed: boolean;
  readonly reservationsBasis: ArticleBasis;
  readonly provisionalApplication: { readonly allowed: boolean; readonly basis: ArticleBasis };
  readonly facts: TreatyFacts;
  readonly obligations: TreatyObligations;
  readonly text: Localized<TreatyText>;
}

/**
 * The three obligations with deadlines that run from a State's entry into force: destroying its
 * stockpile, clearing the areas under its control, and reporting. Each names the kinds of fact
 * of the record that tell whether it was met; `key` is how the JSON names it ("article4").
 */
export type ObligationId = keyof TreatyObligations;

export interface TreatyObligations {
  readonly stockpile: {
    readonly key: string;
    readonly yearsAfterEntryIntoForce: number;
    readonly basis: ArticleBasis;
    /** Why what a State keeps for training is no breach. */
    readonly retainedBasis: ArticleBasis;
    /** A fact of this kind that ended (`until`) says when the stockpile was gone. */
    readonly heldKind: string;
    /** Its `from` is the day destruction was completed. */
    readonly completedKind: string;
    /** The State declared it held none. */
    readonly noneKind: string;
    /** Extensions of the deadline, where the treaty allows them (value: the new deadline; `from`: the decision). */
    readonly extension: { readonly kind: string; readonly basis: ArticleBasis } | null;
  };
  readonly clearance: {
    readonly key: string;
    readonly yearsAfterEntryIntoForce: number;
    readonly basis: ArticleBasis;
    readonly extensionBasis: ArticleBasis;
    /** A period of contamination; a period that starts after a completion reopens the obligation. */
    readonly affectedKind: string;
    /** The original deadline as a source states it (value: the date). */
    readonly deadlineKind: string;
    /** An extension: value the new deadline, `from` the day (or year) it was decided. */
    readonly extensionKind: string;
    /** A declaration of completion: `from` is when. */
    readonly completedKind: string;
  };
  readonly transparency: {
    readonly key: string;
    readonly initialDaysAfterEntryIntoForce: number;
    readonly initialBasis: ArticleBasis;
    /** Annual updates are due on this day each year, covering the previous calendar year. */
    readonly annualDue: { readonly month: number; readonly day: number };
    readonly annualBasis: ArticleBasis;
    /** A report submitted: `from` the day; value "initial" or the calendar year it covers. */
    readonly reportKind: string;
  };
}

/** What the value column of a kind of fact holds. */
export type FactValue = 'none' | 'text' | 'count' | 'date';

export interface FactKind {
  readonly id: string;
  readonly value: FactValue;
  /** A deadline's value may lie in the future; other facts' dates may not. */
  readonly deadline?: boolean;
}

/**
 * A tally of the status page: the States with any fact of these kinds ("at one time produced",
 * "are or have been affected"), and how many of them have joined.
 */
export interface FactTally {
  readonly id: string;
  readonly kinds: readonly string[];
}

/** The kinds of fact the treaty's statements use, and the roles some of them play. */
export interface TreatyFacts {
  readonly kinds: readonly FactKind[];
  /** In the order the page states them. */
  readonly tallies: readonly FactTally[];
  readonly stockpileEstimate: string;
  readonly stockpiled: string;
  /** Use by a State's government forces. */
  readonly stateUse: string;
  /** Use by non-State armed groups on a State's territory; null when the record keeps no such facts. */
  readonly nsagUse: string | null;
}

/**
 * A passage of the treaty quoted word for word from its authentic text in one language, as an
 * official publication reproduces it. `cite` is "preamble" or an article and paragraph, "1(1)".
 */
export interface Quotation {
  readonly cite: string;
  readonly text: string;
  readonly source: string;
}

/** The treaty's names and its words in one language: everything a sentence needs that is the treaty's own. */
export interface TreatyText {
  readonly title: string;
  /** "the Anti-Personnel Mine Ban Convention": as it reads inside a sentence. */
  readonly shortName: string;
  readonly siteName: string;
  readonly statusTitle: string;
  /** The weapon as sentences name it, in the plural: "anti-personnel mines". */
  readonly weapon: string;
  /** The subject of each tally's sentence: "States that at one time produced anti-personnel mines". */
  readonly tallies: Readonly<Record<string, string>>;
  /** Names of the kinds of fact, for tables. */
  readonly kinds: Readonly<Record<string, string>>;
  /** Names of the obligations with deadlines, with their articles: "Stockpile destruction (Art. 4)". */
  readonly obligations: Readonly<Record<ObligationId, string>>;
  readonly quotations: readonly Quotation[];
  /** Explanations in plain words, marked as such on the page. */
  readonly explanation: readonly string[];
  readonly textSource: string;
}
