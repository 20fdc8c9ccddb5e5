// `adherence check` and every import: each problem in a whole record (the shared reference and
// every treaty in it), one per fact, naming where, which field and which rule.
import type { CalendarDate } from '../domain/calendar-date.js';
import { buildHistory } from '../domain/history.js';
import { recordViolations } from '../domain/rules/validity.js';
import type { TreatyRules } from '../domain/treaty.js';
import { checkIndicators } from './check-indicators.js';
import { checkObligations } from './check-obligations.js';
import { checkSources } from './check-sources.js';
import { treatyRecord, type LoadedRecord, type Reference, type TreatyData } from './ports.js';
import type { RecordProblem } from './record-problem.js';

export type ProblemAt = (fact: object, field: string | null, rule: string, message: string) => void;

/** `rulesOf` gives a treaty's module; a treaty the build does not know is itself a problem. */
export function checkRecord(loaded: LoadedRecord, rulesOf: (treaty: string) => TreatyRules | undefined, today: CalendarDate): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const at: ProblemAt = (fact, field, rule, message) => problems.push({ ...loaded.locate(fact), field, rule, message });
  checkReference(loaded.reference, today, at);
  const states = new Set(loaded.reference.states.map((s) => s.iso3));
  for (const data of loaded.treaties) {
    const rules = rulesOf(data.treaty);
    if (rules === undefined) {
      problems.push({ file: data.treaty, line: null, field: null, rule: 'treaty', message: `no treaty module "${data.treaty}" in this build` });
      continue;
    }
    checkTreaty(loaded, data, rules, states, today, at);
  }
  checkSources(loaded, at);
  return problems;
}

function checkReference(reference: Reference, today: CalendarDate, at: ProblemAt): void {
  const unique = <T extends object>(facts: readonly T[], key: (fact: T) => string, field: string) => {
    const seen = new Set<string>();
    for (const fact of facts) {
      if (seen.has(key(fact))) at(fact, field, 'unique', `${key(fact)} appears more than once`);
      seen.add(key(fact));
    }
  };
  unique(reference.regions, (r) => r.code, 'code');
  unique(reference.states, (s) => s.iso3, 'iso3');
  unique(reference.sources, (s) => s.site, 'site');
  const codes = new Set(reference.regions.map((r) => r.code));
  const known = new Set(reference.states.map((s) => s.iso3));
  for (const state of reference.states) {
    for (const field of ['region', 'subRegion', 'intermediateRegion'] as const) {
      const code = state[field];
      if (code !== null && !codes.has(code)) at(state, field, 'references', `${code} is not a region in regions.csv`);
    }
    for (const field of ['unMemberFrom', 'existsFrom'] as const) {
      const value = state[field];
      if (value !== null && value > today) at(state, field, 'not-in-future', `${value} is after today (${today})`);
    }
    if (state.predecessor !== null && !known.has(state.predecessor)) at(state, 'predecessor', 'references', `${state.predecessor} is not a State in the record`);
    for (const field of ['nameFr', 'nameEs'] as const) {
      if (state[field] === '') at(state, field, 'name', `${state.iso3} needs its UN ${field === 'nameFr' ? 'French' : 'Spanish'} short name (UNTERM)`);
    }
  }
  for (const site of reference.sources) {
    if (site.asAt !== null && site.asAt > today) at(site, 'asAt', 'not-in-future', `${site.asAt} is after today (${today})`);
  }
}

function checkTreaty(loaded: LoadedRecord, data: TreatyData, rules: TreatyRules, states: ReadonlySet<string>, today: CalendarDate, at: ProblemAt): void {
  const orphans = [...data.actions, ...data.indicators].filter((fact) => !states.has(fact.iso3));
  for (const fact of orphans) at(fact, 'iso3', 'references', `${fact.iso3} is not a State in the record`);
  checkIndicators(data.indicators, rules, today, at);
  if (orphans.length > 0) return;
  const record = treatyRecord(loaded, data.treaty);
  const history = buildHistory(record, rules);
  checkObligations(history, data.indicators, at);
  for (const violation of recordViolations(history, today)) {
    const fact = violation.action ?? record.states.find((s) => s.iso3 === violation.iso3) ?? data;
    at(fact, violation.action ? 'kind' : null, violation.rule, `${violation.iso3}: ${violation.message}`);
  }
}
