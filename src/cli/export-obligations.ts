// `adherence export obligations --format csv|json`: every State's obligations on a date, the same
// bytes as /{treaty}/obligations.csv and /api/v1/{treaty}/obligations.
import { rename, writeFile } from 'node:fs/promises';
import { obligationsList } from '../app/obligations-report.js';
import { obligationIds } from '../domain/obligations.js';
import { obligationsCsv } from '../views/lists/obligations-csv.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { loadForCommand } from './load.js';
import { asOfOption, treatyOption } from './options.js';

export const obligationFormats = ['csv', 'json'] as const;

export interface ObligationsExportOptions {
  readonly format: string;
  readonly treaty: string | undefined;
  readonly asOf: string | undefined;
  readonly db: string | undefined;
  readonly out: string | undefined;
  /** Options that do not apply to this list, if given. */
  readonly inapplicable: readonly string[];
}

export async function exportObligations(options: ObligationsExportOptions, deps: CliDeps, io: Io): Promise<number> {
  if (!(obligationFormats as readonly string[]).includes(options.format)) {
    throw new UsageError(`--format: the obligations list is written as ${obligationFormats.join(' or ')}, not ${options.format}`);
  }
  const [first] = options.inapplicable;
  if (first !== undefined) throw new UsageError(`--${first}: does not apply to the obligations list`);
  const rules = treatyOption(options.treaty);
  const asOf = asOfOption(options.asOf, rules, deps.today);
  const loaded = await loadForCommand(deps, io, rules, options.db);
  if (loaded === null) return exitCodes.failure;
  const list = obligationsList(loaded.treaty, asOf);
  const body =
    options.format === 'csv'
      ? obligationsCsv(obligationIds.map((id) => rules.obligations[id].key), list.states)
      : JSON.stringify(list);
  if (options.out === undefined) {
    io.out(body);
  } else {
    const partial = `${options.out}.partial`;
    await writeFile(partial, body);
    await rename(partial, options.out);
    io.err(`adherence export: wrote ${Buffer.byteLength(body)} bytes to ${options.out}\n`);
  }
  return exitCodes.ok;
}
