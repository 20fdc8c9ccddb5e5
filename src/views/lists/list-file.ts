// One list in one format, as a file: what the site serves under /{treaty}/lists/ and what
// `adherence export` writes.
import type { Site, TreatySite } from '../../app/site.js';
import { stateList, type ListName } from '../../app/state-lists.js';
import { stateRows, summaryOf } from '../../app/site.js';
import type { CalendarDate } from '../../domain/calendar-date.js';
import { countsOn } from '../../domain/counts.js';
import type { CountingBasis } from '../../domain/counting-basis.js';
import { naming } from '../html/naming.js';
import type { Language } from '../i18n/locale.js';
import { listCsv } from './list-csv.js';
import { listJson } from './list-json.js';
import { listTable, statesTable, type ListTable } from './list-table.js';
import { listText } from './list-text.js';

export const listFormats = ['pdf', 'csv', 'xlsx', 'json'] as const;

export const papers = ['a4', 'letter'] as const;
export type Paper = (typeof papers)[number];
export type ListFormat = (typeof listFormats)[number];

export const contentTypes: Record<ListFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

export interface ListRequest {
  readonly list: ListName | 'states';
  readonly format: ListFormat;
  readonly asOf: CalendarDate;
  readonly basis: CountingBasis;
  readonly lang: Language;
  /** For PDF only. */
  readonly paper: Paper;
}

export interface ListFile {
  readonly body: Buffer;
  readonly contentType: string;
  /** "apmbc-states-parties-2026-12-03-en.pdf": the treaty, the list, the date and the language. */
  readonly fileName: string;
}

export function tableFor(site: Site, treaty: TreatySite, request: Pick<ListRequest, 'list' | 'asOf' | 'basis' | 'lang'>): ListTable {
  const names = naming(request.lang, site.names);
  if (request.list === 'states') {
    const rows = stateRows(treaty, request.asOf, request.basis, null, null).map(summaryOf);
    return statesTable(treaty.rules.id, request.asOf, request.basis, rows, names, request.lang);
  }
  return listTable(stateList(treaty, request.list, request.asOf, request.basis), names, request.lang);
}

export async function listFile(site: Site, treaty: TreatySite, request: ListRequest): Promise<ListFile> {
  const table = tableFor(site, treaty, request);
  const text = () => listText(table, countsOn(treaty.history, request.asOf, request.basis), treaty);
  const paper = request.format === 'pdf' && request.paper !== 'a4' ? `-${request.paper}` : '';
  const fileName = `${treaty.rules.id}-${request.list}-${request.asOf}-${request.lang}${paper}.${request.format}`;
  const body = await (async () => {
    switch (request.format) {
      // pdfkit and exceljs load on first use: every other page and command starts without them.
      case 'pdf':
        return (await import('./list-pdf.js')).listPdf(table, text(), request.paper);
      case 'csv':
        return Buffer.from(listCsv(table));
      case 'xlsx':
        return (await import('./list-xlsx.js')).listXlsx(table, text());
      case 'json':
        return Buffer.from(`${JSON.stringify(listJson(table))}\n`);
    }
  })();
  return { body, contentType: contentTypes[request.format], fileName };
}
