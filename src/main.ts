#!/usr/bin/env node
// Composition root: reads the clock and the environment, wires the store to the CLI and server.
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { cliDeps } from './cli-deps.js';
import { runCli } from './cli/run.js';
import { secretInput } from './cli/terminal-input.js';
import { treaties } from './app/treaties.js';
import { ConfigError, readConfig } from './config.js';
import { fromDayNumber } from './domain/calendar-date.js';
import { StoreOpenError } from './store/store-open-error.js';
import type { WriteHooks } from './store/write-record.js';

/** The package's folder (where data/ is): the nearest with a package.json, from dist/cli, dist/src or src (tsx). */
function findPackageRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'package.json'))) return dir;
  return join(from, '..', '..');
}
const packageRoot = findPackageRoot(import.meta.dirname);

/** Today in UTC: the only place the clock is read. */
const today = () => fromDayNumber(Math.floor(Date.now() / 86_400_000));

const io = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text), errIsTerminal: process.stderr.isTTY === true, ...secretInput() };

/** ADHERENCE_TEST_SLOW_IMPORT_MS: pause inside the import's transaction, and say so (crash-safety test). */
const slowImport = (ms: number | undefined): WriteHooks =>
  ms === undefined
    ? {}
    : {
        midWrite: async () => {
          io.err(`adherence: pausing ${ms} ms inside the write transaction (ADHERENCE_TEST_SLOW_IMPORT_MS)\n`);
          await delay(ms);
        },
      };

async function main(): Promise<number> {
  const config = readConfig(process.env, packageRoot);
  const { deps, close } = cliDeps(config, today(), slowImport(config.slowImportMs), treaties, () => new Date());
  // A server goes on reading the store (the editors' changes, other instances' writes) after the
  // command returns: its store stays open until the process ends.
  let serving = false;
  // The server (Fastify, the views, the map) is loaded only by the command that serves.
  const serve = async ({ port, host, db, workers }: { port: number; host: string; db: string | undefined; workers: number }) => {
    if (cluster.isPrimary) await (await import('./check-port.js')).checkPort(port, host);
    if (workers > 1 && cluster.isPrimary) return (await import('./serve-workers.js')).startWorkers(workers);
    const server = await import('./serve.js');
    const address = await server.serve(await deps.openStore(db), { port, host, reportUrl: config.reportUrl, publicUrl: config.publicUrl, refreshMs: 2000 }, today, () => new Date());
    serving = true;
    return cluster.isWorker ? null : address;
  };
  const withServer = { ...deps, serve };
  try {
    return await runCli(process.argv.slice(2), withServer, io);
  } finally {
    if (!serving) await close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const expected = error instanceof ConfigError || error instanceof StoreOpenError;
    process.stderr.write(`adherence: ${expected ? '' : 'internal error: '}${message}\n`);
    process.exitCode = error instanceof ConfigError ? 2 : 1;
  },
);
