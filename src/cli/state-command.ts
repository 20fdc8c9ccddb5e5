// `adherence state ISO3`: one State's standing on a date, why, and its actions with sources.
import { findState } from '../app/find-state.js';
import { obligationsReport, type ObligationsReport } from '../app/obligations-report.js';
import { citeAll } from '../domain/basis.js';
import { stateDetail, type StateDetail } from '../domain/state-summary.js';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { loadForCommand } from './load.js';
import { asOfOption, commonOptions, dbOptionHelp, parse, treatyOption } from './options.js';

export const stateHelp = `Usage: adherence state ISO3|NAME [--as-of YYYY-MM-DD] [--json] [--treaty apmbc] [--db D]

One State (by ISO 3166-1 alpha-3 code, e.g. AUS, or by name in English, French or Spanish,
e.g. "Ukraine" or "côte d'ivoire") on a date (default: today): its status,
entry into force and the articles behind it, any withdrawal, its obligations with deadlines
(each with its deadline, the articles behind it, its status and sources), and every depositary
action up to that date with its source. --json gives them under "obligations", keyed by article.

${dbOptionHelp}
`;

const options = { ...commonOptions, json: { type: 'boolean' } } as const;

export async function stateCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values, positionals } = parse(args, options, true);
  if (values.help) {
    io.out(stateHelp);
    return exitCodes.ok;
  }
  if (positionals.length === 0) throw new UsageError('STATE: give one State, by ISO 3166-1 alpha-3 code or name, e.g. "adherence state AUS"');
  const query = positionals.join(' ');
  const rules = treatyOption(values.treaty);
  const asOf = asOfOption(values['as-of'], rules, deps.today);
  const treaty = await loadForCommand(deps, io, rules, values.db);
  if (treaty === null) return exitCodes.failure;
  const found = findState(query, treaty.data.reference.states);
  if (found.kind === 'not-found') {
    const hint = found.suggestions.length === 0 ? '' : `; did you mean ${found.suggestions.map((s) => `${s.name} (${s.iso3})`).join(', or ')}?`;
    throw new UsageError(`STATE: no State "${query}" in the record (give an ISO 3166-1 alpha-3 code or a name)${hint}`);
  }
  const history = treaty.treaty.history.byIso3.get(found.state.iso3);
  if (history === undefined) throw new UsageError(`STATE: no State "${query}" in the record`);
  const detail = stateDetail(treaty.treaty.history, history, asOf);
  if (detail === null) {
    throw new UsageError(`--as-of: ${history.state.name} does not count as a State on ${asOf} (it does from ${history.state.existsFrom})`);
  }
  const obligations = obligationsReport(treaty.treaty, history.state.iso3, asOf);
  io.out(values.json ? `${JSON.stringify({ ...detail, obligations }, null, 2)}\n` : renderState(detail, obligations, asOf));
  return exitCodes.ok;
}

function renderState(detail: StateDetail, obligations: ObligationsReport | null, asOf: string): string {
  const lines = [`${detail.name} (${detail.iso3}) as of ${asOf}: ${detail.status}`];
  if (detail.signature !== null) lines.push(`  Signed:           ${detail.signature}`);
  if (detail.consent !== null) lines.push(`  Consent:          ${detail.consent.kind}, deposited ${detail.consent.date}`);
  if (detail.entryIntoForce !== null) lines.push(`  Entry into force: ${detail.entryIntoForce} (${citeAll(detail.entryIntoForceReason)})`);
  if (detail.withdrawal !== null) {
    const effect = detail.withdrawal.effective ?? (detail.withdrawal.suspended ? 'suspended (armed conflict)' : 'unknown');
    lines.push(`  Withdrawal:       deposited ${detail.withdrawal.deposited}, effective ${effect} (${citeAll(detail.withdrawalReason)})`);
  }
  if (obligations !== null) {
    lines.push('', '  Obligations:');
    for (const [key, value] of Object.entries(obligations)) {
      if (value === null || typeof value === 'string') continue;
      const met = value.met === null ? '' : `, met ${value.met}`;
      lines.push(`    ${key.padEnd(14)}${value.deadline ?? '-'}  ${value.status}${met} (${value.basis})`);
    }
    if (obligations.endedOn !== null) lines.push(`    ended by the withdrawal effective ${obligations.endedOn}`);
  }
  lines.push('', '  Actions:');
  if (detail.actions.length === 0) lines.push('    (none)');
  for (const action of detail.actions) {
    const extra = action.kind === 'succession' ? ` effective ${action.effectiveDate}` : '';
    lines.push(`    ${action.date}  ${action.kind}${extra}${action.cn === null ? '' : `  ${action.cn}`}${action.note === '' ? '' : `  ${action.note}`}`);
    lines.push(`                source: ${action.source}`);
  }
  return `${lines.join('\n')}\n`;
}
