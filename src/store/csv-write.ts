// Writes a record as a data directory, byte for byte the way the shipped files are written:
// a header row, LF line endings, quotes only where a value needs them, rows in record order.
// Only the parts the data holds are written: the reference files if it has the reference, and
// each treaty's folder; and datapackage.json, the Frictionless descriptor of the files written.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { dataPackageFile, dataPackageJson } from '../app/data-package.js';
import { actionToRow, conflictToRow, indicatorToRow, regionToRow, sourceToRow, stateToRow } from '../app/fact-rows.js';
import type { RecordData } from '../app/ports.js';
import { treaties as known } from '../app/treaties.js';
import { actionColumns, indicatorColumns, stateColumns, type Row } from '../app/record-rows.js';
import { conflictColumns, regionColumns, sourceColumns } from '../app/reference-rows.js';
import { referenceFiles, treatyFiles } from './csv-layout.js';

export function csvText(columns: readonly string[], rows: readonly Row[]): string {
  const records = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return stringify([[...columns], ...records], { record_delimiter: '\n' });
}

export async function writeRecordDir(dir: string, data: RecordData): Promise<void> {
  const contents: [string, string][] = [];
  const { reference } = data;
  if (reference !== null) {
    contents.push(
      [referenceFiles.states, csvText(stateColumns, reference.states.map(stateToRow))],
      [referenceFiles.regions, csvText(regionColumns, reference.regions.map(regionToRow))],
      [referenceFiles.sources, csvText(sourceColumns, reference.sources.map(sourceToRow))],
      [referenceFiles.conflicts, csvText(conflictColumns, reference.conflicts.map(conflictToRow))],
    );
  }
  for (const treaty of data.treaties) {
    const files = treatyFiles(treaty.treaty);
    contents.push(
      [files.actions, csvText(actionColumns, treaty.actions.map(actionToRow))],
      [files.indicators, csvText(indicatorColumns, treaty.indicators.map(indicatorToRow))],
      [files.conflicts, csvText(conflictColumns, treaty.conflicts.map(conflictToRow))],
    );
  }
  contents.push([
    dataPackageFile,
    dataPackageJson({
      reference: reference !== null,
      treaties: data.treaties.map((t) => ({ id: t.treaty, rules: known.get(t.treaty) })),
      paths: { reference: referenceFiles, treaty: treatyFiles },
    }),
  ]);
  for (const [file, text] of contents) {
    const path = join(dir, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  }
}
