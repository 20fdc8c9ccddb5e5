// `adherence export-data DIR`: the store's whole record written as a data directory.
import { exportRecord } from '../app/export-record.js';
import { formatProblem } from '../app/record-problem.js';
import { directoryArgument } from './import-command.js';
import { exitCodes, type CliDeps, type Io } from './io.js';
import { dbOptionHelp, parse } from './options.js';
import { describeCounts } from './record-counts.js';

export const exportDataHelp = `Usage: adherence export-data DIR [--db D]

Writes the whole record in the store to DIR in the layout of the shipped data/: the
reference every treaty shares (states.csv, regions.csv, sources.csv, conflicts.csv) and a
folder for each treaty the store holds (apmbc/actions.csv, apmbc/indicators.csv,
apmbc/conflicts.csv), overwriting those files, in the same CSV form: "adherence import DIR"
reads it back unchanged, and a store just filled from the shipped record exports data/ byte
for byte. Beside them, datapackage.json describes the files as a Frictionless Data Package
(columns, types, constraints, primary and foreign keys), so data tools load them typed.

${dbOptionHelp}
`;

const options = { help: { type: 'boolean', short: 'h' }, db: { type: 'string' } } as const;

export async function exportDataCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values, positionals } = parse(args, options, true);
  if (values.help) {
    io.out(exportDataHelp);
    return exitCodes.ok;
  }
  const dir = directoryArgument(positionals, 'export-data');
  const store = await deps.openStore(values.db);
  const exported = await exportRecord(store, deps.files, dir);
  if (!exported.ok) {
    for (const problem of exported.error) io.err(`${formatProblem(problem)}\n`);
    io.err(`adherence export-data: the record in ${store.location} cannot be read; nothing was written\n`);
    return exitCodes.failure;
  }
  io.out(`adherence export-data: wrote ${describeCounts(exported.value)} from ${store.location} to ${dir}\n`);
  return exitCodes.ok;
}
