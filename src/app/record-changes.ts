// What writing some parts of a record over the store's would change, file by file: facts added,
// changed (same identity, other fields differ) and removed. A fact's identity is its key (a
// State's iso3, an action's State, kind and date...); facts that share a key are matched as a
// multiset, equal ones first, so duplicates count once each.
import { actionToRow, conflictToRow, indicatorToRow, regionToRow, sourceToRow, stateToRow } from './fact-rows.js';
import type { FullRecord, RecordData, RecordPart, Reference, TreatyData } from './ports.js';
import { partsOf } from './record-parts.js';
import type { Row } from './record-rows.js';

export interface FileChanges {
  /** The file of a data directory, e.g. "states.csv", "apmbc/actions.csv" (store/csv-layout.ts). */
  readonly file: string;
  /** What its rows are, in the plural: "States", "actions"... */
  readonly facts: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

export interface PartChanges {
  readonly part: RecordPart;
  readonly files: readonly FileChanges[];
}

interface Kind<T> {
  readonly name: string;
  readonly facts: string;
  readonly toRow: (fact: T) => Row;
  readonly key: readonly string[];
}

const kind = <T>(name: string, facts: string, toRow: (fact: T) => Row, key: readonly string[]): Kind<T> => ({ name, facts, toRow, key });

const referenceKinds = {
  states: kind('states', 'States', stateToRow, ['iso3']),
  regions: kind('regions', 'regions', regionToRow, ['code']),
  sources: kind('sources', 'sources', sourceToRow, ['site']),
  conflicts: kind('conflicts', 'source conflicts', conflictToRow, ['file', 'key', 'field']),
};

const treatyKinds = {
  actions: kind('actions', 'actions', actionToRow, ['iso3', 'kind', 'date']),
  indicators: kind('indicators', 'indicators', indicatorToRow, ['iso3', 'indicator', 'from', 'until', 'reported', 'value']),
  conflicts: kind('conflicts', 'source conflicts', conflictToRow, ['file', 'key', 'field']),
};

/** The file a part's facts of one kind are kept in: "states.csv", "apmbc/indicators.csv". */
export const fileOf = (part: RecordPart, name: string): string => (part.kind === 'reference' ? `${name}.csv` : `${part.treaty}/${name}.csv`);

function countChanges<T>(part: RecordPart, of: Kind<T>, before: readonly T[], after: readonly T[]): FileChanges {
  const grouped = (facts: readonly T[]) => {
    const groups = new Map<string, string[]>();
    for (const fact of facts) {
      const row = of.toRow(fact);
      const key = JSON.stringify(of.key.map((column) => row[column] ?? ''));
      groups.set(key, [...(groups.get(key) ?? []), JSON.stringify(row)]);
    }
    return groups;
  };
  const [old, next] = [grouped(before), grouped(after)];
  let [added, changed, removed] = [0, 0, 0];
  for (const key of new Set([...old.keys(), ...next.keys()])) {
    const unmatched = [...(old.get(key) ?? [])];
    let fresh = 0;
    for (const row of next.get(key) ?? []) {
      const same = unmatched.indexOf(row);
      if (same === -1) fresh += 1;
      else unmatched.splice(same, 1);
    }
    const paired = Math.min(fresh, unmatched.length);
    changed += paired;
    added += fresh - paired;
    removed += unmatched.length - paired;
  }
  return { file: fileOf(part, of.name), facts: of.facts, added, changed, removed };
}

function referenceChanges(before: Reference, after: Reference): FileChanges[] {
  const part: RecordPart = { kind: 'reference' };
  return [
    countChanges(part, referenceKinds.states, before.states, after.states),
    countChanges(part, referenceKinds.regions, before.regions, after.regions),
    countChanges(part, referenceKinds.sources, before.sources, after.sources),
    countChanges(part, referenceKinds.conflicts, before.conflicts, after.conflicts),
  ];
}

function treatyChanges(before: TreatyData | undefined, after: TreatyData): FileChanges[] {
  const part: RecordPart = { kind: 'treaty', treaty: after.treaty };
  return [
    countChanges(part, treatyKinds.actions, before?.actions ?? [], after.actions),
    countChanges(part, treatyKinds.indicators, before?.indicators ?? [], after.indicators),
    countChanges(part, treatyKinds.conflicts, before?.conflicts ?? [], after.conflicts),
  ];
}

/** For each part `incoming` holds, what writing it over `current` would change. */
export function recordChanges(current: FullRecord, incoming: RecordData): PartChanges[] {
  return partsOf(incoming).map((part): PartChanges => {
    if (part.kind === 'reference') return { part, files: incoming.reference === null ? [] : referenceChanges(current.reference, incoming.reference) };
    const after = incoming.treaties.find((t) => t.treaty === part.treaty);
    return { part, files: after === undefined ? [] : treatyChanges(current.treaties.find((t) => t.treaty === part.treaty), after) };
  });
}

/** Every file where facts would be removed. */
export const removals = (changes: readonly PartChanges[]): FileChanges[] => changes.flatMap((p) => p.files).filter((f) => f.removed > 0);
