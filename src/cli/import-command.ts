// `adherence import DIR`: a data directory written over the store's record, all or nothing:
// first what would change, file by file, then the refusal and its reason, or what was written.
import { join } from 'node:path';
import { importRecord, type ImportFailure } from '../app/import-record.js';
import type { PartChanges } from '../app/record-changes.js';
import { removals } from '../app/record-changes.js';
import { partLabel } from '../app/record-parts.js';
import { formatProblem, type RecordProblem } from '../app/record-problem.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { dbOptionHelp, parse } from './options.js';

export const importHelp = `Usage: adherence import DIR [--treaty T] [--dry-run] [--allow-removals] [--db D]

Writes the record in DIR, a directory in the layout of the shipped data/, over the record in
the store. DIR may hold the reference every treaty shares (states.csv, regions.csv,
sources.csv, conflicts.csv), the folders of some treaties (apmbc/actions.csv,
apmbc/indicators.csv, apmbc/conflicts.csv), or both. Each part DIR holds replaces the
store's; every other part stays as it is.

It prints what would change, one line per file ("states.csv: 0 added, 2 changed, 0 removed"),
then checks the whole record that would result as "adherence check" does: one problem and
nothing is imported; each prints as file:line: field: message [rule] (exit 2). It refuses,
writing nothing (exit 2):
  - a DIR that would leave the reference with no States or a treaty with no actions (e.g.
    files with a header row only), whatever the options;
  - an import that would remove facts from the store, unless --allow-removals is given.
The parts are written in one transaction with an entry in the audit log: an interrupted
import leaves the record the store had.

Options:
  --treaty T        read treaty T's folder only (and the reference, if DIR has states.csv);
                    by default, the folder of every treaty this build knows that DIR has
  --dry-run         print what would change, and write nothing
  --allow-removals  let the import remove facts the store holds
${dbOptionHelp}
`;

const options = {
  help: { type: 'boolean', short: 'h' },
  treaty: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'allow-removals': { type: 'boolean' },
  db: { type: 'string' },
} as const;

export function directoryArgument(positionals: readonly string[], command: string): string {
  const [dir, ...rest] = positionals;
  if (dir === undefined || rest.length > 0) throw new UsageError(`DIR: give exactly one directory, e.g. "adherence ${command} ./record"`);
  return dir;
}

const describeChanges = (changes: readonly PartChanges[]): string =>
  changes.flatMap((p) => p.files.map((f) => `${f.file}: ${f.added} added, ${f.changed} changed, ${f.removed} removed\n`)).join('');

const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

interface Refusal {
  /** Printed first, one per line, as "adherence check" prints them. */
  readonly problems?: readonly RecordProblem[];
  readonly lines: readonly string[];
  readonly code: number;
}

/** Why nothing was written, and the exit code. */
function refusal(failure: ImportFailure, dir: string, location: string): Refusal {
  switch (failure.kind) {
    case 'unreadable':
      return { problems: failure.problems, lines: [`${failure.problems.length} problem(s) in ${dir}; nothing was imported`], code: exitCodes.usage };
    case 'store-unreadable':
      return {
        problems: failure.problems,
        lines: [`the record in ${location} cannot be read (${failure.problems.length} problem(s)); nothing was imported`],
        code: exitCodes.failure,
      };
    case 'unknown-treaty':
      return { lines: [`--treaty: unknown treaty "${failure.treaty}"; known: ${failure.known.join(', ')}`], code: exitCodes.usage };
    case 'nothing':
      return { lines: [`${dir} holds no states.csv and no folder of ${listed(failure.treaties)}: nothing to import`], code: exitCodes.usage };
    case 'no-folder':
      return { lines: [`${join(dir, failure.treaty)} is not a folder: nothing of ${failure.treaty} to import`], code: exitCodes.usage };
    case 'empty':
      return {
        lines: failure.emptied.map(({ part, file }) => `would leave ${partLabel(part)} with no ${part.kind === 'reference' ? 'States' : 'actions'}: refused (${join(dir, file)} has no rows)`),
        code: exitCodes.usage,
      };
    case 'invalid':
      return {
        problems: failure.problems,
        lines: [`${failure.problems.length} problem(s) in the record importing ${dir} would make; nothing was imported`],
        code: exitCodes.usage,
      };
    case 'removals': {
      const removed = removals(failure.changes).map((f) => `${f.removed} ${f.removed === 1 ? f.facts.replace(/s$/, '') : f.facts} from ${f.file}`);
      return { lines: [`would remove ${listed(removed)}; give --allow-removals to remove them`], code: exitCodes.usage };
    }
    case 'refused':
      return { lines: [`${failure.error.message}; nothing was imported`], code: exitCodes.failure };
  }
}

export async function importCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values, positionals } = parse(args, options, true);
  if (values.help) {
    io.out(importHelp);
    return exitCodes.ok;
  }
  const dir = directoryArgument(positionals, 'import');
  const { treaty } = values;
  if (treaty !== undefined && !deps.treaties.has(treaty)) throw new UsageError(`--treaty: unknown treaty "${treaty}"; known: ${[...deps.treaties.keys()].join(', ')}`);
  const store = await deps.openStore(values.db);
  const known = [...deps.treaties.keys()];
  const importOptions = { dryRun: values['dry-run'] === true, allowRemovals: values['allow-removals'] === true, known, ...(treaty === undefined ? {} : { treaty }) };
  const imported = await importRecord(deps.files, store, dir, importOptions, (id) => deps.treaties.get(id), deps.today);
  if (imported.ok) {
    io.out(describeChanges(imported.value.changes));
    const parts = listed(imported.value.changes.map((p) => partLabel(p.part)));
    io.out(imported.value.written ? `adherence import: imported ${parts} from ${dir} into ${store.location}\n` : 'adherence import: nothing was written (--dry-run)\n');
    return exitCodes.ok;
  }
  const failure = imported.error;
  if ('changes' in failure) io.out(describeChanges(failure.changes));
  const { problems = [], lines, code } = refusal(failure, dir, store.location);
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  for (const line of lines) io.err(`adherence import: ${line}\n`);
  return code;
}
