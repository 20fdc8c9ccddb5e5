// How far each group of States (UN M49 regions and sub-regions) has joined, on a date.
import type { CalendarDate } from './calendar-date.js';
import { isFormallyAccepted } from './counting-basis.js';
import type { StateHistory, TreatyHistory } from './history.js';
import type { Iso3, State } from './record.js';
import { statusOn } from './status.js';

export type GroupKind = 'region' | 'sub-region' | 'intermediate-region';

export interface Group {
  readonly code: string;
  readonly kind: GroupKind;
  /** The group this one lies within (a sub-region's region), null for a region. */
  readonly parent: string | null;
}

export interface GroupCoverage extends Group {
  /** States of the group that exist on the date. */
  readonly members: number;
  readonly formallyAccepted: number;
  /** Members that have never formally accepted (or not yet), in record order. */
  readonly exceptions: readonly Iso3[];
  /** Members that formally accepted and later withdrew, with the date the withdrawal took effect. */
  readonly withdrawn: readonly { readonly iso3: Iso3; readonly effective: CalendarDate }[];
}

const groupsOf = (state: State): Group[] => [
  { code: state.region, kind: 'region', parent: null },
  { code: state.subRegion, kind: 'sub-region', parent: state.region },
  ...(state.intermediateRegion === null ? [] : [{ code: state.intermediateRegion, kind: 'intermediate-region' as const, parent: state.subRegion }]),
];

/** Every M49 group that has members on the date, regions first, then by code. */
export function groupCoverage(treaty: TreatyHistory, date: CalendarDate): GroupCoverage[] {
  type Entry = { group: Group; members: number; accepted: number; exceptions: Iso3[]; withdrawn: GroupCoverage['withdrawn'][number][] };
  const byCode = new Map<string, Entry>();
  for (const history of treaty.states) {
    const status = statusOn(history, date);
    if (status === null) continue;
    for (const group of groupsOf(history.state)) {
      const entry = byCode.get(group.code) ?? { group, members: 0, accepted: 0, exceptions: [], withdrawn: [] };
      entry.members += 1;
      if (isFormallyAccepted(status)) entry.accepted += 1;
      else if (status === 'withdrawn') entry.withdrawn.push({ iso3: history.state.iso3, effective: withdrawalEffectiveBy(history, date) });
      else entry.exceptions.push(history.state.iso3);
      byCode.set(group.code, entry);
    }
  }
  const order: Record<GroupKind, number> = { region: 0, 'sub-region': 1, 'intermediate-region': 2 };
  return [...byCode.values()]
    .map(({ group, members, accepted, exceptions, withdrawn }) => ({ ...group, members, formallyAccepted: accepted, exceptions, withdrawn }))
    .sort((a, b) => order[a.kind] - order[b.kind] || a.code.localeCompare(b.code));
}

/** The date the State's latest withdrawal took effect, for a State withdrawn on the date. */
function withdrawalEffectiveBy(history: StateHistory, date: CalendarDate): CalendarDate {
  const effective = history.episodes
    .map((e) => e.withdrawal?.effect.value.effective ?? null)
    .filter((d): d is CalendarDate => d !== null && d <= date)
    .at(-1);
  if (effective === undefined) throw new Error(`${history.state.iso3} is withdrawn on ${date} without an effective withdrawal`);
  return effective;
}

/**
 * How a group reads in a sentence: complete ("every State in X"), nearly complete ("every State
 * in X except A and B": at most three exceptions and at least three times as many joined), or
 * counted ("J of the K States in X"). States that withdrew are named apart, with the date.
 */
export type GroupSentence =
  | { readonly kind: 'complete'; readonly group: GroupCoverage }
  | { readonly kind: 'all-but'; readonly group: GroupCoverage }
  | { readonly kind: 'counted'; readonly group: GroupCoverage };

export function groupSentence(group: GroupCoverage): GroupSentence {
  if (group.exceptions.length === 0) return { kind: 'complete', group };
  if (group.exceptions.length <= 3 && group.formallyAccepted >= 3 * group.exceptions.length) return { kind: 'all-but', group };
  return { kind: 'counted', group };
}
