// The CLI's import and export-data as main.ts runs them, for the tests that must kill a process
// (test/import-crash.test.ts): cliDeps from the environment, the test treaty modules, and the
// pause inside the write transaction that ADHERENCE_TEST_SLOW_IMPORT_MS asks for, announced on
// stderr. Run with `node --import tsx test/cli-child.ts COMMAND ...`.
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { cliDeps } from '../src/cli-deps.js';
import { exportDataCommand } from '../src/cli/export-data-command.js';
import { importCommand } from '../src/cli/import-command.js';
import { readConfig } from '../src/config.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { fixtureToday } from './record-fixture.js';
import { testTreaties } from './treaty-rules.js';

const io = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };
const config = readConfig(process.env, join(import.meta.dirname, '..'));
const ms = config.slowImportMs;
const hooks =
  ms === undefined
    ? {}
    : {
        midWrite: async () => {
          io.err(`adherence: pausing ${ms} ms inside the write transaction (ADHERENCE_TEST_SLOW_IMPORT_MS)\n`);
          await delay(ms);
        },
      };
const { deps, close } = cliDeps(config, calendarDate(fixtureToday), hooks, testTreaties);
const [name, ...args] = process.argv.slice(2);
const command = name === 'import' ? importCommand : name === 'export-data' ? exportDataCommand : undefined;
if (command === undefined) throw new Error(`cli-child: import or export-data, not ${name ?? 'nothing'}`);
const serve = () => Promise.reject(new Error('cli-child starts no server'));
try {
  process.exitCode = await command(args, { ...deps, serve }, io);
} finally {
  await close();
}
