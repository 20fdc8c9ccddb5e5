// Migration 0003's conversion of indicator rows from the 0.1 release (kinds of the APMBC record,
// a year and a date) to kinds the treaty module declares and a period kept apart from the date
// of the report. Frozen with the migration. The old `year` was the year a source reported the
// fact (or, for a deadline, the deadline's year); it becomes `reported`, and the period where the
// old kind implied one. A row with a day but no year keeps the day where the year would go.

export type IndicatorRow0002 = {
  treaty: string;
  position: number;
  iso3: string;
  indicator: string;
  value: string | null;
  year: number | null;
  date: string | null;
  confidence: string;
  source: string;
  note: string;
}

export type IndicatorRow0003 = {
  treaty: string;
  position: number;
  iso3: string;
  indicator: string;
  value: string | null;
  from_date: string | null;
  until_date: string | null;
  reported: string | null;
  confidence: string;
  source: string;
  note: string;
}

export function convertIndicator(old: IndicatorRow0002): IndicatorRow0003 {
  const { year, date, indicator, ...kept } = old;
  const yearText = year === null ? null : String(year).padStart(4, '0');
  /** When the fact happened, as precisely as the row says it. */
  const when = yearText ?? date;
  // No row said when its source was published; NULL where nothing hints at it (`adherence check` asks for it).
  const reported = yearText ?? date?.slice(0, 4) ?? null;
  const row = (kind: string, period: { from?: string | null; until?: string | null; value?: string | null } = {}): IndicatorRow0003 => ({
    ...kept,
    indicator: kind,
    value: period.value === undefined ? old.value : period.value,
    from_date: period.from ?? null,
    until_date: period.until ?? null,
    reported,
  });
  switch (indicator) {
    case 'former-producer':
      return row('produced', { until: when });
    case 'current-producer':
      return row('produced');
    case 'used':
    case 'new-use-state':
      return row('used', { from: when, until: when });
    case 'new-use-nsag':
      return row('nsag-use', { from: when, until: when });
    case 'mine-affected':
      return old.value === 'cleared' ? row('affected', { until: when, value: null }) : row('affected', { value: null });
    case 'stockpiled':
      return row('stockpiled');
    case 'stockpile-estimate':
      return row('stockpile-estimate', { from: when });
    case 'transferred':
      return row('transferred', { until: when });
    case 'art4-completed':
    case 'art5-completed':
      return row(indicator, { from: date ?? yearText });
    case 'art5-deadline':
    case 'art5-extension':
      // The value is the deadline itself.
      return row(indicator, { value: date ?? old.value });
    default:
      // Schema 0001 allowed no other kind.
      return row(indicator);
  }
}
