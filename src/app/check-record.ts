// `adherence check`: every problem in the record, one per line, naming where and which rule.
import type { CalendarDate } from '../domain/calendar-date.js';
import { buildHistory } from '../domain/history.js';
import { recordViolations } from '../domain/rules/validity.js';
import { isDeadlineIndicator } from '../domain/record.js';
import type { TreatyRules } from '../domain/treaty.js';
import type { LoadedRecord } from './ports.js';
import type { RecordProblem } from './record-problem.js';

export function checkRecord(loaded: LoadedRecord, rules: TreatyRules, today: CalendarDate): RecordProblem[] {
  const { record } = loaded;
  const problems: RecordProblem[] = [];
  const at = (fact: object, field: string | null, rule: string, message: string) =>
    problems.push({ ...loaded.locate(fact), field, rule, message });

  const known = new Set<string>();
  for (const state of record.states) {
    if (known.has(state.iso3)) at(state, 'iso3', 'unique', `${state.iso3} appears more than once`);
    known.add(state.iso3);
    for (const field of ['unMemberFrom', 'existsFrom'] as const) {
      const value = state[field];
      if (value !== null && value > today) at(state, field, 'not-in-future', `${value} is after today (${today})`);
    }
  }
  for (const state of record.states) {
    if (state.predecessor !== null && !known.has(state.predecessor)) {
      at(state, 'predecessor', 'references', `${state.predecessor} is not a State in the record`);
    }
  }
  const orphans = [...record.actions, ...record.indicators].filter((fact) => !known.has(fact.iso3));
  for (const fact of orphans) at(fact, 'iso3', 'references', `${fact.iso3} is not a State in the record`);
  for (const indicator of record.indicators) {
    if (indicator.date !== null && indicator.date > today && !isDeadlineIndicator(indicator.indicator)) at(indicator, 'date', 'not-in-future', `${indicator.date} is after today (${today})`);
  }
  if (orphans.length > 0) return problems;

  for (const violation of recordViolations(buildHistory(record, rules), today)) {
    at(violation.action ?? record.states.find((s) => s.iso3 === violation.iso3) ?? record, violation.action ? 'kind' : null, violation.rule, `${violation.iso3}: ${violation.message}`);
  }
  return problems;
}
