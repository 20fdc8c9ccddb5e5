// The published lists of a treaty on a date, as its secretariat prints them: the States Parties
// with their dates of formal acceptance and entry into force (States that withdrew or are
// withdrawing set apart), and the States not party. Every format (PDF, CSV, XLSX, JSON) is
// written from these rows, so the formats cannot disagree.
import type { CalendarDate } from '../domain/calendar-date.js';
import { countsOn, type Counts } from '../domain/counts.js';
import type { CountingBasis } from '../domain/counting-basis.js';
import type { StateSummary } from '../domain/state-summary.js';
import type { Status } from '../domain/status.js';
import { stateRows, summaryOf, type TreatySite } from './site.js';

export const listNames = ['states-parties', 'states-not-party'] as const;
export type ListName = (typeof listNames)[number];

/**
 * Where a row is printed: the States Parties list shows the States bound, or awaiting entry into
 * force, first ("main") and those that withdrew or are withdrawing apart; the States not party
 * list is one section.
 */
export type ListSection = 'main' | 'withdrawing';

export interface ListRow extends StateSummary {
  readonly section: ListSection;
}

export interface StateList {
  readonly treaty: string;
  readonly list: ListName;
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly counts: Counts;
  /** In the record's (English) name order within each section, main section first. */
  readonly rows: readonly ListRow[];
}

const withdrawing: ReadonlySet<Status> = new Set(['withdrawal-pending', 'withdrawn']);
const notParty: ReadonlySet<Status> = new Set(['non-party', 'signatory', 'withdrawn']);

/**
 * The list on the date over the States the basis counts. The States Parties list holds every
 * State that has formally accepted the treaty (bound, awaiting entry into force, or withdrawing)
 * and, set apart, those whose withdrawal has taken effect; the States not party list every State
 * not bound (never joined, or withdrew).
 */
export function stateList(s: TreatySite, list: ListName, asOf: CalendarDate, basis: CountingBasis): StateList {
  const all = stateRows(s, asOf, basis, null, null).map(summaryOf);
  const rows: ListRow[] =
    list === 'states-parties'
      ? [
          ...all.filter((r) => r.status === 'party' || r.status === 'pending-entry-into-force').map((r) => ({ ...r, section: 'main' as const })),
          ...all.filter((r) => withdrawing.has(r.status)).map((r) => ({ ...r, section: 'withdrawing' as const })),
        ]
      : all.filter((r) => notParty.has(r.status)).map((r) => ({ ...r, section: 'main' as const }));
  return { treaty: s.rules.id, list, asOf, basis, counts: countsOn(s.history, asOf, basis), rows };
}
