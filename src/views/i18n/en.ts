// English interface text.
import type { Messages } from './messages.js';

/** Agreement with a count: "1 has", "2 have". */
const has = (n: number) => (n === 1 ? 'has' : 'have');
const states = (n: number) => (n === 1 ? 'State' : 'States');

const ordinalWords = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const ordinalWord = (n: number) => ordinalWords[n] ?? ordinal(n);
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
const monthsWord = (n: number) => (n === 1 ? 'one month' : `${['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'][n] ?? n} months`);

export const en: Messages = {
  languageName: 'English',
  skipToContent: 'Skip to content',
  nav: { treaties: 'Treaties', status: 'Status', states: 'States', api: 'API' },
  switchLanguage: 'Language',
  clauses: (parts) => `${parts.join('; ')}.`,
  asOfHeading: (date) => `As of ${date}`,
  asOfLabel: 'Show the status on',
  basisLabel: 'Count',
  show: 'Show',
  bases: {
    'un-members-and-parties': 'UN Member States, plus any other State that has joined',
    'all-states': 'all States (UN Member States, Holy See, State of Palestine, Cook Islands, Niue)',
    'un-members': 'UN Member States only',
  },
  countingLine: (description) => `Counting ${description}.`,
  joinedInForce: (n, f, parties) => `${f} ${states(n)} ${has(n)} ratified or acceded to the Convention; it is in force for ${parties} of them.`,
  joinedNotInForce: (n, f) => `${f} ${states(n)} ${has(n)} ratified or acceded to the Convention, which has not yet entered into force.`,
  notYetJoined: (n, f) => `${f} ${states(n)} ${has(n)} not yet ratified or acceded.`,
  notBound: (n, never, neverF, withdrawn, withdrawnF, names) =>
    `${n} States are not bound: ${neverF} ${has(never)} never ratified or acceded; ${withdrawnF} ratified or acceded and later withdrew (${names}).`,
  pendingLine: (n, f, names) => `${f} ${has(n)} ratified or acceded and await${n === 1 ? 's' : ''} entry into force: ${names}.`,
  withdrawalPendingLine: (n, f, list) => `${f} ${has(n)} deposited a withdrawal that has not yet taken effect and remain${n === 1 ? 's' : ''} bound until it does: ${list}.`,
  withdrawalPendingItem: (name, effective) => (effective === null ? `${name} (effect suspended while it is engaged in an armed conflict)` : `${name} (takes effect on ${effective})`),
  signatoriesLine: (n, f, names) => `${f} signed but ${has(n)} not ratified: ${names}.`,
  listParties: (n) => `The ${n} States that have ratified or acceded, with their dates`,
  listNotBound: (n) => `The ${n} States not bound`,
  downloads: 'Download:',
  aboutHeading: 'What the Convention says',
  explanationHeading: 'In plain words (an explanation, not the treaty’s text)',
  officialText: 'The authentic text, at the depositary',
  article: (cite) => (cite === 'preamble' ? 'Preamble' : `Article ${cite}`),
  regionsHeading: 'Regions',
  groupComplete: (group) => `Every State in ${group} has ratified or acceded`,
  groupAllBut: (group, names) => `Every State in ${group} has ratified or acceded except ${names}`,
  groupCounted: (group, joined, f, total) => `${f} of the ${total} States in ${group} ${has(joined)} ratified or acceded`,
  groupWithdrew: (names, _n, date) => `${names} withdrew on ${date}`,
  groupTableCaption: 'Adherence by UN M49 region and sub-region',
  groupColumns: { group: 'Region', members: 'States', joined: 'Ratified or acceded', notJoined: 'Not yet', withdrawn: 'Withdrew' },
  factsHeading: 'Use, production, stockpiles and contamination',
  tally: (subject, total, joined, f, share) =>
    `The record lists ${total} ${subject}; ${f} of them ${has(joined)} ratified or acceded${share === 'majority' ? ': a majority' : share === 'all' ? ': all of them' : share === 'half' ? ': half of them' : ''}.`,
  tallyRecordedLater: (n, f) => `${f} of them ${n === 1 ? 'is' : 'are'} recorded only in later reports, with no known start.`,
  tallyUncertain: (n, f) => `${f} of them ${n === 1 ? 'rests' : 'rest'} on uncertain sources.`,
  tallyNone: (subject) => `The record lists no ${subject} on this date.`,
  stockpilesHeading: 'Largest stockpiles of States not party',
  stockpileItem: (name, count, weapon, asAt, precision) => `${name}: about ${count} ${weapon} (estimate ${precision === 'day' ? 'as at' : 'of'} ${asAt})`,
  otherStockpilers: (names, also) => `${also ? 'Also reported' : 'Reported'} to hold stockpiles, with no estimate known on this date: ${names}.`,
  stockpilesNone: 'The record holds no estimate of the stockpile of a State not party on this date.',
  newUseHeading: 'New use by States not party',
  newUseIntro: (n, f, weapon, since) => `Government forces of ${f} ${states(n)} not party were reported to have used ${weapon} since ${since}, the year the Convention entered into force:`,
  newUseNone: (weapon) => `The record holds no report of ${weapon} used by a State not party after the Convention entered into force, up to this date.`,
  nsagHeading: 'Use by non-State armed groups',
  nsagIntro: (n, f, weapon, years) => `In ${years}, non-State armed groups were reported to have used ${weapon} in ${f} ${states(n)}:`,
  nsagNone: (weapon, years) => `The record holds no report of ${weapon} used by non-State armed groups in ${years}.`,
  uncertain: 'uncertain',
  mapHeading: 'Map',
  mapDescription: 'Each State is coloured and patterned by its status; small States are shown as circles.',
  skipMap: 'Skip the map',
  mapTextAlternative: 'The same information as a list of States',
  otherTerritory: 'Other territory',
  timelineHeading: 'Over time',
  timelineDescription: 'States that had ratified or acceded, and States for which the Convention was in force, day by day.',
  timelineFormallyAccepted: 'Ratified or acceded',
  timelineParties: 'In force',
  labelValue: (label, value) => `${label}: ${value}`,
  year: 'Year',
  numberOfStates: 'Number of States',
  entryIntoForceEvent: 'Entry into force',
  withdrawalEvent: (name) => `${name} withdraws`,
  statuses: {
    'non-party': 'Not party',
    signatory: 'Signatory',
    'pending-entry-into-force': 'Joined, not yet in force',
    party: 'State Party',
    'withdrawal-pending': 'Withdrawing (still bound)',
    withdrawn: 'Withdrawn',
  },
  statesTitle: 'States and the Convention',
  statesCaption: (n, date) => `${n} States as of ${date}`,
  filterStatus: 'Status',
  filterRegion: 'Region',
  filterJoined: 'Ratified or acceded (bound)',
  filterNotJoined: 'Not bound',
  any: 'Any',
  columns: { state: 'State', status: 'Status', signature: 'Signature', consent: 'Ratification or accession', entryIntoForce: 'Entry into force', withdrawal: 'Withdrawal', region: 'Region' },
  consentKinds: { ratification: 'ratification', acceptance: 'acceptance', approval: 'approval', accession: 'accession', succession: 'succession' },
  actionKinds: {
    signature: 'Signature', ratification: 'Ratification', acceptance: 'Acceptance', approval: 'Approval', accession: 'Accession', succession: 'Succession',
    withdrawal: 'Withdrawal', declaration: 'Declaration or communication', 'provisional-application': 'Provisional application', 'territorial-application': 'Territorial application',
  },
  withdrawalSuspended: 'effect suspended (armed conflict)',
  withdrawalCell: (deposited, effective) => `deposited ${deposited}, effective ${effective}`,
  profileStatus: (status, date) => `${status} as of ${date}`,
  summary: {
    party: (name, since) => `${name} is a State Party: the Convention has been in force for it since ${since}.`,
    pending: (name, kind, deposited, inForce) =>
      inForce === null ? `${name} deposited its instrument of ${kind} on ${deposited}; the Convention has not yet entered into force.` : `${name} deposited its instrument of ${kind} on ${deposited}; the Convention enters into force for it on ${inForce}.`,
    signatory: (name, signed) => `${name} signed the Convention on ${signed} but has not ratified it.`,
    nonParty: (name) => `${name} has not joined the Convention.`,
    withdrawalPending: (name, deposited, effective) =>
      effective === null
        ? `${name} deposited a withdrawal on ${deposited}; its effect is suspended while ${name} is engaged in an armed conflict, and ${name} remains bound.`
        : `${name} deposited a withdrawal on ${deposited}; it takes effect on ${effective}, and until then ${name} remains bound.`,
    withdrawn: (name, effective) => `${name} withdrew from the Convention with effect from ${effective}; it is no longer bound.`,
    declaration: (date, kind) => `${kind} of ${date}:`,
  },
  entryIntoForceHeading: 'Entry into force',
  reasonGeneral: (date, threshold, instruments, months) =>
    `${date}: the Convention’s own entry into force, the first day of the ${ordinalWord(months)} month after the month in which the ${ordinal(instruments)} instrument was deposited (${threshold})`,
  reasonLater: (date, deposit, months) => `${date}: the first day of the ${ordinalWord(months)} month after deposit on ${deposit}`,
  reasonSuccession: (date, deposit) => `${date}: the date from which its succession (deposited ${deposit}) takes effect, as the record gives it`,
  withdrawalHeading: 'Withdrawal',
  withdrawalReason: (deposited, effective, months) => `Received by the depositary on ${deposited}; effective ${effective}, ${monthsWord(months)} later`,
  withdrawalReasonSuspended: (deposited) => `Received by the depositary on ${deposited}; its effect is suspended while the State is engaged in an armed conflict`,
  actionsHeading: 'Depositary actions',
  actionColumns: { date: 'Date', action: 'Action', notification: 'Notification', note: 'Note', source: 'Source' },
  effectiveFrom: (date) => `effective ${date}`,
  depositaryPending: (asAt) => `later than the depositary’s status page used (as at ${asAt}); rests on the source given until confirmed there`,
  factsOfState: 'Recorded facts',
  factColumns: { fact: 'Fact', value: 'Value', period: 'Period', reported: 'Reported', note: 'Note', source: 'Source' },
  period: (from, until) => (from === null && until === null ? 'no dates known' : from === null ? `until ${until}` : until === null ? `from ${from}` : from === until ? from : `${from}–${until}`),
  estimateAsAt: (date) => `as at ${date}`,
  confidence: { confirmed: 'confirmed', uncertain: 'uncertain' },
  noActions: 'No depositary actions up to this date.',
  source: 'source',
  notFoundTitle: 'Not found',
  notFound: 'There is no page at this address.',
  badRequestTitle: 'Bad request',
  footer: 'Every number on this site is computed from the record of depositary actions and facts, each with its source.',
  reportError: 'Report a data error',
  reportIntro:
    'Each fact in the record names the page it comes from; where sources disagree, the choice made is recorded with its reason. If a date or a fact is wrong, report it with the State, the fact, the value you believe is right and a source (ideally the UN Treaty Collection or the depositary notification).',
  treatiesTitle: 'Treaties',
  treatiesIntro: 'Who is bound by each treaty, on any date, computed from the depositary’s record.',
  treatyHeadline: (joined, notBound) => `${joined} States have ratified or acceded; ${notBound} are not bound.`,
  stateAcrossTreaties: (name) => `${name} under each treaty`,
  lists: {
    partiesTitle: (shortName) => `States Parties to ${shortName}`,
    partiesSubtitle: 'with the dates of formal acceptance and of entry into force',
    notPartyTitle: (shortName) => `States not party to ${shortName}`,
    partiesCounts: (accepted, fa, withdrawing, fw, withdrawn, fx) =>
      `${fa} ${states(accepted)} ${has(accepted)} formally accepted the Convention` +
      (withdrawing === 0 ? '' : `, ${fw} of them withdrawing`) +
      (withdrawn === 0 ? '.' : `; ${fx} ${withdrawn === 1 ? 'State has' : 'States have'} withdrawn.`),
    notPartyCounts: (n, f, signatories, fs, withdrawn, fx) =>
      `${f} ${states(n)} ${n === 1 ? 'is' : 'are'} not bound by the Convention: ${fs} ${signatories === 1 ? 'has' : 'have'} signed it without ratifying, and ${fx} withdrew.`,
    source: (depositary, asAt) =>
      `Computed by Adherence from its record of depositary actions, each citing its source: the depositary’s status page (${depositary})${asAt === null ? '' : ` as at ${asAt}`} and its notifications. Entry into force for each State is computed under the Convention’s articles.`,
    withdrawingHeading: 'States that have withdrawn or are withdrawing',
    columns: { state: 'State', acceptance: 'Formal acceptance', entryIntoForce: 'Entry into force', withdrawalDeposited: 'Withdrawal deposited', withdrawalEffective: 'Withdrawal takes effect', signature: 'Signature' },
    acceptance: (date, kind) => `${date} (${kind})`,
    notSigned: 'not signed',
    notYetInForce: 'not yet in force',
    suspended: 'suspended (armed conflict)',
    none: 'None.',
    page: (n, total) => `Page ${n} of ${total}`,
    fileSize: (format, kb) => `${format}, ${kb} KB`,
    otherFormats: 'Also as',
  },
};
