// Every piece of interface text, per language. Sentences that carry numbers, names or the
// treaty's own words are functions, so that each language can place them and agree in number;
// nothing here names a treaty's numbers, weapon or articles (those come from its module).
import type { ChangeKind } from '../../domain/changes.js';
import type { ActionKind, ConsentKind } from '../../domain/record.js';
import type { Status } from '../../domain/status.js';
import type { CountingBasis } from '../../domain/counting-basis.js';

/** How many of a tally's States have joined, as the sentence reports it. */
export type Share = 'all' | 'majority' | 'half' | 'minority' | 'none';

export interface Messages {
  languageName: string;
  skipToContent: string;
  nav: { treaties: string; status: string; states: string; changes: string; api: string };
  switchLanguage: string;
  /** Joins clauses into one sentence: "A; B." (French puts a space before the semicolon). */
  clauses: (parts: readonly string[]) => string;
  asOfHeading: (date: string) => string;
  asOfLabel: string;
  /** In place of the date form in a static copy of the site, which cannot answer for other dates. */
  staticCopy: (date: string) => string;
  basisLabel: string;
  show: string;
  bases: Record<CountingBasis, string>;
  countingLine: (description: string) => string;
  joinedInForce: (n: number, formatted: string, parties: string) => string;
  joinedNotInForce: (n: number, formatted: string) => string;
  notYetJoined: (n: number, formatted: string) => string;
  notBound: (n: string, never: number, neverFormatted: string, withdrawn: number, withdrawnFormatted: string, names: string) => string;
  pendingLine: (n: number, formatted: string, names: string) => string;
  withdrawalPendingLine: (n: number, formatted: string, list: string) => string;
  withdrawalPendingItem: (name: string, effective: string | null) => string;
  signatoriesLine: (n: number, formatted: string, names: string) => string;
  listParties: (n: string) => string;
  listNotBound: (n: string) => string;
  downloads: string;
  aboutHeading: string;
  explanationHeading: string;
  officialText: string;
  article: (cite: string) => string;
  regionsHeading: string;
  groupComplete: (group: string) => string;
  groupAllBut: (group: string, names: string) => string;
  groupCounted: (group: string, joined: number, formattedJoined: string, total: string) => string;
  groupWithdrew: (names: string, n: number, date: string) => string;
  groupTableCaption: string;
  groupColumns: { group: string; members: string; joined: string; notJoined: string; withdrawn: string };
  factsHeading: string;
  tally: (subject: string, total: string, joined: number, formattedJoined: string, share: Share) => string;
  tallyRecordedLater: (n: number, formatted: string) => string;
  tallyUncertain: (n: number, formatted: string) => string;
  tallyNone: (subject: string) => string;
  stockpilesHeading: string;
  stockpileItem: (name: string, count: string, weapon: string, asAt: string, precision: 'year' | 'month' | 'day') => string;
  /** `also`: the estimates above are listed too. */
  otherStockpilers: (names: string, also: boolean) => string;
  stockpilesNone: string;
  newUseHeading: string;
  newUseIntro: (n: number, formatted: string, weapon: string, since: number) => string;
  newUseNone: (weapon: string) => string;
  nsagHeading: string;
  nsagIntro: (n: number, formatted: string, weapon: string, years: string) => string;
  nsagNone: (weapon: string, years: string) => string;
  uncertain: string;
  mapHeading: string;
  mapDescription: string;
  skipMap: string;
  mapTextAlternative: string;
  otherTerritory: string;
  timelineHeading: string;
  timelineDescription: string;
  timelineFormallyAccepted: string;
  timelineParties: string;
  /** A label and its value: "In force: 161", « En vigueur : 161 ». */
  labelValue: (label: string, value: string) => string;
  year: string;
  numberOfStates: string;
  entryIntoForceEvent: string;
  withdrawalEvent: (name: string) => string;
  statuses: Record<Status, string>;
  statesTitle: string;
  statesCaption: (n: string, date: string) => string;
  filterStatus: string;
  filterRegion: string;
  filterJoined: string;
  filterNotJoined: string;
  any: string;
  columns: { state: string; status: string; signature: string; consent: string; entryIntoForce: string; withdrawal: string; region: string };
  consentKinds: Record<ConsentKind, string>;
  actionKinds: Record<ActionKind, string>;
  withdrawalSuspended: string;
  withdrawalCell: (deposited: string, effective: string) => string;
  /** The date an editor's reviewed change last reached the State's record. */
  lastChanged: (date: string) => string;
  profileStatus: (status: string, date: string) => string;
  summary: {
    party: (name: string, since: string) => string;
    pending: (name: string, kind: string, deposited: string, inForce: string | null) => string;
    signatory: (name: string, signed: string) => string;
    nonParty: (name: string) => string;
    withdrawalPending: (name: string, deposited: string, effective: string | null) => string;
    withdrawn: (name: string, effective: string) => string;
    declaration: (date: string, kind: string) => string;
  };
  entryIntoForceHeading: string;
  reasonGeneral: (date: string, threshold: string, instruments: number, months: number) => string;
  reasonLater: (date: string, deposit: string, months: number) => string;
  reasonSuccession: (date: string, deposit: string) => string;
  withdrawalHeading: string;
  withdrawalReason: (deposited: string, effective: string, months: number) => string;
  withdrawalReasonSuspended: (deposited: string) => string;
  actionsHeading: string;
  actionColumns: { date: string; action: string; notification: string; note: string; source: string };
  effectiveFrom: (date: string) => string;
  depositaryPending: (asAt: string) => string;
  factsOfState: string;
  factColumns: { fact: string; value: string; period: string; reported: string; note: string; source: string };
  period: (from: string | null, until: string | null) => string;
  /** The date an estimate describes. */
  estimateAsAt: (date: string) => string;
  confidence: { confirmed: string; uncertain: string };
  noActions: string;
  source: string;
  notFoundTitle: string;
  notFound: string;
  badRequestTitle: string;
  /** The title of the page for a fault on our side (500). */
  serverErrorTitle: string;
  /** What the error page says for a request refused before any page could read it. */
  requestErrors: {
    badRequest: string;
    uriTooLong: string;
    headersTooLarge: string;
    bodyTooLarge: string;
    mediaType: string;
    timeout: string;
    internal: string;
  };
  footer: string;
  reportError: string;
  reportIntro: string;
  treatiesTitle: string;
  treatiesIntro: string;
  treatyHeadline: (joined: string, notBound: string) => string;
  stateAcrossTreaties: (name: string) => string;
  /** The page of what changed between two dates. */
  changes: {
    title: string;
    period: (from: string, to: string) => string;
    fromLabel: string;
    toLabel: string;
    /** What the page shows when no dates are given. */
    defaultPeriod: string;
    count: (n: number, formatted: string) => string;
    none: string;
    caption: (from: string, to: string) => string;
    columns: { date: string; state: string; change: string; basis: string; notification: string; source: string };
    /** Computed changes, and a withdrawal as deposited; other recorded actions are named by actionKinds. */
    kinds: Record<Exclude<ChangeKind, ActionKind> | 'withdrawal', string>;
    /** The consent an entry into force rests on: "ratification of 16 September 1998". */
    restsOn: (kind: string, date: string) => string;
    /** The status page's link to the last twelve months. */
    recentLink: string;
    feedLink: string;
  };
  /** The Atom feed of depositary actions. */
  feed: {
    /** `treaty`: its short name, capitalised. */
    title: (treaty: string) => string;
    subtitle: string;
    entryTitle: (name: string, kind: string) => string;
    entrySummary: (kind: string, name: string, date: string, cn: string | null) => string;
  };
  lists: ListMessages;
}

/** The printed and downloadable lists of States Parties and of States not party. */
export interface ListMessages {
  /** `shortName` is the treaty's name as it reads in a sentence, with its article. */
  partiesTitle: (shortName: string) => string;
  partiesSubtitle: string;
  notPartyTitle: (shortName: string) => string;
  /** How many the list holds: formally accepted, of which withdrawing; withdrawn set apart. */
  partiesCounts: (accepted: number, formattedAccepted: string, withdrawing: number, formattedWithdrawing: string, withdrawn: number, formattedWithdrawn: string) => string;
  notPartyCounts: (n: number, formatted: string, signatories: number, formattedSignatories: string, withdrawn: number, formattedWithdrawn: string) => string;
  /** Where the record comes from: the depositary and its status page's "as at" date, if the record cites one. */
  source: (depositary: string, asAt: string | null) => string;
  withdrawingHeading: string;
  columns: { state: string; acceptance: string; entryIntoForce: string; withdrawalDeposited: string; withdrawalEffective: string; signature: string };
  acceptance: (date: string, kind: string) => string;
  notSigned: string;
  /** An entry into force the record cannot date yet (the treaty itself is not in force). */
  notYetInForce: string;
  suspended: string;
  none: string;
  page: (n: number, total: number) => string;
  /** "PDF, 128 KB" beside a link. */
  fileSize: (format: string, kilobytes: string) => string;
  otherFormats: string;
}
