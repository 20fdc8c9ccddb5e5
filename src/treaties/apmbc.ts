// The 1997 Anti-Personnel Mine Ban Convention (UN Treaty Collection chapter XXVI-5): the rule
// parameters, each with the article it comes from, and the kinds of fact its statements use.
import { calendarDate } from '../domain/calendar-date.js';
import type { TreatyFacts, TreatyRules } from '../domain/treaty.js';
import { articleOf } from './article.js';
import { apmbcText } from './apmbc-text.js';

const article = articleOf('apmbc');

/** Mines: who produced, stockpiled, used and transferred them, where they lie, and Arts. 4-5. */
const facts: TreatyFacts = {
  kinds: [
    { id: 'produced', value: 'none' },
    { id: 'stockpiled', value: 'none' },
    { id: 'stockpile-estimate', value: 'count' },
    { id: 'used', value: 'none' },
    { id: 'transferred', value: 'none' },
    { id: 'nsag-use', value: 'none' },
    { id: 'affected', value: 'text' },
    { id: 'art4-completed', value: 'none' },
    { id: 'art5-deadline', value: 'date', deadline: true },
    { id: 'art5-extension', value: 'date', deadline: true },
    { id: 'art5-completed', value: 'none' },
    { id: 'art4-none', value: 'none' },
    { id: 'art7-report', value: 'text' },
  ],
  tallies: [
    { id: 'affected', kinds: ['affected'] },
    { id: 'any-activity', kinds: ['produced', 'stockpiled', 'stockpile-estimate', 'art4-completed', 'used', 'transferred'] },
    { id: 'produced', kinds: ['produced'] },
    { id: 'used', kinds: ['used'] },
    { id: 'stockpiled', kinds: ['stockpiled', 'stockpile-estimate', 'art4-completed'] },
    { id: 'transferred', kinds: ['transferred'] },
  ],
  stockpileEstimate: 'stockpile-estimate',
  stockpiled: 'stockpiled',
  stateUse: 'used',
  nsagUse: 'nsag-use',
};

export const apmbc: TreatyRules = {
  id: 'apmbc',
  depositaryReference: 'UN Treaty Collection, chapter XXVI-5',
  textUrl: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26',
  adopted: calendarDate('1997-09-18'),
  signature: {
    // Art. 15: open at Ottawa 3-4 December 1997, then at UN Headquarters until entry into force.
    opens: calendarDate('1997-12-03'),
    closesAtEntryIntoForce: true,
    basis: article('15', undefined, 'open for signature ... until its entry into force'),
  },
  consent: {
    // Art. 16(1)-(2): signatories ratify, accept or approve; any State that did not sign accedes.
    bySignatory: ['ratification', 'acceptance', 'approval'],
    byNonSignatory: ['accession'],
    basis: article('16', undefined, 'subject to ratification, acceptance or approval of the Signatories ... open for accession by any State which has not signed'),
  },
  entryIntoForce: {
    instruments: 40,
    generalMonthsAfter: 6,
    general: article('17', '1', 'the first day of the sixth month after the month in which the 40th instrument ... has been deposited'),
    laterMonthsAfter: 6,
    later: article('17', '2', 'the first day of the sixth month after the date on which that State has deposited'),
  },
  withdrawal: {
    monthsAfterReceipt: 6,
    suspendedByArmedConflict: true,
    basis: article('20', '3', 'six months after the receipt of the instrument of withdrawal'),
    suspensionBasis: article('20', '3', 'engaged in an armed conflict ... not take effect before the end of the armed conflict'),
  },
  // Stryker disable next-line BooleanLiteral: no rule reads this flag yet (the page states Art. 19 in the treaty's own words), so flipping it changes nothing
  reservationsAllowed: false,
  reservationsBasis: article('19', undefined, 'not be subject to reservations'),
  provisionalApplication: { allowed: true, basis: article('18', undefined, 'apply provisionally paragraph 1 of Article 1') },
  facts,
  obligations: {
    stockpile: {
      key: 'article4',
      yearsAfterEntryIntoForce: 4,
      basis: article('4', undefined, 'not later than four years after the entry into force of this Convention for that State Party'),
      retainedBasis: article('3', '1', 'the retention or transfer of a number of anti-personnel mines for the development of and training in mine detection, mine clearance, or mine destruction techniques is permitted'),
      heldKind: 'stockpiled',
      completedKind: 'art4-completed',
      noneKind: 'art4-none',
      // Art. 4 provides for no extension of this deadline.
      extension: null,
    },
    clearance: {
      key: 'article5',
      yearsAfterEntryIntoForce: 10,
      basis: article('5', '1', 'not later than ten years after the entry into force of this Convention for that State Party'),
      extensionBasis: article('5', '3', 'submit a request to a Meeting of the States Parties or a Review Conference for an extension of the deadline'),
      affectedKind: 'affected',
      deadlineKind: 'art5-deadline',
      extensionKind: 'art5-extension',
      completedKind: 'art5-completed',
    },
    transparency: {
      key: 'article7',
      initialDaysAfterEntryIntoForce: 180,
      initialBasis: article('7', '1', 'as soon as practicable, and in any event not later than 180 days after the entry into force'),
      annualDue: { month: 4, day: 30 },
      annualBasis: article('7', '2', 'updated by the States Parties annually, covering the last calendar year, and reported to the Secretary-General not later than 30 April of each year'),
      reportKind: 'art7-report',
    },
  },
  text: apmbcText,
};
