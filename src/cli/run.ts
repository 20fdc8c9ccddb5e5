// The `adherence` command line: picks the command, turns usage errors into exit 2.
import { treaties } from '../app/treaties.js';
import { buildCommand, buildHelp } from './build-command.js';
import { changesCommand, changesHelp } from './changes-command.js';
import { checkCommand, checkHelp } from './check-command.js';
import { exportCommand, exportHelp } from './export-command.js';
import { exportDataCommand, exportDataHelp } from './export-data-command.js';
import { importCommand, importHelp } from './import-command.js';
import { recordCommand, recordHelp } from './record-command.js';
import { userCommand, userHelp } from './user-command.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { serveCommand, serveHelp } from './serve-command.js';
import { stateCommand, stateHelp } from './state-command.js';
import { statesCommand, statesHelp } from './states-command.js';
import { statusCommand, statusHelp } from './status-command.js';

type Command = (args: readonly string[], deps: CliDeps, io: Io) => Promise<number>;

const commands: Record<string, { run: Command; help: string; summary: string }> = {
  status: { run: statusCommand, help: statusHelp, summary: 'counts on a date: how many States have joined' },
  states: { run: statesCommand, help: statesHelp, summary: 'every State on a date with its status' },
  state: { run: stateCommand, help: stateHelp, summary: 'one State: status, why, and its actions with sources' },
  export: { run: exportCommand, help: exportHelp, summary: 'one list (States Parties, States not party, all States) as PDF, CSV, XLSX or JSON' },
  changes: { run: changesCommand, help: changesHelp, summary: 'what changed between two dates, in date order with sources' },
  check: { run: checkCommand, help: checkHelp, summary: 'validate the record (the shipped data/ by default)' },
  import: { run: importCommand, help: importHelp, summary: 'write a data directory over the record in the store, all or nothing' },
  record: { run: recordCommand, help: recordHelp, summary: 'record one depositary action: a proposal, or approved at once by an admin' },
  user: { run: userCommand, help: userHelp, summary: 'add, list, change or disable the editors' },
  'export-data': { run: exportDataCommand, help: exportDataHelp, summary: 'write the record in the store as a data directory' },
  serve: { run: serveCommand, help: serveHelp, summary: 'serve the public site and the JSON API' },
  build: { run: buildCommand, help: buildHelp, summary: 'write the public site for a date as static files' },
};

export const usage = `Usage: adherence COMMAND [options]

Keeps and publishes the record of which States are bound by a treaty
(${[...treaties.values()].map((t) => `${t.id}: ${t.text.en.title}`).join('; ')}).

Commands:
${Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`).join('\n')}

Run "adherence COMMAND --help" for a command's options.
`;

export async function runCli(argv: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage);
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands[name];
  if (command === undefined) {
    io.err(`adherence: unknown command "${name}"\n\n${usage}`);
    return exitCodes.usage;
  }
  try {
    return await command.run(args, deps, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`adherence ${name}: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}
