// `adherence status`: how many States have joined, on a date, and which States are counted.
import { statusReport, type StatusReport } from '../app/status-report.js';
import { countingBases } from '../domain/counting-basis.js';
import { naming } from '../views/html/naming.js';
import { messages } from '../views/i18n/index.js';
import { capitalise } from '../views/i18n/locale.js';
import { regionSentences } from '../views/status-sentences.js';
import { exitCodes, type CliDeps, type Io } from './io.js';
import { loadForCommand } from './load.js';
import { asOfOption, basisOption, commonOptions, dbOptionHelp, parse, treatyOption } from './options.js';

export const statusHelp = `Usage: adherence status [--treaty apmbc] [--as-of YYYY-MM-DD] [--basis B] [--json] [--db D]

How many States have formally accepted the treaty, are parties, have signed, are not
parties or have withdrawn, on a date (default: today).

  --as-of D   the date, from the day the treaty opened for signature up to today
  --basis B   which States are counted: ${countingBases.join(', ')}
              (default un-members-and-parties: the basis of the Convention's own page)
  --json      print JSON: { treaty, asOf, basis, basisDescription, counts, groups }
${dbOptionHelp}
`;

const options = { ...commonOptions, json: { type: 'boolean' }, basis: { type: 'string' } } as const;

export async function statusCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(statusHelp);
    return exitCodes.ok;
  }
  const rules = treatyOption(values.treaty);
  const asOf = asOfOption(values['as-of'], rules, deps.today);
  const basis = basisOption(values.basis);
  const treaty = await loadForCommand(deps, io, rules, values.db);
  if (treaty === null) return exitCodes.failure;
  const report = statusReport(treaty.treaty.history, asOf, basis, treaty.site.names.groups);
  if (values.json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else {
    const ctx = { t: messages.en, tt: rules.text.en, lang: 'en' as const, naming: naming('en', treaty.site.names) };
    const sentences = regionSentences(report.groups, ctx).map((s) => s.text);
    io.out(`${renderStatus(report, capitalise(rules.text.en.shortName))}\nRegions (UN M49), counting every State that exists on the date:\n${sentences.map((s) => `  ${s}`).join('\n')}\n`);
  }
  return exitCodes.ok;
}

function renderStatus(report: StatusReport, treatyName: string): string {
  const { counts } = report;
  const rows: [string, number][] = [
    ['States counted', counts.states],
    ['Formally accepted (ratified, accepted, approved, acceded or succeeded)', counts.formallyAccepted],
    ['Parties (in force for them)', counts.parties],
    ['Consented, not yet in force', counts.pendingEntryIntoForce],
    ['Withdrawal deposited, not yet effective', counts.withdrawalPending],
    ['Signatories that have not consented', counts.signatories],
    ['Not bound', counts.notParties],
    ['  of which never ratified or acceded', counts.neverJoined],
    ['  of which withdrew', counts.withdrawn],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    `${treatyName}: status as of ${report.asOf}`,
    `Counting ${report.basisDescription} (basis: ${report.basis}).`,
    '',
    ...rows.map(([label, n]) => `  ${label.padEnd(width)}  ${String(n).padStart(4)}`),
    '',
  ].join('\n');
}
