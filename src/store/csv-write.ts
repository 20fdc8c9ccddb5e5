// Writes a record as a data directory, byte for byte the way the shipped files are written:
// a header row, LF line endings, quotes only where a value needs them, rows in record order.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { actionToRow, conflictToRow, indicatorToRow, regionToRow, stateToRow } from '../app/fact-rows.js';
import type { RecordData } from '../app/ports.js';
import { actionColumns, indicatorColumns, stateColumns, type Row } from '../app/record-rows.js';
import { conflictColumns, regionColumns } from '../app/reference-rows.js';
import { recordFiles } from './csv-layout.js';

export function csvText(columns: readonly string[], rows: readonly Row[]): string {
  const records = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return stringify([[...columns], ...records], { record_delimiter: '\n' });
}

export async function writeRecordDir(dir: string, data: RecordData): Promise<void> {
  const { record, regions, conflicts } = data;
  const files = recordFiles(record.treaty);
  const contents: [string, string][] = [
    [files.states, csvText(stateColumns, record.states.map(stateToRow))],
    [files.regions, csvText(regionColumns, regions.map(regionToRow))],
    [files.conflicts, csvText(conflictColumns, conflicts.map(conflictToRow))],
    [files.actions, csvText(actionColumns, record.actions.map(actionToRow))],
    [files.indicators, csvText(indicatorColumns, record.indicators.map(indicatorToRow))],
  ];
  for (const [file, text] of contents) {
    const path = join(dir, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  }
}
