// The facts behind the sentences of the status page, for a date, from the record as it stood and
// the facts true then: which groups are complete, how many of the States that at one time
// produced (used, stockpiled, ...) have joined, which non-parties hold the largest stockpiles,
// who made new use, where non-State armed groups used the weapon. Views turn them into words.
import type { CalendarDate } from './calendar-date.js';
import { isCounted, isFormallyAccepted, type CountingBasis } from './counting-basis.js';
import { countsOn, type Counts } from './counts.js';
import { factYear, isOnOrBefore, type FactDate } from './fact-date.js';
import { isEverBy, standingOn, yearsWithin } from './facts.js';
import { groupCoverage, type GroupCoverage } from './groups.js';
import type { TreatyHistory } from './history.js';
import type { Indicator, Iso3 } from './record.js';
import { episodeOn, statusOn, type Status } from './status.js';
import type { TreatyFacts } from './treaty.js';

export interface TallyStatement {
  readonly tally: string;
  /** States (existing on the date) with a fact of the tally's kinds that had begun by the date. */
  readonly states: readonly Iso3[];
  /** Of those, the ones that have formally accepted the treaty on the date. */
  readonly joined: readonly Iso3[];
  /** Of those, the ones whose facts are all marked uncertain. */
  readonly uncertain: readonly Iso3[];
  /** Of those, the ones known only from reports later than the date, with no known start. */
  readonly recordedLater: readonly Iso3[];
}

export interface StockpileEntry {
  readonly iso3: Iso3;
  readonly count: number;
  /** When the figure holds: its own date, else the date of its report. */
  readonly asAt: FactDate;
  readonly confidence: 'confirmed' | 'uncertain';
  readonly source: string;
  readonly note: string;
}

export interface YearsEntry {
  readonly iso3: Iso3;
  readonly years: readonly number[];
  /** Every fact behind the entry is marked uncertain. */
  readonly uncertain: boolean;
  readonly note: string;
}

export interface StatusStatements {
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly counts: Counts;
  /** The States the counts count (under the basis), each with its status: what the counts are made of. */
  readonly counted: readonly { readonly iso3: Iso3; readonly status: Status }[];
  /** States still bound that deposited a withdrawal, with the date it takes effect (null: suspended). */
  readonly withdrawalPending: readonly { readonly iso3: Iso3; readonly effective: CalendarDate | null }[];
  readonly groups: readonly GroupCoverage[];
  readonly tallies: readonly TallyStatement[];
  /** Non-parties with a stockpile estimate known on the date, largest first (latest estimate each). */
  readonly largestStockpiles: readonly StockpileEntry[];
  /** Other non-parties recorded as holding a stockpile on the date, with no figure known then. */
  readonly otherStockpilers: readonly Iso3[];
  /**
   * Non-parties on the date whose forces were reported to use the weapon since the year of entry
   * into force: the years of use up to the date (a report may be later, as for every fact true then).
   */
  readonly newUseByNonParties: readonly YearsEntry[];
  /** The year the treaty entered into force, from which new use is counted; null before it. */
  readonly newUseSince: number | null;
  /** Use by non-State armed groups in the year of the date or the year before, by State; null if the treaty's record keeps no such facts. */
  readonly nsagUse: { readonly years: readonly [number, number]; readonly states: readonly YearsEntry[] } | null;
}

export function statusStatements(
  treaty: TreatyHistory,
  indicators: readonly Indicator[],
  date: CalendarDate,
  basis: CountingBasis,
): StatusStatements {
  const statuses = new Map<Iso3, Status>();
  const counted: { iso3: Iso3; status: Status }[] = [];
  const withdrawalPending: { iso3: Iso3; effective: CalendarDate | null }[] = [];
  for (const history of treaty.states) {
    const status = statusOn(history, date);
    if (status === null) continue;
    statuses.set(history.state.iso3, status);
    if (isCounted(basis, history.state, status, date)) counted.push({ iso3: history.state.iso3, status });
    if (status === 'withdrawal-pending') {
      withdrawalPending.push({ iso3: history.state.iso3, effective: episodeOn(history, date)?.withdrawal?.effect.value.effective ?? null });
    }
  }
  const joined = (iso3: Iso3) => isFormallyAccepted(statuses.get(iso3) ?? 'non-party');
  const existing = indicators.filter((i) => statuses.has(i.iso3));
  const facts = treaty.rules.facts;
  return {
    asOf: date,
    basis,
    counts: countsOn(treaty, date, basis),
    counted,
    withdrawalPending,
    groups: groupCoverage(treaty, date),
    tallies: facts.tallies.map((t) => tally(t.id, existing.filter((i) => t.kinds.includes(i.indicator)), date, joined)),
    ...stockpiles(facts, existing, date, joined),
    newUseByNonParties: newUse(facts, existing, date, joined, treaty),
    newUseSince: treaty.general.value !== null && treaty.general.value.date <= date ? factYear(treaty.general.value.date) : null,
    nsagUse: nsagUse(facts, existing, date),
  };
}

function byState(facts: readonly Indicator[]): Map<Iso3, Indicator[]> {
  const map = new Map<Iso3, Indicator[]>();
  for (const fact of facts) {
    const own = map.get(fact.iso3);
    if (own === undefined) map.set(fact.iso3, [fact]);
    else own.push(fact);
  }
  return map;
}

function tally(id: string, facts: readonly Indicator[], date: CalendarDate, joined: (iso3: Iso3) => boolean): TallyStatement {
  const states: Iso3[] = [];
  const uncertain: Iso3[] = [];
  const recordedLater: Iso3[] = [];
  for (const [iso3, own] of byState(facts)) {
    const standing = own.map((f) => ({ fact: f, standing: standingOn(f, date) })).filter((s) => isEverBy(s.standing));
    if (standing.length === 0) continue;
    states.push(iso3);
    if (standing.every((s) => s.fact.confidence === 'uncertain')) uncertain.push(iso3);
    if (standing.every((s) => s.standing === 'recorded-later')) recordedLater.push(iso3);
  }
  return { tally: id, states, joined: states.filter(joined), uncertain, recordedLater };
}

/** The date an estimate describes: its own date if the record gives one, else its report's. */
const asAt = (fact: Indicator): FactDate | null => fact.from ?? fact.reported;

function stockpiles(facts: TreatyFacts, existing: readonly Indicator[], date: CalendarDate, joined: (iso3: Iso3) => boolean) {
  const nonParty = existing.filter((i) => !joined(i.iso3));
  // Held on the date as known then: a stockpile recorded only in later reports is counted by the
  // "at one time stockpiled" tally (which says so), not named here as reported to be held.
  const held = new Set(nonParty.filter((i) => i.indicator === facts.stockpiled && standingOn(i, date) === 'holds').map((i) => i.iso3));
  const destroyed = new Set(
    nonParty.filter((i) => i.indicator === facts.stockpiled && standingOn(i, date) === 'ended').map((i) => i.iso3).filter((iso3) => !held.has(iso3)),
  );
  const latest = new Map<Iso3, Indicator>();
  for (const row of nonParty) {
    if (row.indicator !== facts.stockpileEstimate || destroyed.has(row.iso3) || row.value === null || !/^\d+$/.test(row.value)) continue;
    const when = asAt(row);
    if (when === null || !isOnOrBefore(when, date)) continue; // not yet estimated (or undated)
    const previous = latest.get(row.iso3);
    if (previous === undefined || when >= (asAt(previous) ?? '')) latest.set(row.iso3, row);
  }
  const largestStockpiles = [...latest.values()]
    .map((row) => ({ iso3: row.iso3, count: Number(row.value), asAt: asAt(row) as FactDate, confidence: row.confidence, source: row.source, note: row.note }))
    .sort((a, b) => b.count - a.count || a.iso3.localeCompare(b.iso3));
  const otherStockpilers = [...held].filter((iso3) => !latest.has(iso3)).sort();
  return { largestStockpiles, otherStockpilers };
}

function newUse(facts: TreatyFacts, existing: readonly Indicator[], date: CalendarDate, joined: (iso3: Iso3) => boolean, treaty: TreatyHistory): YearsEntry[] {
  const general = treaty.general.value?.date;
  if (general === undefined || general > date) return [];
  const rows = existing.filter((i) => i.indicator === facts.stateUse && !joined(i.iso3) && isEverBy(standingOn(i, date)));
  return yearEntries(rows, factYear(general), factYear(date));
}

function nsagUse(facts: TreatyFacts, existing: readonly Indicator[], date: CalendarDate): StatusStatements['nsagUse'] {
  if (facts.nsagUse === null) return null;
  const last = factYear(date);
  const rows = existing.filter((i) => i.indicator === facts.nsagUse && isEverBy(standingOn(i, date)));
  return { years: [last - 1, last], states: yearEntries(rows, last - 1, last) };
}

function yearEntries(rows: readonly Indicator[], first: number, last: number): YearsEntry[] {
  const entries: YearsEntry[] = [];
  for (const [iso3, own] of byState(rows)) {
    const years = [...new Set(own.flatMap((f) => yearsWithin(f, first, last)))].sort((a, b) => a - b);
    if (years.length > 0) {
      const uncertain = own.every((f) => f.confidence === 'uncertain');
      entries.push({ iso3, years, uncertain, note: own.map((f) => f.note).filter((n) => n !== '').join('; ') });
    }
  }
  return entries.sort((a, b) => a.iso3.localeCompare(b.iso3));
}
