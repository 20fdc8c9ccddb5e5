// Runs the CLI as a function against a record directory, capturing its output.
import { join } from 'node:path';
import type { CliDeps } from '../src/cli/io.js';
import { runCli } from '../src/cli/run.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { csvRecordReader } from '../src/store/csv-files.js';

export const shippedData = join(import.meta.dirname, '..', 'data');

type ServeOptions = Parameters<CliDeps['serve']>[0];

export async function cli(argv: string[], options: { dataDir?: string; today?: string; serve?: (o: ServeOptions) => Promise<string> } = {}) {
  let out = '';
  let err = '';
  const serve = options.serve ?? (async () => Promise.reject(new Error('this test does not start a server')));
  const code = await runCli(
    argv,
    { today: calendarDate(options.today ?? '2026-11-26'), openReader: async () => csvRecordReader(options.dataDir ?? shippedData), serve },
    { out: (text) => (out += text), err: (text) => (err += text) },
  );
  return { code, out, err };
}
