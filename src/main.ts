#!/usr/bin/env node
// Composition root: reads the clock and the environment, wires the store to the CLI.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli/run.js';
import { fromDayNumber } from './domain/calendar-date.js';
import { readConfig } from './config.js';
import { csvRecordReader } from './store/csv-files.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Today in UTC: the only place the clock is read. */
const today = () => fromDayNumber(Math.floor(Date.now() / 86_400_000));

async function main(): Promise<number> {
  const config = readConfig(process.env, packageRoot);
  return runCli(
    process.argv.slice(2),
    {
      today: today(),
      openReader: async () => csvRecordReader(config.dataDir),
    },
    { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`adherence: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
