// Treaty modules for tests: the shipped APMBC module, and a second treaty ("ccm", the same
// clauses and kinds of fact under another id) so that tests can show one treaty's record left
// alone while another's changes, over the same fixture; and a synthetic treaty with other numbers
// for the property tests of the rules. The shipped modules are src/treaties/*.
import { calendarDate } from '../src/domain/calendar-date.js';
import type { TreatyRules } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';

export const testCcm: TreatyRules = { ...apmbc, id: 'ccm' };

export const testTreaties: ReadonlyMap<string, TreatyRules> = new Map([
  [apmbc.id, apmbc],
  [testCcm.id, testCcm],
]);

export const testRulesOf = (treaty: string): TreatyRules | undefined => testTreaties.get(treaty);

/**
 * A synthetic treaty whose numbers are none of the Mine Ban Convention's: seven instruments, in
 * force generally three months after the month of the seventh, for later States two months after
 * their deposit, withdrawal after twelve months. Property tests run the rules against it, so no
 * rule can pass by holding 40 or six months in its code instead of reading the treaty's parameters.
 */
export const syntheticTreaty: TreatyRules = {
  ...apmbc,
  id: 'synthetic',
  signature: { ...apmbc.signature, opens: calendarDate('2001-05-10') },
  entryIntoForce: { ...apmbc.entryIntoForce, instruments: 7, generalMonthsAfter: 3, laterMonthsAfter: 2 },
  withdrawal: { ...apmbc.withdrawal, monthsAfterReceipt: 12 },
};
