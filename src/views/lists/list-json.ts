// Lists as JSON: the CSV's rows and columns, one object per row (null where a State has no value).
import { listColumns, type ListTable } from './list-table.js';

export interface ListJson {
  readonly treaty: string;
  readonly list: ListTable['list'];
  readonly asOf: string;
  readonly basis: string;
  readonly language: string;
  readonly columns: readonly string[];
  readonly rows: readonly Readonly<Record<string, string | null>>[];
}

export function listJson(table: ListTable): ListJson {
  return {
    treaty: table.treaty,
    list: table.list,
    asOf: table.asOf,
    basis: table.basis,
    language: table.lang,
    columns: listColumns,
    rows: table.rows.map((row) => Object.fromEntries(listColumns.map((column, i) => [column, row.cells[i] ?? null]))),
  };
}
