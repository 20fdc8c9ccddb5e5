// A record with some parts replaced: what the store would hold after writing `incoming` over
// `current`. Facts keep pointing where they came from: a file of the directory or a table row.
import type { LoadedData, LoadedRecord, TreatyData } from './ports.js';

const factsOf = (data: LoadedData): object[] => [
  ...(data.reference === null ? [] : [data.reference, ...data.reference.states, ...data.reference.regions, ...data.reference.sources, ...data.reference.conflicts]),
  ...data.treaties.flatMap((t) => [t, ...t.actions, ...t.indicators, ...t.conflicts]),
];

/** `current` with the reference (if `incoming` has one) and each treaty of `incoming` replaced. */
export function mergeRecord(current: LoadedRecord, incoming: LoadedData): LoadedRecord {
  const replaced = new Map(incoming.treaties.map((t) => [t.treaty, t]));
  const kept = current.treaties.map((t): TreatyData => replaced.get(t.treaty) ?? t);
  const added = incoming.treaties.filter((t) => !current.treaties.some((c) => c.treaty === t.treaty));
  const fromIncoming = new Set(factsOf(incoming));
  return {
    reference: incoming.reference ?? current.reference,
    treaties: [...kept, ...added],
    locate: (fact) => (fromIncoming.has(fact) ? incoming.locate(fact) : current.locate(fact)),
  };
}
