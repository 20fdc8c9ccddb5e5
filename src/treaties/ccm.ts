// The 2008 Convention on Cluster Munitions (UN Treaty Collection chapter XXVI-6): the rule
// parameters, each with the article it comes from, and the kinds of fact its statements use.
import { calendarDate } from '../domain/calendar-date.js';
import type { TreatyFacts, TreatyRules } from '../domain/treaty.js';
import { articleOf } from './article.js';
import { ccmText } from './ccm-text.js';

const article = articleOf('ccm');

/** Cluster munitions: who produced, stockpiled, used and transferred them, where remnants lie. */
const facts: TreatyFacts = {
  kinds: [
    { id: 'produced', value: 'none' },
    { id: 'stockpiled', value: 'none' },
    { id: 'stockpile-estimate', value: 'count' },
    { id: 'used', value: 'none' },
    { id: 'transferred', value: 'none' },
    { id: 'contaminated', value: 'text' },
    { id: 'stockpile-destroyed', value: 'none' },
    { id: 'no-stockpile', value: 'none' },
    { id: 'stockpile-extension', value: 'date', deadline: true },
    { id: 'clearance-deadline', value: 'date', deadline: true },
    { id: 'clearance-extension', value: 'date', deadline: true },
    { id: 'clearance-completed', value: 'none' },
    { id: 'transparency-report', value: 'text' },
  ],
  tallies: [
    { id: 'contaminated', kinds: ['contaminated'] },
    { id: 'any-activity', kinds: ['produced', 'stockpiled', 'stockpile-estimate', 'used', 'transferred'] },
    { id: 'produced', kinds: ['produced'] },
    { id: 'used', kinds: ['used'] },
    { id: 'stockpiled', kinds: ['stockpiled', 'stockpile-estimate'] },
    { id: 'transferred', kinds: ['transferred'] },
  ],
  stockpileEstimate: 'stockpile-estimate',
  stockpiled: 'stockpiled',
  stateUse: 'used',
  // Use by non-State armed groups is not recorded for this treaty: the page says nothing of it.
  nsagUse: null,
};

export const ccm: TreatyRules = {
  id: 'ccm',
  depositaryReference: 'UN Treaty Collection, chapter XXVI-6',
  textUrl: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-6&chapter=26',
  adopted: calendarDate('2008-05-30'),
  signature: {
    // Art. 15: open for signature at Oslo on 3 December 2008, then at UN Headquarters until entry into force.
    opens: calendarDate('2008-12-03'),
    closesAtEntryIntoForce: true,
    basis: article('15', undefined, 'open for signature at Oslo ... and thereafter at United Nations Headquarters ... until its entry into force'),
  },
  consent: {
    // Art. 16(1)-(2): signatories ratify, accept or approve; any State that did not sign accedes.
    bySignatory: ['ratification', 'acceptance', 'approval'],
    byNonSignatory: ['accession'],
    basis: article('16', undefined, 'subject to ratification, acceptance or approval by the Signatories ... open for accession by any State that has not signed'),
  },
  entryIntoForce: {
    instruments: 30,
    generalMonthsAfter: 6,
    general: article('17', '1', 'the first day of the sixth month after the month in which the thirtieth instrument ... has been deposited'),
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
  provisionalApplication: { allowed: true, basis: article('18', undefined, 'apply provisionally Article 1 of this Convention pending its entry into force') },
  facts,
  obligations: {
    stockpile: {
      key: 'article3',
      yearsAfterEntryIntoForce: 8,
      basis: article('3', '2', 'not later than eight years after the entry into force of this Convention for that State Party'),
      retainedBasis: article('3', '6', 'the retention or acquisition of a limited number of cluster munitions and explosive submunitions for the development of and training in ... detection, clearance or destruction techniques'),
      heldKind: 'stockpiled',
      completedKind: 'stockpile-destroyed',
      noneKind: 'no-stockpile',
      extension: {
        kind: 'stockpile-extension',
        basis: article('3', '3', 'submit a request to a Meeting of States Parties or a Review Conference for an extension of the deadline for completing the destruction of such cluster munitions by a period of up to four years'),
      },
    },
    clearance: {
      key: 'article4',
      yearsAfterEntryIntoForce: 10,
      basis: article('4', '1', 'at the date of entry into force of this Convention for that State Party ... not later than ten years from that date'),
      extensionBasis: article('4', '5', 'submit a request to a Meeting of States Parties or a Review Conference for an extension of the deadline'),
      affectedKind: 'contaminated',
      deadlineKind: 'clearance-deadline',
      extensionKind: 'clearance-extension',
      completedKind: 'clearance-completed',
    },
    transparency: {
      key: 'article7',
      initialDaysAfterEntryIntoForce: 180,
      initialBasis: article('7', '1', 'as soon as practicable, and in any event not later than 180 days after the entry into force'),
      annualDue: { month: 4, day: 30 },
      annualBasis: article('7', '2', 'shall be updated by the States Parties annually, covering the previous calendar year, and reported to the Secretary-General of the United Nations not later than 30 April of each year'),
      reportKind: 'transparency-report',
    },
  },
  text: ccmText,
};
