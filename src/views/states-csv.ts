// The States list as CSV: the same columns for the CLI, the site and downloads.
import { stringify } from 'csv-stringify/sync';
import type { StateSummary } from '../domain/state-summary.js';

export const stateCsvColumns = [
  'iso3', 'name', 'status', 'signature', 'consentKind', 'consentDate', 'entryIntoForce', 'entryIntoForceBasis',
  'withdrawalDeposited', 'withdrawalEffective', 'withdrawalSuspended',
] as const;

/**
 * A cell a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return)
 * is prefixed with an apostrophe, so that opening the file runs nothing.
 */
export const neutralise = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

export function statesCsv(rows: readonly StateSummary[]): string {
  const records = rows.map((row) => [
    row.iso3, row.name, row.status, row.signature ?? '', row.consent?.kind ?? '', row.consent?.date ?? '',
    row.entryIntoForce ?? '', row.entryIntoForceBasis ?? '', row.withdrawal?.deposited ?? '',
    row.withdrawal?.effective ?? '', row.withdrawal === null ? '' : row.withdrawal.suspended ? 'yes' : 'no',
  ].map(neutralise));
  return stringify([[...stateCsvColumns], ...records], { record_delimiter: '\n' });
}
