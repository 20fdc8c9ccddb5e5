// The checks of `adherence check` for a whole data directory: the record's own checks, plus the
// regions it refers to. Import runs exactly these, so what check accepts, import accepts.
import type { CalendarDate } from '../domain/calendar-date.js';
import type { TreatyRules } from '../domain/treaty.js';
import { checkRecord } from './check-record.js';
import type { LoadedData } from './ports.js';
import type { RecordProblem } from './record-problem.js';

export function checkRecordData(loaded: LoadedData, rules: TreatyRules, today: CalendarDate): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const at = (fact: object, field: string, rule: string, message: string) => problems.push({ ...loaded.locate(fact), field, rule, message });

  const codes = new Set<string>();
  for (const region of loaded.regions) {
    if (codes.has(region.code)) at(region, 'code', 'unique', `${region.code} appears more than once`);
    codes.add(region.code);
  }
  for (const state of loaded.record.states) {
    for (const field of ['region', 'subRegion', 'intermediateRegion'] as const) {
      const code = state[field];
      if (code !== null && !codes.has(code)) at(state, field, 'references', `${code} is not a region in regions.csv`);
    }
  }
  return [...problems, ...checkRecord(loaded, rules, today)];
}
