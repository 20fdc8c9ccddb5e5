// What the public pages and the API show, computed once per record for every treaty it holds,
// and for a date on demand.
import { addDays, toDayNumber, type CalendarDate } from '../domain/calendar-date.js';
import { isCounted, isFormallyAccepted, type CountingBasis } from '../domain/counting-basis.js';
import { countsSeries, type DailyCounts } from '../domain/counts.js';
import { standingOn } from '../domain/facts.js';
import { buildHistory, type TreatyHistory } from '../domain/history.js';
import type { Action, Indicator, Iso3, State, TreatyRecord } from '../domain/record.js';
import { gradeSource, sourceUrls } from '../domain/sources.js';
import { stateDetail, stateSummaries, type StateDetail, type StateSummary } from '../domain/state-summary.js';
import { statusStatements, type StatusStatements } from '../domain/statements.js';
import { statuses, statusOn, type Status } from '../domain/status.js';
import type { TreatyRules } from '../domain/treaty.js';
import { treatyRecord, type FullRecord } from './ports.js';

/** Names for every language: the States (with their UN French and Spanish names) and the M49 groups. */
export interface Names {
  readonly states: ReadonlyMap<Iso3, State>;
  /** M49 code to the record's English name. */
  readonly groups: ReadonlyMap<string, string>;
}

export interface TreatySite {
  readonly rules: TreatyRules;
  readonly record: TreatyRecord;
  readonly history: TreatyHistory;
  /** The "as at" date of the latest depositary status page the treaty's actions cite, or null if none does. */
  readonly depositaryAsAt: CalendarDate | null;
  /** Actions later than the depositary status page their treaty's record cites, with that page's "as at" date. */
  readonly awaitingDepositary: ReadonlyMap<Action, CalendarDate>;
}

export interface Site {
  /** In the order the build lists its treaties; only treaties the record holds. */
  readonly treaties: ReadonlyMap<string, TreatySite>;
  readonly names: Names;
  /** Groups that have at least one State, by code. */
  readonly groupCodes: readonly string[];
}

/** The site for a whole record: every treaty the build knows and the record holds. */
export function site(record: FullRecord, known: readonly TreatyRules[]): Site {
  const { reference } = record;
  const depositaryPages = reference.sources.filter((s) => s.grade === 'depositary' && s.asAt !== null);
  const treaties = new Map<string, TreatySite>();
  for (const rules of known) {
    if (!record.treaties.some((t) => t.treaty === rules.id)) continue;
    const own = treatyRecord(record, rules.id);
    // The latest "as at" of the depositary pages this treaty's actions cite: later actions await it.
    const cited = own.actions.flatMap((a) => sourceUrls(a.source).map((url) => gradeSource(url, depositaryPages).site?.asAt ?? null));
    const asAt = cited.filter((d): d is CalendarDate => d !== null).sort().at(-1) ?? null;
    const awaiting = new Map(asAt === null ? [] : own.actions.filter((a) => a.date > asAt).map((a) => [a, asAt] as const));
    treaties.set(rules.id, { rules, record: own, history: buildHistory(own, rules), depositaryAsAt: asAt, awaitingDepositary: awaiting });
  }
  const used = new Set(reference.states.flatMap((s) => [s.region, s.subRegion, ...(s.intermediateRegion === null ? [] : [s.intermediateRegion])]));
  return {
    treaties,
    names: { states: new Map(reference.states.map((s) => [s.iso3, s])), groups: new Map(reference.regions.map((r) => [r.code, r.name])) },
    groupCodes: reference.regions.map((r) => r.code).filter((code) => used.has(code)),
  };
}

export interface TimelineEvent {
  readonly date: CalendarDate;
  readonly kind: 'entry-into-force' | 'withdrawal';
  readonly iso3: Iso3 | null;
}

/** What the timeline draws up to a date: the counts of every day and the events it marks. */
export interface TimelineModel {
  readonly series: readonly DailyCounts[];
  readonly events: readonly TimelineEvent[];
}

export interface StatusModel {
  readonly statements: StatusStatements;
  readonly entryIntoForce: CalendarDate | null;
  readonly states: readonly { readonly state: State; readonly status: Status }[];
}

/**
 * The counts for every day from the opening for signature, computed once per record and basis
 * up to the latest date asked, and cut at each date: a day's counts do not depend on any later
 * date, so the series to any date is the beginning of the series to a later one.
 */
const seriesCache = new WeakMap<TreatyHistory, Map<CountingBasis, DailyCounts[]>>();
function seriesUntil(s: TreatySite, asOf: CalendarDate, basis: CountingBasis): readonly DailyCounts[] {
  const opens = s.rules.signature.opens;
  if (asOf < opens) return [];
  let byBasis = seriesCache.get(s.history);
  if (byBasis === undefined) seriesCache.set(s.history, (byBasis = new Map()));
  let series = byBasis.get(basis);
  if (series === undefined) byBasis.set(basis, (series = countsSeries(s.history, opens, asOf, basis)));
  const last = series.at(-1)?.date ?? opens;
  // A later date extends the series by its own days only, never counting again from the opening.
  if (last < asOf) series.push(...countsSeries(s.history, addDays(last, 1), asOf, basis));
  return series.slice(0, toDayNumber(asOf) - toDayNumber(opens) + 1);
}

/** The counts of every day to the date, and the entry into force and withdrawals that took effect by then. */
export function timelineModel(s: TreatySite, asOf: CalendarDate, basis: CountingBasis): TimelineModel {
  const general = s.history.general.value?.date ?? null;
  const withdrawals: TimelineEvent[] = s.history.states.flatMap((h) =>
    h.episodes.flatMap((e) => {
      const effective = e.withdrawal?.effect.value.effective ?? null;
      return effective !== null && effective <= asOf ? [{ date: effective, kind: 'withdrawal' as const, iso3: h.state.iso3 }] : [];
    }),
  );
  return {
    series: seriesUntil(s, asOf, basis),
    events: [...(general !== null && general <= asOf ? [{ date: general, kind: 'entry-into-force' as const, iso3: null }] : []), ...withdrawals].sort((a, b) =>
      a.date.localeCompare(b.date),
    ),
  };
}

export function statusModel(s: TreatySite, asOf: CalendarDate, basis: CountingBasis): StatusModel {
  const existing = s.history.states.flatMap((h) => {
    const status = statusOn(h, asOf);
    return status === null ? [] : [{ state: h.state, status }];
  });
  return {
    statements: statusStatements(s.history, s.record.indicators, asOf, basis),
    entryIntoForce: s.history.general.value?.date ?? null,
    states: existing,
  };
}

/** "joined": formally accepted and bound; "not-joined": not bound (never joined, or withdrew); or one status. */
export const statusFilters = ['joined', 'not-joined', ...statuses] as const;
export type StatusFilter = (typeof statusFilters)[number];

const matches = (filter: StatusFilter | null, status: Status) =>
  filter === null || (filter === 'joined' ? isFormallyAccepted(status) : filter === 'not-joined' ? !isFormallyAccepted(status) : status === filter);

export interface StateRow extends StateSummary {
  readonly region: string;
  readonly subRegion: string;
  readonly intermediateRegion: string | null;
}

/**
 * States on the date (sorted by name) that the counting basis counts, filtered by status and
 * by M49 group code: the list behind each count of the status page has exactly that count.
 */
export function stateRows(s: TreatySite, asOf: CalendarDate, basis: CountingBasis, status: StatusFilter | null, group: string | null): StateRow[] {
  return stateSummaries(s.history, asOf).flatMap((row) => {
    const state = s.history.byIso3.get(row.iso3)?.state;
    if (state === undefined || !matches(status, row.status) || !isCounted(basis, state, row.status, asOf)) return [];
    if (group !== null && ![state.region, state.subRegion, state.intermediateRegion].includes(group)) return [];
    return [{ ...row, region: state.region, subRegion: state.subRegion, intermediateRegion: state.intermediateRegion }];
  });
}

/** A row without its M49 codes: the shape every list of States is published in (API, CLI, CSV). */
export const summaryOf = ({ iso3, name, status, signature, consent, entryIntoForce, entryIntoForceBasis, withdrawal }: StateRow): StateSummary => ({
  iso3, name, status, signature, consent, entryIntoForce, entryIntoForceBasis, withdrawal,
});

export interface StateProfile {
  readonly state: State;
  readonly detail: StateDetail;
  readonly indicators: readonly Indicator[];
}

/** Null when the State is unknown; detail null when it does not exist on the date. */
export function stateProfile(s: TreatySite, iso3: Iso3, asOf: CalendarDate): StateProfile | { readonly state: State; readonly detail: null } | null {
  const history = s.history.byIso3.get(iso3);
  if (history === undefined) return null;
  const detail = stateDetail(s.history, history, asOf);
  if (detail === null) return { state: history.state, detail: null };
  const order = new Map(s.rules.facts.kinds.map((k, i) => [k.id, i]));
  const start = (i: Indicator) => i.from ?? i.reported ?? '';
  const indicators = s.record.indicators
    .filter((i) => i.iso3 === iso3 && standingOn(i, asOf) !== 'not-yet')
    .sort((a, b) => (order.get(a.indicator) ?? 99) - (order.get(b.indicator) ?? 99) || start(a).localeCompare(start(b)));
  return { state: history.state, detail, indicators };
}
