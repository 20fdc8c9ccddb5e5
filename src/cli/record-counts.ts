// "197 States, 30 regions, ...; apmbc: 316 actions, ..." for the messages of export-data.
import type { RecordCounts } from '../app/record-counts.js';

export function describeCounts(counts: RecordCounts): string {
  const { reference } = counts;
  const parts = reference === null ? [] : [`${reference.states} States, ${reference.regions} regions, ${reference.sources} sources, ${reference.conflicts} source conflicts`];
  for (const t of counts.treaties) parts.push(`${t.treaty}: ${t.actions} actions, ${t.indicators} indicators, ${t.conflicts} source conflicts`);
  return parts.length === 0 ? 'nothing' : parts.join('; ');
}
