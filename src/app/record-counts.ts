// How many facts of each kind a record holds, part by part: for the messages of export and seed.
import type { RecordData } from './ports.js';

export interface RecordCounts {
  readonly reference: { readonly states: number; readonly regions: number; readonly sources: number; readonly conflicts: number } | null;
  readonly treaties: readonly { readonly treaty: string; readonly actions: number; readonly indicators: number; readonly conflicts: number }[];
}

export const recordCounts = ({ reference, treaties }: RecordData): RecordCounts => ({
  reference:
    reference === null
      ? null
      : { states: reference.states.length, regions: reference.regions.length, sources: reference.sources.length, conflicts: reference.conflicts.length },
  treaties: treaties.map((t) => ({ treaty: t.treaty, actions: t.actions.length, indicators: t.indicators.length, conflicts: t.conflicts.length })),
});
