// The status page's sentences on obligations, for a date: how many States Parties had completed
// the destruction of their stockpiles and which were past the deadline with stocks left, and how
// many had declared clearance complete (and not reopened). Only States bound on the date count.
import type { CalendarDate } from './calendar-date.js';
import type { TreatyHistory } from './history.js';
import { clearanceWithin, obligationSpan, stockpileWithin } from './obligations.js';
import type { Indicator, Iso3 } from './record.js';
import type { ObligationStatus } from './rules/obligation.js';
import { statusOn } from './status.js';

export interface ObligationStatements {
  readonly stockpileCompleted: readonly Iso3[];
  readonly stockpilePast: readonly Iso3[];
  readonly clearanceCompleted: readonly Iso3[];
}

const isMet = (status: ObligationStatus): boolean => status === 'met' || status === 'met-late' || status === 'met-timing-unknown';

export function obligationStatements(history: TreatyHistory, indicators: readonly Indicator[], date: CalendarDate): ObligationStatements {
  const byState = new Map<Iso3, Indicator[]>();
  for (const fact of indicators) {
    const own = byState.get(fact.iso3);
    if (own === undefined) byState.set(fact.iso3, [fact]);
    else own.push(fact);
  }
  const stockpileCompleted: Iso3[] = [];
  const stockpilePast: Iso3[] = [];
  const clearanceCompleted: Iso3[] = [];
  for (const state of history.states) {
    const status = statusOn(state, date);
    if (status !== 'party' && status !== 'withdrawal-pending') continue;
    // Only the two obligations the sentences speak of: reports are not worked out.
    const span = obligationSpan(history, state, date);
    if (span === null) continue;
    const own = byState.get(state.state.iso3) ?? [];
    const stockpile = stockpileWithin(history, span, own).status;
    if (isMet(stockpile)) stockpileCompleted.push(state.state.iso3);
    if (stockpile === 'missed') stockpilePast.push(state.state.iso3);
    if (isMet(clearanceWithin(history, span, own).status)) clearanceCompleted.push(state.state.iso3);
  }
  return { stockpileCompleted, stockpilePast, clearanceCompleted };
}
