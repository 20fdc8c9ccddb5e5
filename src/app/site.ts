// What the public pages and the API show, computed from one loaded treaty for a date.
import type { CalendarDate } from '../domain/calendar-date.js';
import { isFormallyAccepted, type CountingBasis } from '../domain/counting-basis.js';
import { countsSeries, type DailyCounts } from '../domain/counts.js';
import type { TreatyHistory } from '../domain/history.js';
import type { Indicator, Iso3, State, TreatyRecord } from '../domain/record.js';
import { stateDetail, stateSummaries, type StateDetail, type StateSummary } from '../domain/state-summary.js';
import { statusStatements, type StatusStatements } from '../domain/statements.js';
import { statusOn, type Status } from '../domain/status.js';
import type { TreatyRules } from '../domain/treaty.js';

export interface Site {
  readonly rules: TreatyRules;
  readonly record: TreatyRecord;
  readonly history: TreatyHistory;
  readonly stateNames: ReadonlyMap<Iso3, string>;
  readonly groupNames: ReadonlyMap<string, string>;
}

export function site(rules: TreatyRules, record: TreatyRecord, history: TreatyHistory, groupNames: ReadonlyMap<string, string>): Site {
  return { rules, record, history, stateNames: new Map(record.states.map((s) => [s.iso3, s.name])), groupNames };
}

export interface TimelineEvent {
  readonly date: CalendarDate;
  readonly kind: 'entry-into-force' | 'withdrawal';
  readonly iso3: Iso3 | null;
}

export interface StatusModel {
  readonly statements: StatusStatements;
  readonly entryIntoForce: CalendarDate | null;
  readonly signatories: readonly Iso3[];
  readonly withdrawn: readonly Iso3[];
  readonly series: readonly DailyCounts[];
  readonly events: readonly TimelineEvent[];
  readonly states: readonly { readonly state: State; readonly status: Status }[];
}

export function statusModel(s: Site, asOf: CalendarDate, basis: CountingBasis): StatusModel {
  const existing = s.history.states.flatMap((h) => {
    const status = statusOn(h, asOf);
    return status === null ? [] : [{ state: h.state, status }];
  });
  const general = s.history.general.value?.date ?? null;
  const withdrawals: TimelineEvent[] = s.history.states.flatMap((h) =>
    h.episodes.flatMap((e) => {
      const effective = e.withdrawal?.effect.value.effective ?? null;
      return effective !== null && effective <= asOf ? [{ date: effective, kind: 'withdrawal' as const, iso3: h.state.iso3 }] : [];
    }),
  );
  return {
    statements: statusStatements(s.history, s.record.indicators, asOf, basis),
    entryIntoForce: general,
    signatories: existing.filter((e) => e.status === 'signatory').map((e) => e.state.iso3),
    withdrawn: existing.filter((e) => e.status === 'withdrawn').map((e) => e.state.iso3),
    series: countsSeries(s.history, s.rules.signature.opens, asOf, basis),
    events: [...(general !== null && general <= asOf ? [{ date: general, kind: 'entry-into-force' as const, iso3: null }] : []), ...withdrawals].sort((a, b) =>
      a.date.localeCompare(b.date),
    ),
    states: existing,
  };
}

export type StatusFilter = Status | 'joined' | 'not-joined';

const matches = (filter: StatusFilter | null, status: Status) =>
  filter === null || (filter === 'joined' ? isFormallyAccepted(status) : filter === 'not-joined' ? !isFormallyAccepted(status) : status === filter);

export interface StateRow extends StateSummary {
  readonly region: string;
  readonly subRegion: string;
  readonly intermediateRegion: string | null;
}

/** States on the date (sorted by name), filtered by status and by M49 group code. */
export function stateRows(s: Site, asOf: CalendarDate, status: StatusFilter | null, group: string | null): StateRow[] {
  const byIso3 = new Map(s.record.states.map((st) => [st.iso3, st]));
  return stateSummaries(s.history, asOf).flatMap((row) => {
    const state = byIso3.get(row.iso3);
    if (state === undefined || !matches(status, row.status)) return [];
    if (group !== null && ![state.region, state.subRegion, state.intermediateRegion].includes(group)) return [];
    return [{ ...row, region: state.region, subRegion: state.subRegion, intermediateRegion: state.intermediateRegion }];
  });
}

export interface StateProfile {
  readonly state: State;
  readonly detail: StateDetail;
  readonly indicators: readonly Indicator[];
}

/** Null when the State is unknown; detail null when it does not exist on the date. */
export function stateProfile(s: Site, iso3: Iso3, asOf: CalendarDate): StateProfile | { readonly state: State; readonly detail: null } | null {
  const history = s.history.byIso3.get(iso3);
  if (history === undefined) return null;
  const detail = stateDetail(s.history, history, asOf);
  if (detail === null) return { state: history.state, detail: null };
  const indicators = s.record.indicators.filter((i) => i.iso3 === iso3).sort((a, b) => a.indicator.localeCompare(b.indicator) || (a.year ?? 0) - (b.year ?? 0));
  return { state: history.state, detail, indicators };
}
