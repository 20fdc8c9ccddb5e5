// The facts behind the sentences of the status page, computed for a date from the record:
// which groups are complete, how many former producers (users, stockpilers, ...) joined,
// which non-parties hold the largest stockpiles, who made new use. Views turn them into words.
import type { CalendarDate } from './calendar-date.js';
import { isFormallyAccepted, type CountingBasis } from './counting-basis.js';
import { countsOn, type Counts } from './counts.js';
import { groupCoverage, type GroupCoverage } from './groups.js';
import type { TreatyHistory } from './history.js';
import type { Indicator, IndicatorKind, Iso3 } from './record.js';
import { statusOn, type Status } from './status.js';

/**
 * What a tally counts, and the indicators that are evidence of it: a State that still produces
 * also "at one time produced"; a recorded stockpile or its destruction means it stockpiled.
 */
export const tallyEvidence = {
  produced: ['former-producer', 'current-producer'],
  used: ['used', 'new-use-state'],
  stockpiled: ['stockpiled', 'stockpile-estimate', 'art4-completed'],
  transferred: ['transferred'],
  'mine-affected': ['mine-affected'],
} as const satisfies Record<string, readonly IndicatorKind[]>;
export type TallyKind = keyof typeof tallyEvidence;

export interface IndicatorTally {
  readonly tally: TallyKind;
  /** States the record lists with this indicator (existing on the date). */
  readonly states: readonly Iso3[];
  /** Of those, the ones that have formally accepted the treaty on the date. */
  readonly joined: readonly Iso3[];
  readonly uncertain: number;
}

export interface StockpileEntry {
  readonly iso3: Iso3;
  readonly mines: number;
  readonly year: number | null;
  readonly source: string;
  readonly note: string;
}

export interface NewUseEntry {
  readonly iso3: Iso3;
  readonly years: readonly number[];
}

export interface StatusStatements {
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly counts: Counts;
  readonly groups: readonly GroupCoverage[];
  readonly tallies: readonly IndicatorTally[];
  /** Non-parties with a recorded stockpile estimate, largest first (latest estimate each). */
  readonly largestStockpiles: readonly StockpileEntry[];
  /** Non-parties (on the date) whose government forces were reported to use mines after entry into force. */
  readonly newUseByNonParties: readonly NewUseEntry[];
}

/** An indicator is known on the date if its date and year are not after it. */
export const isKnownOn = (indicator: Indicator, date: CalendarDate): boolean =>
  (indicator.date === null || indicator.date <= date) && (indicator.year === null || indicator.year <= Number(date.slice(0, 4)));

export function statusStatements(treaty: TreatyHistory, indicators: readonly Indicator[], date: CalendarDate, basis: CountingBasis): StatusStatements {
  const statuses = new Map<Iso3, Status>();
  for (const history of treaty.states) {
    const status = statusOn(history, date);
    if (status !== null) statuses.set(history.state.iso3, status);
  }
  const known = indicators.filter((i) => statuses.has(i.iso3) && isKnownOn(i, date));
  const joined = (iso3: Iso3) => isFormallyAccepted(statuses.get(iso3) ?? 'non-party');
  return {
    asOf: date,
    basis,
    counts: countsOn(treaty, date, basis),
    groups: groupCoverage(treaty, date),
    tallies: (Object.keys(tallyEvidence) as TallyKind[]).map((kind) => tally(kind, known, joined)),
    largestStockpiles: largestStockpiles(known, joined),
    newUseByNonParties: newUse(known, joined, treaty),
  };
}

function tally(kind: TallyKind, known: readonly Indicator[], joined: (iso3: Iso3) => boolean): IndicatorTally {
  const evidence: readonly IndicatorKind[] = tallyEvidence[kind];
  const rows = known.filter((i) => evidence.includes(i.indicator) && !(i.indicator === 'mine-affected' && i.value === 'cleared'));
  const states = [...new Set(rows.map((i) => i.iso3))];
  const uncertain = states.filter((iso3) => rows.filter((r) => r.iso3 === iso3).every((r) => r.confidence === 'uncertain')).length;
  return { tally: kind, states, joined: states.filter(joined), uncertain };
}

function largestStockpiles(known: readonly Indicator[], joined: (iso3: Iso3) => boolean): StockpileEntry[] {
  const latest = new Map<Iso3, Indicator>();
  for (const row of known) {
    if (row.indicator !== 'stockpile-estimate' || joined(row.iso3) || row.value === null || !/^\d+$/.test(row.value)) continue;
    const previous = latest.get(row.iso3);
    if (previous === undefined || (row.year ?? 0) >= (previous.year ?? 0)) latest.set(row.iso3, row);
  }
  return [...latest.values()]
    .map((row) => ({ iso3: row.iso3, mines: Number(row.value), year: row.year, source: row.source, note: row.note }))
    .sort((a, b) => b.mines - a.mines || a.iso3.localeCompare(b.iso3));
}

function newUse(known: readonly Indicator[], joined: (iso3: Iso3) => boolean, treaty: TreatyHistory): NewUseEntry[] {
  const since = Number((treaty.general.value?.date ?? '9999').slice(0, 4));
  const years = new Map<Iso3, Set<number>>();
  for (const row of known) {
    if (row.indicator !== 'new-use-state' || joined(row.iso3) || row.year === null || row.year < since) continue;
    years.set(row.iso3, (years.get(row.iso3) ?? new Set()).add(row.year));
  }
  return [...years.entries()].map(([iso3, set]) => ({ iso3, years: [...set].sort() })).sort((a, b) => a.iso3.localeCompare(b.iso3));
}
