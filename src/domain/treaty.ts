// The parameters a treaty's rules need. A treaty module (src/treaties/*) fills one in, citing
// the article behind each number, so a second treaty is data, not a fork of the rules.
import type { ArticleBasis } from './basis.js';
import type { CalendarDate } from './calendar-date.js';
import type { ConsentKind } from './record.js';

export interface TreatyRules {
  readonly id: string;
  readonly name: string;
  readonly shortName: string;
  readonly depositary: string;
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
  readonly provisionalApplicationBasis: ArticleBasis;
}
