// Runs the CLI as a function against a record directory, capturing its output.
import { join } from 'node:path';
import { runCli } from '../src/cli/run.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { csvRecordReader } from '../src/store/csv-files.js';

export const shippedData = join(import.meta.dirname, '..', 'data');

export async function cli(argv: string[], options: { dataDir?: string; today?: string } = {}) {
  let out = '';
  let err = '';
  const code = await runCli(
    argv,
    { today: calendarDate(options.today ?? '2026-11-26'), openReader: async () => csvRecordReader(options.dataDir ?? shippedData) },
    { out: (text) => (out += text), err: (text) => (err += text) },
  );
  return { code, out, err };
}
