// The `adherence` command line: picks the command, turns usage errors into exit 2.
import { treaties } from '../app/treaties.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';

type Command = (args: readonly string[], deps: CliDeps, io: Io) => Promise<number>;

/**
 * Each command is loaded when it runs: "status" never loads the web server, the map, pdfkit or
 * exceljs, which only "serve", "build" and "export" use.
 */
const commands: Record<string, { load: () => Promise<Command>; summary: string }> = {
  status: { load: async () => (await import('./status-command.js')).statusCommand, summary: 'counts on a date: how many States have joined' },
  states: { load: async () => (await import('./states-command.js')).statesCommand, summary: 'every State on a date with its status' },
  state: { load: async () => (await import('./state-command.js')).stateCommand, summary: 'one State: status, why, and its actions with sources' },
  export: { load: async () => (await import('./export-command.js')).exportCommand, summary: 'one list (States Parties, States not party, all States) as PDF, CSV, XLSX or JSON' },
  changes: { load: async () => (await import('./changes-command.js')).changesCommand, summary: 'what changed between two dates, in date order with sources' },
  check: { load: async () => (await import('./check-command.js')).checkCommand, summary: 'validate the record (the shipped data/ by default)' },
  import: { load: async () => (await import('./import-command.js')).importCommand, summary: 'write a data directory over the record in the store, all or nothing' },
  record: { load: async () => (await import('./record-command.js')).recordCommand, summary: 'record one depositary action: a proposal, or approved at once by an admin' },
  user: { load: async () => (await import('./user-command.js')).userCommand, summary: 'add, list, change or disable the editors' },
  'export-data': { load: async () => (await import('./export-data-command.js')).exportDataCommand, summary: 'write the record in the store as a data directory' },
  serve: { load: async () => (await import('./serve-command.js')).serveCommand, summary: 'serve the public site and the JSON API' },
  build: { load: async () => (await import('./build-command.js')).buildCommand, summary: 'write the public site for a date as static files' },
};

/** The commands, in the order the usage lists them. */
export const commandNames: readonly string[] = Object.keys(commands);

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
    return await (await command.load())(args, deps, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`adherence ${name}: ${error.message}\n`);
      return exitCodes.usage;
    }
    throw error;
  }
}
