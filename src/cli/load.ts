// Opens the record for a command and turns its problems into a failure message.
import type { LoadedData } from '../app/ports.js';
import { formatProblem } from '../app/record-problem.js';
import { buildHistory, type TreatyHistory } from '../domain/history.js';
import type { TreatyRules } from '../domain/treaty.js';
import type { CliDeps, Io } from './io.js';

export interface CommandRecord {
  readonly data: LoadedData;
  readonly history: TreatyHistory;
}

/** The store's record (with its regions) and its history, or null after reporting why not. */
export async function loadForCommand(deps: CliDeps, io: Io, rules: TreatyRules, db: string | undefined): Promise<CommandRecord | null> {
  const store = await deps.openStore(db);
  const data = await store.readData(rules.id);
  if (data.ok) return { data: data.value, history: buildHistory(data.value.record, rules) };
  io.err(`adherence: the record in ${store.location} cannot be read (${data.error.length} problem(s)); run "adherence check --db ${store.location}" for details\n`);
  for (const problem of data.error.slice(0, 20)) io.err(`  ${formatProblem(problem)}\n`);
  return null;
}
