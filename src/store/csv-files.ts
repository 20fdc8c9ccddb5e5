// The record as a directory of CSV files (the layout of data/): one row per fact, a source on
// every row. Every fact read remembers its file and line, so a problem can point at it.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { assembleData, parseLocated, type ReferenceParts, type TreatyParts } from '../app/assemble-data.js';
import type { FactLocation, LoadedData, RecordFiles } from '../app/ports.js';
import type { RecordProblem } from '../app/record-problem.js';
import { parseActions, parseIndicators, parseStates, type Row, type RowInput } from '../app/record-rows.js';
import { parseConflicts, parseRegions, parseSources } from '../app/reference-rows.js';
import { ok, type Result } from '../domain/result.js';
import { referenceFiles, treatyFiles } from './csv-layout.js';
import { writeRecordDir } from './csv-write.js';

type Problems = readonly RecordProblem[];
type Locations = Map<object, FactLocation>;

async function readRows(dir: string, file: string): Promise<Result<RowInput, Problems>> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch {
    return { ok: false, error: [{ file, line: null, field: null, rule: 'file', message: `cannot read ${join(dir, file)}` }] };
  }
  try {
    // Each row with the line it ends on, made as the row is read (`info: true` would build a
    // dozen-field object per row for the one number: a third of the parse, where `check` starts).
    const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true, on_record: (values: Row, context) => ({ line: context.lines, values }) }) as unknown as { line: number; values: Row }[];
    return ok({ file, rows });
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : null;
    return { ok: false, error: [{ file, line, field: null, rule: 'csv', message: (error as Error).message }] };
  }
}

/** Reads one file and parses its rows; the facts' locations go into `locations`. */
async function readFacts<T extends object>(dir: string, file: string, parseFacts: (input: RowInput) => Result<T[], Problems>, locations: Locations): Promise<Result<T[], Problems>> {
  const rows = await readRows(dir, file);
  return rows.ok ? parseLocated(rows.value, parseFacts, locations) : rows;
}

const exists = async (path: string, kind: 'file' | 'directory'): Promise<boolean> => {
  try {
    const found = await stat(path);
    return kind === 'file' ? found.isFile() : found.isDirectory();
  } catch {
    return false;
  }
};

async function readReference(dir: string, locations: Locations): Promise<ReferenceParts> {
  const [states, regions, sources, conflicts] = await Promise.all([
    readFacts(dir, referenceFiles.states, parseStates, locations),
    readFacts(dir, referenceFiles.regions, parseRegions, locations),
    readFacts(dir, referenceFiles.sources, parseSources, locations),
    readFacts(dir, referenceFiles.conflicts, parseConflicts, locations),
  ]);
  return { states, regions, sources, conflicts };
}

async function readTreaty(dir: string, treaty: string, locations: Locations): Promise<TreatyParts> {
  const files = treatyFiles(treaty);
  const [actions, indicators, conflicts] = await Promise.all([
    readFacts(dir, files.actions, (input) => parseActions(input, treaty), locations),
    readFacts(dir, files.indicators, (input) => parseIndicators(input, treaty), locations),
    readFacts(dir, files.conflicts, parseConflicts, locations),
  ]);
  return { treaty, actions, indicators, conflicts };
}

/**
 * Reads the reference if the directory has states.csv (then all four reference files must be
 * there) and each of `treaties` whose folder is there (then all three of its files must be).
 */
export async function readRecordDir(dir: string, treaties: readonly string[]): Promise<Result<LoadedData, Problems>> {
  const locations: Locations = new Map();
  const reference = (await exists(join(dir, referenceFiles.states), 'file')) ? await readReference(dir, locations) : null;
  const present: string[] = [];
  for (const treaty of treaties) if (await exists(join(dir, treaty), 'directory')) present.push(treaty);
  const parts = await Promise.all(present.map((treaty) => readTreaty(dir, treaty, locations)));
  return assembleData(reference, parts, locations, dir);
}

export const csvRecordFiles: RecordFiles = { read: readRecordDir, write: writeRecordDir };
