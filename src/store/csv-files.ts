// The record as a directory of CSV files (the layout of data/): one row per fact, a source on
// every row. Every fact read remembers its file and line, so a problem can point at it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { assembleData, parseLocated } from '../app/assemble-data.js';
import type { FactLocation, LoadedData, RecordFiles } from '../app/ports.js';
import type { RecordProblem } from '../app/record-problem.js';
import { parseActions, parseIndicators, parseStates, type Row, type RowInput } from '../app/record-rows.js';
import { parseConflicts, parseRegions } from '../app/reference-rows.js';
import { ok, type Result } from '../domain/result.js';
import { recordFiles } from './csv-layout.js';
import { writeRecordDir } from './csv-write.js';

type Problems = readonly RecordProblem[];

async function readRows(dir: string, file: string): Promise<Result<RowInput, Problems>> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch {
    return { ok: false, error: [{ file, line: null, field: null, rule: 'file', message: `cannot read ${join(dir, file)}` }] };
  }
  try {
    const records = parse(text, { columns: true, skip_empty_lines: true, bom: true, info: true }) as { record: Row; info: { lines: number } }[];
    return ok({ file, rows: records.map(({ record, info }) => ({ line: info.lines, values: record })) });
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
    return { ok: false, error: [{ file, line, field: null, rule: 'csv', message: (error as Error).message }] };
  }
}

/** Reads one file and parses its rows; the facts' locations go into `locations`. */
async function readFacts<T extends object>(
  dir: string,
  file: string,
  parseFacts: (input: RowInput) => Result<T[], Problems>,
  locations: Map<object, FactLocation>,
): Promise<Result<T[], Problems>> {
  const rows = await readRows(dir, file);
  return rows.ok ? parseLocated(rows.value, parseFacts, locations) : rows;
}

/** Reads a whole data directory for one treaty, or every problem that stops it from being read. */
export async function readRecordDir(dir: string, treaty: string): Promise<Result<LoadedData, Problems>> {
  const files = recordFiles(treaty);
  const locations = new Map<object, FactLocation>();
  const [states, actions, indicators, regions, conflicts] = await Promise.all([
    readFacts(dir, files.states, parseStates, locations),
    readFacts(dir, files.actions, (input) => parseActions(input, treaty), locations),
    readFacts(dir, files.indicators, (input) => parseIndicators(input, treaty), locations),
    readFacts(dir, files.regions, parseRegions, locations),
    readFacts(dir, files.conflicts, parseConflicts, locations),
  ]);
  return assembleData(treaty, { states, actions, indicators, regions, conflicts }, locations, dir);
}

export const csvRecordFiles: RecordFiles = { read: readRecordDir, write: writeRecordDir };
