// Opens the record for a command and turns its problems into a failure message.
import type { LoadedRecord } from '../app/ports.js';
import { formatProblem } from '../app/record-problem.js';
import { site, type Site, type TreatySite } from '../app/site.js';
import type { TreatyRules } from '../domain/treaty.js';
import type { CliDeps, Io } from './io.js';

export interface CommandRecord {
  readonly data: LoadedRecord;
  readonly site: Site;
  readonly treaty: TreatySite;
}

/** The store's record and the chosen treaty's view of it, or null after reporting why not. */
export async function loadForCommand(deps: CliDeps, io: Io, rules: TreatyRules, db: string | undefined): Promise<CommandRecord | null> {
  const store = await deps.openStore(db);
  const data = await store.readRecord();
  if (!data.ok) {
    io.err(`adherence: the record in ${store.location} cannot be read (${data.error.length} problem(s)); run "adherence check --db ${store.location}" for details\n`);
    for (const problem of data.error.slice(0, 20)) io.err(`  ${formatProblem(problem)}\n`);
    return null;
  }
  const built = site(data.value, [rules]);
  const treaty = built.treaties.get(rules.id);
  if (treaty === undefined) {
    io.err(`adherence: the record in ${store.location} holds nothing for ${rules.id}; import it with "adherence import DIR --treaty ${rules.id}"\n`);
    return null;
  }
  return { data: data.value, site: built, treaty };
}
