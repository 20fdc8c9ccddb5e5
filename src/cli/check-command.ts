// `adherence check`: validates the record; one line per problem; exit 1 when there is any.
import { checkRecord } from '../app/check-record.js';
import { loadTreaty } from '../app/load-history.js';
import { formatProblem } from '../app/record-problem.js';
import { exitCodes, type CliDeps, type Io } from './io.js';
import { commonOptions, parse, treatyOption } from './options.js';

export const checkHelp = `Usage: adherence check [--treaty apmbc] [--db D]

Validates the record: every row sourced and well-formed, references between files, dates
real and not in the future, and the treaty's final clauses (signature window, who may
ratify and who may accede, one consent unless withdrawn, withdrawal only by parties).
Prints one line per problem (file:line: field: message [rule]) and exits 1 if there is any.
`;

export async function checkCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, commonOptions);
  if (values.help) {
    io.out(checkHelp);
    return exitCodes.ok;
  }
  const rules = treatyOption(values.treaty);
  const loaded = await loadTreaty(await deps.openReader(values.db), rules);
  const problems = loaded.ok ? checkRecord(loaded.value.loaded, rules, deps.today) : loaded.error;
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  if (problems.length > 0) {
    io.err(`adherence check: ${problems.length} problem(s) in the record\n`);
    return exitCodes.failure;
  }
  const { record } = loaded.ok ? loaded.value : { record: null };
  io.out(`adherence check: the record is valid (${record?.states.length} States, ${record?.actions.length} actions, ${record?.indicators.length} indicators)\n`);
  return exitCodes.ok;
}
