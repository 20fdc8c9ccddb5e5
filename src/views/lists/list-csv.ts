// Lists as CSV (RFC 4180, UTF-8, a header row): the same columns for every list, the CLI, the
// site and downloads.
import { stringify } from 'csv-stringify/sync';
import type { StateSummary } from '../../domain/state-summary.js';
import { cellsOf, listColumns, type Cell, type ListTable } from './list-table.js';

/**
 * A cell a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return)
 * is prefixed with an apostrophe, so that opening the file runs nothing.
 */
export const neutralise = (cell: string): string => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

const csv = (rows: readonly (readonly Cell[])[]): string =>
  stringify([[...listColumns], ...rows.map((cells) => cells.map((cell) => neutralise(cell ?? '')))], { record_delimiter: '\r\n', bom: false });

export const listCsv = (table: ListTable): string => csv(table.rows.map((row) => row.cells));

/** The States table as the record names them (English), in the order given. */
export const statesCsv = (rows: readonly StateSummary[]): string => csv(rows.map((row) => cellsOf(row, row.name)));
