// The 1997 Anti-Personnel Mine Ban Convention (UN Treaty Collection chapter XXVI-5): the rule
// parameters, each with the article it comes from.
import { calendarDate } from '../domain/calendar-date.js';
import type { TreatyRules } from '../domain/treaty.js';

const article = (articleNo: string, paragraph: string | undefined, quote: string) =>
  paragraph === undefined
    ? { kind: 'article' as const, treaty: 'apmbc', article: articleNo, quote }
    : { kind: 'article' as const, treaty: 'apmbc', article: articleNo, paragraph, quote };

export const apmbc: TreatyRules = {
  id: 'apmbc',
  name: 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
  shortName: 'Anti-Personnel Mine Ban Convention',
  depositary: 'Secretary-General of the United Nations',
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
  reservationsAllowed: false,
  reservationsBasis: article('19', undefined, 'not be subject to reservations'),
  provisionalApplicationBasis: article('18', undefined, 'apply provisionally paragraph 1 of Article 1'),
};
