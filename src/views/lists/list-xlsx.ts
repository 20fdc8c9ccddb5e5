// Lists as XLSX workbooks (exceljs): the CSV's rows and columns on the first sheet, dates as
// spreadsheet dates, every text cell neutralised as in the CSV; the list's title, date, counts,
// basis and source on an "about" sheet.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { neutralise } from './list-csv.js';
import { dateColumns, listColumns, type ListTable } from './list-table.js';
import type { ListText } from './list-text.js';

const utcDate = (date: string): Date => new Date(`${date}T00:00:00Z`);

export async function listXlsx(table: ListTable, text: ListText | null): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Adherence';
  // The record's date, not the clock: the same list on the same date gives the same workbook.
  workbook.created = utcDate(table.asOf);
  workbook.modified = utcDate(table.asOf);
  const sheet = workbook.addWorksheet(table.list, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = listColumns.map((column) => ({ header: column, key: column, width: column === 'name' ? 36 : dateColumns.has(column) ? 12 : 16 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(row.cells.map((cell, i) => (cell === null ? null : dateColumns.has(listColumns[i]!) ? utcDate(cell) : neutralise(cell))));
  }
  listColumns.forEach((column, i) => {
    if (dateColumns.has(column)) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: listColumns.length } };
  if (text !== null) {
    const about = workbook.addWorksheet('about');
    about.getColumn(1).width = 120;
    for (const line of [text.title, text.subtitle, text.asOf, text.counts, text.basis, text.source]) if (line !== null) about.addRow([neutralise(line)]);
    about.getRow(1).font = { bold: true };
  }
  return sameBytes(Buffer.from(await workbook.xlsx.writeBuffer()), utcDate(table.asOf));
}

/**
 * exceljs stamps each part of the zip with the clock; restamped with the list's date, the same
 * list gives the same bytes, as the PDF does (and the same ETag on every instance).
 */
async function sameBytes(xlsx: Buffer, date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.forEach((_path, file) => {
    file.date = date;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
