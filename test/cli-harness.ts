// Runs the CLI as a function, wired as main.ts wires it (cliDeps), on an in-memory SQLite store
// seeded from a data directory (the shipped record by default), capturing its output.
import { join } from 'node:path';
import { cliDeps } from '../src/cli-deps.js';
import type { CliDeps } from '../src/cli/io.js';
import { runCli } from '../src/cli/run.js';
import { readConfig } from '../src/config.js';
import { calendarDate } from '../src/domain/calendar-date.js';

export const shippedData = join(import.meta.dirname, '..', 'data');

type ServeOptions = Parameters<CliDeps['serve']>[0];

export async function cli(argv: string[], options: { dataDir?: string; today?: string; serve?: (o: ServeOptions) => Promise<string>; input?: string } = {}) {
  let out = '';
  let err = '';
  const config = readConfig({ ADHERENCE_DATA_DIR: options.dataDir ?? shippedData, DATABASE_URL: ':memory:' }, join(import.meta.dirname, '..'));
  const { deps, close } = cliDeps(config, calendarDate(options.today ?? '2026-11-26'));
  const serve = options.serve ?? (async () => Promise.reject(new Error('this test does not start a server')));
  try {
    const code = await runCli(argv, { ...deps, serve }, { out: (text) => (out += text), err: (text) => (err += text), ...(options.input === undefined ? {} : { readInput: async () => options.input ?? '' }) });
    return { code, out, err };
  } catch (error) {
    // As main.ts does: a store that cannot be opened or filled is a failure, with its message.
    return { code: 1, out, err: `${err}adherence: ${(error as Error).message}\n` };
  } finally {
    await close();
  }
}
