// The States list as CSV: the same columns for the CLI, the site and downloads.
import { stringify } from 'csv-stringify/sync';
import type { StateSummary } from '../domain/state-summary.js';

export const stateCsvColumns = [
  'iso3', 'name', 'status', 'signature', 'consentKind', 'consentDate', 'entryIntoForce', 'entryIntoForceBasis',
  'withdrawalDeposited', 'withdrawalEffective', 'withdrawalSuspended',
] as const;

export function statesCsv(rows: readonly StateSummary[]): string {
  const records = rows.map((row) => [
    row.iso3, row.name, row.status, row.signature ?? '', row.consent?.kind ?? '', row.consent?.date ?? '',
    row.entryIntoForce ?? '', row.entryIntoForceBasis ?? '', row.withdrawal?.deposited ?? '',
    row.withdrawal?.effective ?? '', row.withdrawal === null ? '' : row.withdrawal.suspended ? 'yes' : 'no',
  ]);
  return stringify([[...stateCsvColumns], ...records], { record_delimiter: '\n' });
}
