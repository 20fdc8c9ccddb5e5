// A list as a table in one language: the rows every format of a list is written from (CSV, XLSX,
// JSON and PDF), with the States' names in that language and in its alphabetical order.
import type { ListName, ListSection, StateList } from '../../app/state-lists.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import type { CountingBasis } from '../../domain/counting-basis.js';
import type { StateSummary } from '../../domain/state-summary.js';
import type { Naming } from '../html/naming.js';
import { collatorFor, type Language } from '../i18n/locale.js';

/** The columns of every list, in every format: the States table's columns. */
export const listColumns = [
  'iso3', 'name', 'status', 'signature', 'consentKind', 'consentDate', 'entryIntoForce', 'entryIntoForceBasis',
  'withdrawalDeposited', 'withdrawalEffective', 'withdrawalSuspended',
] as const;
export type ListColumn = (typeof listColumns)[number];

/** Columns whose values are calendar dates (YYYY-MM-DD). */
export const dateColumns: ReadonlySet<ListColumn> = new Set(['signature', 'consentDate', 'entryIntoForce', 'withdrawalDeposited', 'withdrawalEffective']);

export type Cell = string | null;

export interface ListTableRow {
  readonly section: ListSection;
  readonly summary: StateSummary;
  /** The values of `listColumns`, in order; null where the State has none. */
  readonly cells: readonly Cell[];
}

export interface ListTable {
  /** "states": every State the basis counts, with its status. */
  readonly list: ListName | 'states';
  readonly treaty: string;
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly lang: Language;
  readonly rows: readonly ListTableRow[];
}

export function cellsOf(row: StateSummary, name: string): Cell[] {
  return [
    row.iso3, name, row.status, row.signature, row.consent?.kind ?? null, row.consent?.date ?? null,
    row.entryIntoForce, row.entryIntoForceBasis, row.withdrawal?.deposited ?? null, row.withdrawal?.effective ?? null,
    row.withdrawal === null ? null : row.withdrawal.suspended ? 'yes' : 'no',
  ];
}

const sections: readonly ListSection[] = ['main', 'withdrawing'];

/** The list's rows with names in the language, sorted as the language sorts them within each section. */
export function listTable(list: StateList, naming: Naming, lang: Language): ListTable {
  const collator = collatorFor(lang);
  const named = list.rows.map((row) => ({ row, name: naming.state(row.iso3) }));
  const rows = sections.flatMap((section) =>
    named
      .filter((r) => r.row.section === section)
      .sort((a, b) => collator.compare(a.name, b.name))
      .map(({ row, name }) => ({ section, summary: row, cells: cellsOf(row, name) })),
  );
  return { list: list.list, treaty: list.treaty, asOf: list.asOf, basis: list.basis, lang, rows };
}

/** Every State the basis counts, as a list table in one section (the States table's rows, in the language's order). */
export function statesTable(treaty: string, asOf: CalendarDate, basis: CountingBasis, summaries: readonly StateSummary[], naming: Naming, lang: Language): ListTable {
  const collator = collatorFor(lang);
  const rows = summaries
    .map((summary) => ({ summary, name: naming.state(summary.iso3) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ summary, name }) => ({ section: 'main' as const, summary, cells: cellsOf(summary, name) }));
  return { list: 'states', treaty, asOf, basis, lang, rows };
}
