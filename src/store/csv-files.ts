// The shipped record as CSV files: one row per fact, a source on every row.
//   DIR/states.csv, DIR/<treaty>/actions.csv, DIR/<treaty>/indicators.csv
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FactLocation, LoadedRecord, RecordReader } from '../app/ports.js';
import type { RecordProblem } from '../app/record-problem.js';
import { parseActions, parseIndicators, parseStates, type Row, type RowInput } from '../app/record-rows.js';
import { ok, type Result } from '../domain/result.js';

export const recordFiles = (treaty: string) => ({
  states: 'states.csv',
  actions: join(treaty, 'actions.csv'),
  indicators: join(treaty, 'indicators.csv'),
});

async function readRows(dir: string, file: string): Promise<Result<RowInput, readonly RecordProblem[]>> {
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

/** Reads the record from a directory of CSV files; every fact remembers its file and line. */
export function csvRecordReader(dir: string): RecordReader {
  return {
    async readRecord(treaty) {
      const files = recordFiles(treaty);
      const [statesRows, actionRows, indicatorRows] = await Promise.all([
        readRows(dir, files.states),
        readRows(dir, files.actions),
        readRows(dir, files.indicators),
      ]);
      if (!statesRows.ok || !actionRows.ok || !indicatorRows.ok) {
        return { ok: false, error: [statesRows, actionRows, indicatorRows].flatMap((r) => (r.ok ? [] : r.error)) };
      }
      const states = parseStates(statesRows.value);
      const actions = parseActions(actionRows.value, treaty);
      const indicators = parseIndicators(indicatorRows.value, treaty);
      if (!states.ok || !actions.ok || !indicators.ok) {
        return { ok: false, error: [states, actions, indicators].flatMap((r) => (r.ok ? [] : r.error)) };
      }
      const locations = new Map<object, FactLocation>();
      const remember = (facts: readonly object[], input: RowInput) =>
        facts.forEach((fact, i) => locations.set(fact, { file: input.file, line: input.rows[i]?.line ?? null }));
      remember(states.value, statesRows.value);
      remember(actions.value, actionRows.value);
      remember(indicators.value, indicatorRows.value);
      const loaded: LoadedRecord = {
        record: { treaty, states: states.value, actions: actions.value, indicators: indicators.value },
        locate: (fact) => locations.get(fact) ?? { file: dir, line: null },
      };
      return ok(loaded);
    },
  };
}
