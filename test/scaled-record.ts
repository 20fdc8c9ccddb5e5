// A record `factor` times larger than a real one, for the counts benchmark: each State and its
// actions in every treaty, plus factor - 1 copies under codes 'AFG~1', 'AFG~2'... (too many for
// three letters), each living its life a random number of days later, so that the events spread
// over the treaty's period. The copies keep the record valid for the rules (adherence check):
// - every date of a copy (UN membership, existence, actions) moves by its shift, which keeps it
//   no later than today, and an action no later than the "as at" date of the depositary page it
//   cites;
// - a copy's consents fall after the day of the original's Nth instrument (Art. 17(1)), so the
//   general entry into force, and with it when signature closed, stays the original's;
// - a copy's signature stays open for signature: a random day from the original's to the day
//   before the general entry into force (and before the copy's consent);
// - a withdrawal's stated effect is recomputed from its new date (six months, or a later day when
//   suspended), and a succession keeps the original's predecessor, which consented earlier.
// With `spread: false` the copies keep the original's very days instead: the events pile up on
// the days the originals' fall on (a stress input for the sweep's work per day; not a valid
// record, since the Nth instrument then comes earlier and moves the general entry into force).
import type { FullRecord, TreatyData } from '../src/app/ports.js';
import { addMonths, fromDayNumber, maxDate, toDayNumber, type CalendarDate } from '../src/domain/calendar-date.js';
import { generalEntryIntoForce } from '../src/domain/rules/entry-into-force.js';
import { isConsent, type Action, type State } from '../src/domain/record.js';
import { gradeSource, sourceUrls, type SourceSite } from '../src/domain/sources.js';
import type { TreatyRules } from '../src/domain/treaty.js';

/** A small seeded generator (mulberry32): the same seed gives the same record. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = toDayNumber;
const shift = (date: CalendarDate, days: number) => fromDayNumber(day(date) + days);

/** What each treaty fixes for the copies: the day of the Nth instrument and the general entry into force. */
interface TreatyLimits {
  readonly data: TreatyData;
  readonly rules: TreatyRules;
  readonly threshold: CalendarDate | null;
  readonly general: CalendarDate | null;
  readonly byState: ReadonlyMap<string, readonly Action[]>;
  /** The latest day each action could move to: today, or the "as at" date of a depositary page it cites. */
  readonly latest: ReadonlyMap<Action, CalendarDate>;
}

function limits(data: TreatyData, rules: TreatyRules, sites: readonly SourceSite[], today: CalendarDate): TreatyLimits {
  const general = generalEntryIntoForce(data.actions.filter(isConsent), rules).value;
  const byState = new Map<string, Action[]>();
  const latest = new Map<Action, CalendarDate>();
  for (const action of data.actions) {
    byState.set(action.iso3, [...(byState.get(action.iso3) ?? []), action]);
    const asAt = sourceUrls(action.source).flatMap((url) => gradeSource(url, sites).site?.asAt ?? []);
    latest.set(action, [today, ...asAt].sort()[0] ?? today);
  }
  return { data, rules, threshold: general?.thresholdDate ?? null, general: general?.date ?? null, byState, latest };
}

/** The fewest and most days a copy of the State may move, over every treaty: [min, max]. */
function shiftRange(state: State, treaties: readonly TreatyLimits[], today: CalendarDate): [number, number] {
  let least = 0;
  let most = Infinity;
  for (const date of [state.unMemberFrom, state.existsFrom]) if (date !== null) most = Math.min(most, day(today) - day(date));
  for (const t of treaties) {
    const actions = t.byState.get(state.iso3) ?? [];
    const firstConsent = actions.filter(isConsent).map((a) => a.date).sort()[0];
    if (firstConsent !== undefined && t.threshold !== null) least = Math.max(least, day(t.threshold) + 1 - day(firstConsent));
    for (const a of actions) most = Math.min(most, day(t.latest.get(a) ?? today) - day(a.date));
  }
  // A State with no dates at all moves up to the period of the first treaty.
  if (most === Infinity) most = day(today) - day(treaties[0]?.rules.signature.opens ?? today);
  return [least, Math.max(least, most)];
}

function copyAction(action: Action, iso3: string, days: number, t: TreatyLimits, next: () => number, consentAfter: CalendarDate | null): Action {
  const date = shift(action.date, days);
  if (days === 0) return { ...action, iso3 };
  switch (action.kind) {
    case 'signature': {
      // Open for signature from the original's day to the day before entry into force (and the copy's consent).
      let last = t.general === null ? date : shift(t.general, -1);
      if (consentAfter !== null && consentAfter <= last) last = shift(consentAfter, -1);
      const span = Math.max(0, day(last) - day(action.date));
      return { ...action, iso3, date: shift(action.date, Math.floor(next() * (span + 1))) };
    }
    case 'succession':
      return { ...action, iso3, date, effectiveDate: shift(action.effectiveDate, days) };
    case 'withdrawal': {
      if (action.effectiveDate === null) return { ...action, iso3, date };
      const period = addMonths(date, t.rules.withdrawal.monthsAfterReceipt);
      return { ...action, iso3, date, effectiveDate: action.effectSuspended ? maxDate(shift(action.effectiveDate, days), period) : period };
    }
    default:
      return { ...action, iso3, date };
  }
}

export interface ScaleOptions {
  /** Move each copy by a random number of days (the default), or keep the original's days. */
  readonly spread?: boolean;
  readonly seed?: number;
}

/** The record with each State copied `factor - 1` times (factor 1: the record itself). */
export function scaledRecord(record: FullRecord, rulesOf: (treaty: string) => TreatyRules, factor: number, today: CalendarDate, options: ScaleOptions = {}): FullRecord {
  const next = random(options.seed ?? 1);
  const spread = options.spread ?? true;
  const treaties = record.treaties.map((data) => limits(data, rulesOf(data.treaty), record.reference.sources, today));
  const states: State[] = [...record.reference.states];
  const actions = treaties.map((t) => [...t.data.actions]);
  const ranges = new Map(record.reference.states.map((state) => [state, shiftRange(state, treaties, today)]));
  for (let copy = 1; copy < factor; copy += 1) {
    for (const state of record.reference.states) {
      const iso3 = `${state.iso3}~${copy}`;
      const [least, most] = ranges.get(state) ?? [0, 0];
      const days = spread ? least + Math.floor(next() * (most - least + 1)) : 0;
      let first: CalendarDate | null = null;
      for (const [i, t] of treaties.entries()) {
        const own = t.byState.get(state.iso3) ?? [];
        const consent = own.find(isConsent);
        const consentAfter = consent === undefined ? null : shift(consent.date, days);
        for (const action of own) {
          const copied = copyAction(action, iso3, days, t, next, consentAfter);
          actions[i]?.push(copied);
          if (first === null || copied.date < first) first = copied.date;
        }
      }
      const existsFrom = state.existsFrom === null ? null : shift(state.existsFrom, days);
      states.push({
        ...state,
        iso3,
        name: `${state.name} ~${copy}`,
        nameFr: `${state.nameFr} ~${copy}`,
        nameEs: `${state.nameEs} ~${copy}`,
        unMemberFrom: state.unMemberFrom === null ? null : shift(state.unMemberFrom, days),
        // Never after the copy's first action (its signature does not move with it).
        existsFrom: existsFrom === null || first === null || existsFrom <= first ? existsFrom : first,
      });
    }
  }
  return {
    reference: { ...record.reference, states },
    treaties: treaties.map((t, i) => ({ ...t.data, actions: actions[i] ?? [] })),
  };
}
