#!/usr/bin/env node
// Composition root: reads the clock and the environment, wires the store to the CLI and server.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTreaty } from './app/load-history.js';
import { formatProblem } from './app/record-problem.js';
import { site, type Site } from './app/site.js';
import { defaultTreaty, treaties } from './app/treaties.js';
import { runCli } from './cli/run.js';
import { fromDayNumber } from './domain/calendar-date.js';
import { readConfig } from './config.js';
import { createServer } from './server/create-server.js';
import { csvRecordReader } from './store/csv-files.js';
import { readGroupNames } from './store/regions-file.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Today in UTC: the only place the clock is read. */
const today = () => fromDayNumber(Math.floor(Date.now() / 86_400_000));

async function main(): Promise<number> {
  const config = readConfig(process.env, packageRoot);
  const openReader = async (_db: string | undefined) => csvRecordReader(config.dataDir);
  return runCli(
    process.argv.slice(2),
    {
      today: today(),
      openReader,
      async serve({ port, host, db }) {
        const rules = treaties.get(defaultTreaty)!;
        const loaded = await loadTreaty(await openReader(db), rules);
        if (!loaded.ok) throw new Error(`the record cannot be read: ${loaded.error.map(formatProblem).join('; ')}`);
        const current: Site = site(rules, loaded.value.record, loaded.value.history, await readGroupNames(config.dataDir));
        const app = await createServer({ site: async () => current, today, logger: true });
        const close = () => void app.close().then(() => process.exit(0));
        process.once('SIGINT', close);
        process.once('SIGTERM', close);
        return app.listen({ port, host });
      },
    },
    { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  );
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`adherence: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
