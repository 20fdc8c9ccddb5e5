// `adherence import DIR`: a data directory into the store, all or nothing.
import { importRecord } from '../app/import-record.js';
import { formatProblem } from '../app/record-problem.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { describeCounts } from './record-counts.js';
import { dbOptionHelp, parse, treatyOption } from './options.js';

export const importHelp = `Usage: adherence import DIR [--treaty apmbc] [--db D]

Replaces the record in the store with the one in DIR, a directory in the layout of the
shipped data/ (states.csv, regions.csv, conflicts.csv, apmbc/actions.csv,
apmbc/indicators.csv). DIR must pass every check of "adherence check --data DIR": one
bad row and nothing is imported; each problem is printed as file:line: field: message [rule]
and the exit code is 2. The store is replaced in one transaction: an interrupted import
leaves the record it had.

${dbOptionHelp}
`;

const options = { help: { type: 'boolean', short: 'h' }, treaty: { type: 'string' }, db: { type: 'string' } } as const;

export function directoryArgument(positionals: readonly string[], command: string): string {
  const [dir, ...rest] = positionals;
  if (dir === undefined || rest.length > 0) throw new UsageError(`DIR: give exactly one directory, e.g. "adherence ${command} ./record"`);
  return dir;
}

export async function importCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values, positionals } = parse(args, options, true);
  if (values.help) {
    io.out(importHelp);
    return exitCodes.ok;
  }
  const dir = directoryArgument(positionals, 'import');
  const rules = treatyOption(values.treaty);
  const store = await deps.openStore(values.db);
  const imported = await importRecord(deps.files, store, dir, rules, deps.today);
  if (imported.ok) {
    io.out(`adherence import: imported ${describeCounts(imported.value)} from ${dir} into ${store.location}\n`);
    return exitCodes.ok;
  }
  const failure = imported.error;
  if (failure.kind === 'invalid') {
    for (const problem of failure.problems) io.err(`${formatProblem(problem)}\n`);
    io.err(`adherence import: ${failure.problems.length} problem(s) in ${dir}; nothing was imported\n`);
    return exitCodes.usage;
  }
  io.err(`adherence import: ${failure.error.message}; nothing was imported\n`);
  return exitCodes.failure;
}
