// When the treaty entered into force generally, and for each State (APMBC Art. 17; successions
// take the date the depositary gives).
import type { Basis, Explained } from '../basis.js';
import { type CalendarDate, firstDayOfMonthAfter, maxDate } from '../calendar-date.js';
import type { ConsentAction } from '../record.js';
import type { TreatyRules } from '../treaty.js';

export interface GeneralEntryIntoForce {
  /** The day the threshold (e.g. the 40th instrument) was reached. */
  readonly thresholdDate: CalendarDate;
  /**
   * The instruments deposited that day. Dates do not order deposits within a day, so when
   * several fall on it the record cannot say which one was "the 40th"; all of them count.
   */
  readonly thresholdDayInstruments: readonly ConsentAction[];
  readonly date: CalendarDate;
}


/**
 * Art. 17(1): the first day of the sixth month after the month in which the 40th instrument was
 * deposited. Null (with the article) while fewer instruments are on record.
 */
export function generalEntryIntoForce(
  consents: readonly ConsentAction[],
  rules: TreatyRules,
): Explained<GeneralEntryIntoForce | null> {
  const { instruments, generalMonthsAfter, general } = rules.entryIntoForce;
  const threshold = consents.map((c) => c.date).sort()[instruments - 1];
  if (threshold === undefined) return { value: null, basis: [general] };
  return {
    value: {
      thresholdDate: threshold,
      thresholdDayInstruments: consents.filter((c) => c.date === threshold),
      date: firstDayOfMonthAfter(threshold, generalMonthsAfter),
    },
    basis: [general],
  };
}

const successionBasis: Basis = {
  kind: 'record',
  field: 'effectiveDate',
  note: 'a succession takes effect from the date the depositary gives (usually independence), not by the entry-into-force article',
};

/**
 * When the treaty enters into force for the State that gave this consent.
 * - Succession: from the date the depositary gives, but never before the treaty itself is in force.
 * - Deposited on or before the day of the threshold instrument: the general date, Art. 17(1).
 * - Deposited later: Art. 17(2), the first day of the sixth month after the date of deposit. A
 *   State that deposited after the 40th instrument but before 1 March 1999 therefore gets its own
 *   date (e.g. 1 April 1999 for a deposit in October 1998).
 */
export function stateEntryIntoForce(
  consent: ConsentAction,
  general: GeneralEntryIntoForce | null,
  rules: TreatyRules,
): Explained<CalendarDate | null> {
  const { later, general: generalBasis, laterMonthsAfter } = rules.entryIntoForce;
  if (general === null) return { value: null, basis: [generalBasis] };
  if (consent.kind === 'succession') {
    if (consent.effectiveDate >= general.date) return { value: consent.effectiveDate, basis: [successionBasis] };
    return { value: maxDate(consent.effectiveDate, general.date), basis: [successionBasis, generalBasis] };
  }
  if (consent.date <= general.thresholdDate) return { value: general.date, basis: [generalBasis] };
  return { value: firstDayOfMonthAfter(consent.date, laterMonthsAfter), basis: [later] };
}
