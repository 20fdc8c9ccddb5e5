// `adherence states`: every State that exists on a date with its status, sorted by name.
import { stateRows, statusFilters, summaryOf } from '../app/site.js';
import { countingBases } from '../domain/counting-basis.js';
import type { StateSummary } from '../domain/state-summary.js';
import { statesCsv } from '../views/lists/list-csv.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { loadForCommand } from './load.js';
import { asOfOption, basisOption, commonOptions, dbOptionHelp, formatOption, oneOf, parse, treatyOption } from './options.js';

export const statesHelp = `Usage: adherence states [--as-of YYYY-MM-DD] [--status S] [--region CODE] [--basis B] [--json | --csv] [--treaty apmbc] [--db D]

Every State the counting basis counts on the date (default: today), sorted by name, with its
status, signature, consent, entry into force (and the article behind it) and any withdrawal.

  --status S     only these States: ${statusFilters.join(', ')}
                 (joined: ratified or acceded and bound; not-joined: not bound)
  --region CODE  only States in this UN M49 region, sub-region or intermediate region
                 (e.g. 019 the Americas, 151 Eastern Europe)
  --basis B      which States are counted: ${countingBases.join(', ')}
                 (default un-members-and-parties)
  --json      one JSON array of objects
  --csv       CSV with a header row
${dbOptionHelp}
`;

const options = {
  ...commonOptions,
  status: { type: 'string' },
  region: { type: 'string' },
  basis: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
} as const;

export async function statesCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(statesHelp);
    return exitCodes.ok;
  }
  const rules = treatyOption(values.treaty);
  const asOf = asOfOption(values['as-of'], rules, deps.today);
  const status = values.status === undefined ? undefined : oneOf('status', 'status', values.status, statusFilters);
  const basis = basisOption(values.basis);
  const format = formatOption(values, ['json', 'csv']);
  const treaty = await loadForCommand(deps, io, rules, values.db);
  if (treaty === null) return exitCodes.failure;
  const region = values.region;
  if (region !== undefined && !treaty.site.groupCodes.includes(region)) {
    throw new UsageError(`--region: "${region}" is not the UN M49 code of a region in the record; use one of ${treaty.site.groupCodes.join(', ')}`);
  }
  const rows = stateRows(treaty.treaty, asOf, basis, status ?? null, region ?? null);
  const summaries = rows.map(summaryOf);
  // The same shape as GET /api/v1/{treaty}/states.
  const json = { treaty: rules.id, asOf, basis, states: summaries };
  io.out(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : format === 'csv' ? statesCsv(summaries) : statesTable(summaries, asOf));
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
