// `adherence check`: validates a whole record (the shared reference and every treaty); one line
// per problem; a summary of the grade of source each file's facts rest on; exit 1 on any problem.
import { checkRecord } from '../app/check-record.js';
import { gradeSummary } from '../app/check-sources.js';
import type { LoadedRecord } from '../app/ports.js';
import { formatProblem, type RecordProblem } from '../app/record-problem.js';
import { treaties } from '../app/treaties.js';
import type { Result } from '../domain/result.js';
import { sourceGrades } from '../domain/sources.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { parse } from './options.js';

export const checkHelp = `Usage: adherence check [--data DIR | --db D]

Validates a record: every row well-formed and sourced by a clean page address; each fact
resting on a source of the grade it needs (data/sources.csv grades each site: a depositary
action needs the depositary or an official source, no fact may rest on "other" sources alone,
and one resting on press alone must be marked uncertain); notes that state facts, not working
notes; references between files (States, regions, predecessors); dates real and not in the
future; the kinds of fact each treaty declares; and each treaty's final clauses (signature
window, who may ratify and who may accede, one consent unless withdrawn, withdrawal only by
parties). Prints one line per problem (file:line: field: message [rule]), then how many facts
of each file rest on each grade of source, and exits 1 if there is any problem.

Which record:
  (default)    the shipped record, the CSV files in the package's data/ directory
  --data DIR   a directory in the same layout (what "adherence import DIR" would accept)
  --db D       the record in a store: a SQLite file or a postgres:// URL
`;

const options = { help: { type: 'boolean', short: 'h' }, data: { type: 'string' }, db: { type: 'string' } } as const;

export async function checkCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(checkHelp);
    return exitCodes.ok;
  }
  if (values.data !== undefined && values.db !== undefined) throw new UsageError('give --data DIR or --db D, not both');
  const read = values.db === undefined ? await readDirectory(deps, values.data ?? deps.dataDir) : await (await deps.openStore(values.db)).readRecord();
  const problems = read.ok ? checkRecord(read.value, (id) => treaties.get(id), deps.today) : read.error;
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  if (read.ok) {
    io.out('Facts by the best grade of their sources:\n');
    io.out(`  ${'file'.padEnd(24)}${sourceGrades.map((g) => g.padStart(11)).join('')}\n`);
    for (const { file, byGrade } of gradeSummary(read.value)) io.out(`  ${file.padEnd(24)}${sourceGrades.map((g) => String(byGrade[g]).padStart(11)).join('')}\n`);
  }
  if (!read.ok || problems.length > 0) {
    io.err(`adherence check: ${problems.length} problem(s) in the record\n`);
    return exitCodes.failure;
  }
  const { reference } = read.value;
  const parts = read.value.treaties.map((t) => `${t.treaty}: ${t.actions.length} actions, ${t.indicators.length} indicators`).join('; ');
  io.out(`adherence check: the record is valid (${reference.states.length} States; ${parts})\n`);
  return exitCodes.ok;
}

async function readDirectory(deps: CliDeps, dir: string): Promise<Result<LoadedRecord, readonly RecordProblem[]>> {
  const read = await deps.files.read(dir, [...treaties.keys()]);
  if (!read.ok) return read;
  const { reference } = read.value;
  if (reference === null) return { ok: false, error: [{ file: dir, line: null, field: null, rule: 'file', message: `no states.csv in ${dir}: a record needs its reference files` }] };
  return { ok: true, value: { ...read.value, reference, locate: read.value.locate } };
}
