// The checks on a treaty's indicators: a kind its module declares, a value of the kind's form,
// a period that has happened, and the date of the report behind it.
import type { CalendarDate } from '../domain/calendar-date.js';
import { isCalendarDate } from '../domain/calendar-date.js';
import { firstDayOf } from '../domain/fact-date.js';
import type { Indicator } from '../domain/record.js';
import type { FactKind, TreatyRules } from '../domain/treaty.js';
import type { ProblemAt } from './check-record.js';

const valueRule: Record<FactKind['value'], { test: (value: string | null) => boolean; message: string }> = {
  none: { test: (v) => v === null, message: 'must be empty for this kind of fact' },
  text: { test: () => true, message: '' },
  count: { test: (v) => v !== null && /^\d+$/.test(v), message: 'must be a whole number (e.g. 26500000)' },
  date: { test: (v) => v !== null && isCalendarDate(v), message: 'must be a real calendar date YYYY-MM-DD' },
};

export function checkIndicators(indicators: readonly Indicator[], rules: TreatyRules, today: CalendarDate, at: ProblemAt): void {
  const kinds = new Map(rules.facts.kinds.map((k) => [k.id, k]));
  for (const fact of indicators) {
    const kind = kinds.get(fact.indicator);
    if (kind === undefined) {
      at(fact, 'indicator', 'kind', `"${fact.indicator}" is not a kind of fact of the ${rules.id} record; use one of ${[...kinds.keys()].join(', ')}`);
      continue;
    }
    const rule = valueRule[kind.value];
    if (!rule.test(fact.value)) at(fact, 'value', 'value', `"${fact.value ?? ''}" ${rule.message}`);
    if (kind.value === 'date' && fact.value !== null && fact.value > today && kind.deadline !== true) {
      at(fact, 'value', 'not-in-future', `${fact.value} is after today (${today})`);
    }
    for (const field of ['from', 'until', 'reported'] as const) {
      const date = fact[field];
      if (date !== null && firstDayOf(date) > today) at(fact, field, 'not-in-future', `${date} is after today (${today})`);
    }
    if (fact.reported === null) at(fact, 'reported', 'reported', 'every fact needs the date (or year) its source was published');
  }
}
