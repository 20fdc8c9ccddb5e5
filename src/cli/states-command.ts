// `adherence states`: every State that exists on a date with its status, sorted by name.
import { stateSummaries, type StateSummary } from '../domain/state-summary.js';
import { statuses, type Status } from '../domain/status.js';
import { statesCsv } from '../views/states-csv.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { loadForCommand } from './load.js';
import { asOfOption, commonOptions, dbOptionHelp, formatOption, parse, treatyOption } from './options.js';

export const statesHelp = `Usage: adherence states [--as-of YYYY-MM-DD] [--status S] [--json | --csv] [--treaty apmbc] [--db D]

Every State that exists on the date (default: today), sorted by name, with its status,
signature, consent, entry into force (and the article behind it) and any withdrawal.

  --status S  only States with this status: ${statuses.join(', ')}
  --json      one JSON array of objects
  --csv       CSV with a header row
${dbOptionHelp}
`;

const options = { ...commonOptions, status: { type: 'string' }, json: { type: 'boolean' }, csv: { type: 'boolean' } } as const;

export async function statesCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(statesHelp);
    return exitCodes.ok;
  }
  const rules = treatyOption(values.treaty);
  const asOf = asOfOption(values['as-of'], rules, deps.today);
  const status = values.status;
  if (status !== undefined && !(statuses as readonly string[]).includes(status)) {
    throw new UsageError(`--status: unknown status "${status}"; use one of ${statuses.join(', ')}`);
  }
  const format = formatOption(values, ['json', 'csv']);
  const treaty = await loadForCommand(deps, io, rules, values.db);
  if (treaty === null) return exitCodes.failure;
  const rows = stateSummaries(treaty.history, asOf).filter((row) => status === undefined || row.status === (status as Status));
  io.out(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : format === 'csv' ? statesCsv(rows) : statesTable(rows, asOf));
  return exitCodes.ok;
}

function statesTable(rows: readonly StateSummary[], asOf: string): string {
  const header = ['State', 'Status', 'Signed', 'Consent', 'In force', 'Withdrawal'];
  const cells = rows.map((row) => [
    row.name,
    row.status,
    row.signature ?? '',
    row.consent === null ? '' : `${row.consent.kind} ${row.consent.date}`,
    row.entryIntoForce === null ? '' : `${row.entryIntoForce} (${row.entryIntoForceBasis})`,
    row.withdrawal === null ? '' : `${row.withdrawal.deposited} -> ${row.withdrawal.effective ?? (row.withdrawal.suspended ? 'suspended' : '?')}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: readonly string[]) => c.map((v, i) => v.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [`${rows.length} States as of ${asOf}`, line(header), ...cells.map(line), ''].join('\n');
}
