// The one rule for an "as of" date, whatever asks (CLI option, query parameter): a real date
// from the day the treaty opened for signature up to today; absent means today.
import { parseCalendarDate, type CalendarDate } from '../domain/calendar-date.js';
import { fail, ok, type Result } from '../domain/result.js';
import type { TreatyRules } from '../domain/treaty.js';

export function asOfDate(value: string | undefined, rules: TreatyRules, today: CalendarDate, field: string): Result<CalendarDate> {
  if (value === undefined) return ok(today);
  // A message echoes at most a short excerpt of what was sent.
  if (value.length > 10) return fail('invalid-input', `${field}: "${value.slice(0, 20)}${value.length > 20 ? '…' : ''}" is not a date YYYY-MM-DD`, field);
  const parsed = parseCalendarDate(value, field);
  if (!parsed.ok) return parsed;
  if (parsed.value < rules.signature.opens) {
    return fail('invalid-input', `${field}: ${value} is before ${rules.signature.opens}, when ${rules.text.en.shortName} opened for signature`, field);
  }
  if (parsed.value > today) return fail('invalid-input', `${field}: ${value} is after today (${today}); the record cannot say what has not happened`, field);
  return parsed;
}
