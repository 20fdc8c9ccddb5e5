// A State's obligations on a date as the CLI, the API, the exports and the pages publish them:
// under the keys the treaty module gives ("article4"), each with its deadline, the articles
// behind it, its status, when it was met and the sources.
import { citeAll } from '../domain/basis.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import type { Iso3 } from '../domain/record.js';
import { obligationIds, stateObligations, type StateObligations } from '../domain/obligations.js';
import type { ObligationOn, ObligationStatus } from '../domain/rules/obligation.js';
import { statusOn } from '../domain/status.js';
import type { ObligationId } from '../domain/treaty.js';
import type { TreatySite } from './site.js';

export interface ObligationReport {
  readonly obligation: ObligationId;
  readonly deadline: CalendarDate | null;
  /** Short citation, e.g. "Art. 5(1), Art. 5(3), record: art5-extension". */
  readonly basis: string;
  readonly status: ObligationStatus;
  readonly met: string | null;
  readonly sources: readonly string[];
}

export interface ObligationsReport {
  readonly entryIntoForce: CalendarDate;
  readonly endedOn: CalendarDate | null;
  readonly [key: string]: ObligationReport | CalendarDate | null;
}

const reportOf = (obligation: ObligationId, answer: ObligationOn): ObligationReport => ({
  obligation,
  deadline: answer.deadline,
  basis: citeAll(answer.basis),
  status: answer.status,
  met: answer.met,
  sources: answer.sources,
});

export function obligationsOf(s: TreatySite, iso3: Iso3, asOf: CalendarDate): StateObligations | null {
  const history = s.history.byIso3.get(iso3);
  return history === undefined ? null : stateObligations(s.history, history, s.record.indicators, asOf);
}

/** Null unless the State had consented and its entry into force was known on the date. */
export function obligationsReport(s: TreatySite, iso3: Iso3, asOf: CalendarDate): ObligationsReport | null {
  const found = obligationsOf(s, iso3, asOf);
  if (found === null) return null;
  const keyed = Object.fromEntries(obligationIds.map((id) => [s.rules.obligations[id].key, reportOf(id, found[id])]));
  return { entryIntoForce: found.entryIntoForce, endedOn: found.endedOn, ...keyed };
}

export interface ObligationsRow {
  readonly iso3: Iso3;
  readonly name: string;
  readonly obligations: StateObligations;
  /** The earliest deadline still open on the date (missed, or the next to fall due), or null. */
  readonly next: { readonly obligation: ObligationId; readonly deadline: CalendarDate; readonly status: ObligationStatus } | null;
}

const open = new Set<ObligationStatus>(['due', 'missed', 'interim']);

/** Every State bound on the date or withdrawn, with its obligations, in the record's name order. */
export function obligationsRows(s: TreatySite, asOf: CalendarDate): ObligationsRow[] {
  return s.history.states.flatMap((history) => {
    const status = statusOn(history, asOf);
    if (status === null || status === 'non-party' || status === 'signatory') return [];
    const obligations = stateObligations(s.history, history, s.record.indicators, asOf);
    if (obligations === null) return [];
    const candidates = obligationIds.flatMap((id) => {
      const answer = obligations[id];
      // A missed deadline stays the one to meet; otherwise the next one to fall due.
      if (answer.deadline === null || !(open.has(answer.status) || (answer.status === 'not-recorded' && answer.deadline >= asOf))) return [];
      return [{ obligation: id, deadline: answer.deadline, status: answer.status }];
    });
    const next = candidates.sort((a, b) => a.deadline.localeCompare(b.deadline))[0] ?? null;
    return [{ iso3: history.state.iso3, name: history.state.name, obligations, next }];
  });
}

export interface ObligationsListEntry {
  readonly iso3: Iso3;
  readonly name: string;
  readonly next: ObligationsRow['next'];
  readonly obligations: ObligationsReport;
}

/** The list the API and the CSV publish: every State with obligations on the date, by name. */
export function obligationsList(s: TreatySite, asOf: CalendarDate): { readonly treaty: string; readonly asOf: CalendarDate; readonly states: readonly ObligationsListEntry[] } {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  const states = obligationsRows(s, asOf)
    .sort((a, b) => collator.compare(a.name, b.name))
    .flatMap((row) => {
      const obligations = obligationsReport(s, row.iso3, asOf);
      return obligations === null ? [] : [{ iso3: row.iso3, name: row.name, next: row.next, obligations }];
    });
  return { treaty: s.rules.id, asOf, states };
}
