// `adherence check`: validates a record; one line per problem; exit 1 when there is any.
import { checkRecordData } from '../app/check-record-data.js';
import type { LoadedData } from '../app/ports.js';
import { formatProblem, type RecordProblem } from '../app/record-problem.js';
import type { Result } from '../domain/result.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { parse, treatyOption } from './options.js';

export const checkHelp = `Usage: adherence check [--data DIR | --db D] [--treaty apmbc]

Validates a record: every row sourced and well-formed, references between files (States,
regions, predecessors), dates real and not in the future, and the treaty's final clauses
(signature window, who may ratify and who may accede, one consent unless withdrawn,
withdrawal only by parties). Prints one line per problem (file:line: field: message [rule])
and exits 1 if there is any.

Which record:
  (default)    the shipped record, the CSV files in the package's data/ directory
  --data DIR   a directory in the same layout (what "adherence import DIR" would accept)
  --db D       the record in a store: a SQLite file or a postgres:// URL
`;

const options = { help: { type: 'boolean', short: 'h' }, treaty: { type: 'string' }, data: { type: 'string' }, db: { type: 'string' } } as const;

export async function checkCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(checkHelp);
    return exitCodes.ok;
  }
  if (values.data !== undefined && values.db !== undefined) throw new UsageError('give --data DIR or --db D, not both');
  const rules = treatyOption(values.treaty);
  const read: Result<LoadedData, readonly RecordProblem[]> =
    values.db === undefined
      ? await deps.files.read(values.data ?? deps.dataDir, rules.id)
      : await (await deps.openStore(values.db)).readData(rules.id);
  const problems = read.ok ? checkRecordData(read.value, rules, deps.today) : read.error;
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  if (!read.ok || problems.length > 0) {
    io.err(`adherence check: ${problems.length} problem(s) in the record\n`);
    return exitCodes.failure;
  }
  const { record } = read.value;
  io.out(`adherence check: the record is valid (${record.states.length} States, ${record.actions.length} actions, ${record.indicators.length} indicators)\n`);
  return exitCodes.ok;
}
