// `adherence changes`: what changed under a treaty between two dates, in date order with sources.
import { changesPeriod, changesReport, defaultPeriodMonths, type ChangeRow } from '../app/changes-report.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { loadForCommand } from './load.js';
import { dbOptionHelp, parse, treatyOption } from './options.js';

export const changesHelp = `Usage: adherence changes [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json] [--treaty apmbc] [--db D]

What changed between two dates, both included: signatures, ratifications, acceptances,
approvals, accessions and successions, declarations and notifications as the depositary records
them; the treaty's entry into force and its entry into force for each State (with the article
behind the date); withdrawals deposited, suspended and taking effect. In date order, the treaty
first within a day, then by State name; each with its depositary notification and sources.

  --from D    the first day (default: ${defaultPeriodMonths} months before --to)
  --to D      the last day (default: today)
              each from the day the treaty opened for signature to today
  --json      { treaty, from, to, changes }: the shape of GET /api/v1/{treaty}/changes
${dbOptionHelp}
`;

const options = {
  help: { type: 'boolean', short: 'h' },
  treaty: { type: 'string' },
  db: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export async function changesCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(changesHelp);
    return exitCodes.ok;
  }
  const rules = treatyOption(values.treaty);
  const period = changesPeriod(values.from, values.to, rules, deps.today, { from: '--from', to: '--to' });
  if (!period.ok) throw new UsageError(period.error.message);
  const treaty = await loadForCommand(deps, io, rules, values.db);
  if (treaty === null) return exitCodes.failure;
  const report = changesReport(treaty.treaty.history, period.value);
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : changesTable(report.changes, `${report.changes.length} changes from ${report.from} to ${report.to} (${rules.id})`));
  return exitCodes.ok;
}

function changesTable(rows: readonly ChangeRow[], title: string): string {
  const header = ['Date', 'State', 'Change', 'Basis', 'Notification', 'Source'];
  const cells = rows.map((row) => [
    row.date,
    row.name ?? '(the treaty)',
    row.restsOn.length === 1 && row.kind === 'entry-into-force' ? `${row.kind} (${row.restsOn[0]?.kind} ${row.restsOn[0]?.date})` : row.kind,
    row.basis ?? '',
    row.cn.join(', '),
    row.sources[0] ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  // The source is last and left unpadded: URLs are long.
  const line = (c: readonly string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [title, ...(rows.length === 0 ? [] : [line(header), ...cells.map(line)]), ''].join('\n');
}
