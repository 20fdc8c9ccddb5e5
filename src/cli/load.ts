// Opens the record for a command and turns its problems into a failure message.
import { loadTreaty, type LoadedTreaty } from '../app/load-history.js';
import { formatProblem } from '../app/record-problem.js';
import type { TreatyRules } from '../domain/treaty.js';
import type { CliDeps, Io } from './io.js';

/** The loaded treaty, or null after reporting why the record could not be read. */
export async function loadForCommand(deps: CliDeps, io: Io, rules: TreatyRules, db: string | undefined): Promise<LoadedTreaty | null> {
  const reader = await deps.openReader(db);
  const loaded = await loadTreaty(reader, rules);
  if (loaded.ok) return loaded.value;
  io.err(`adherence: the record cannot be read (${loaded.error.length} problem(s)); run "adherence check" for details\n`);
  for (const problem of loaded.error.slice(0, 20)) io.err(`  ${formatProblem(problem)}\n`);
  return null;
}
