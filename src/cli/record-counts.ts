// "197 States, 312 actions, ..." for the messages of import and export-data.
import type { RecordCounts } from '../app/import-record.js';

export const describeCounts = (counts: RecordCounts): string =>
  `${counts.states} States, ${counts.actions} actions, ${counts.indicators} indicators, ${counts.regions} regions, ${counts.conflicts} source conflicts`;
