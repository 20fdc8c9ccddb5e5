// Reading and checking query parameters: each error names the parameter and the rule.
import { asOfDate } from '../app/as-of.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import type { TreatyRules } from '../domain/treaty.js';
import { countingBases, defaultCountingBasis, type CountingBasis } from '../domain/counting-basis.js';
import { fail, ok, type Result } from '../domain/result.js';
import { statusFilters } from '../app/site.js';

export type Query = Readonly<Record<string, unknown>>;

/** At most a short excerpt of what the client sent, for an error message. */
export const excerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A parameter given once (the first, if repeated); undefined when absent or empty. */
export const single = (query: Query, name: string): string | undefined => {
  const value = query[name];
  if (Array.isArray(value)) return typeof value[0] === 'string' ? value[0] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** asOf: see asOfDate. */
export const asOfParam = (query: Query, rules: TreatyRules, today: CalendarDate): Result<CalendarDate> => asOfDate(single(query, 'asOf'), rules, today, 'asOf');

export function enumParam<T extends string>(query: Query, name: string, allowed: readonly T[]): Result<T | null> {
  const value = single(query, name);
  if (value === undefined) return ok(null);
  if (!(allowed as readonly string[]).includes(value)) {
    return fail('invalid-input', `${name}: "${excerpt(value)}" is not one of ${allowed.join(', ')}`, name);
  }
  return ok(value as T);
}

export function basisParam(query: Query): Result<CountingBasis> {
  const basis = enumParam(query, 'basis', countingBases);
  return basis.ok ? ok(basis.value ?? defaultCountingBasis) : basis;
}

/** The parameters of a list of States, shared by the States page and the API. */
export function stateListParams(query: Query, rules: TreatyRules, today: CalendarDate, groupCodes: readonly string[]) {
  const asOf = asOfParam(query, rules, today);
  if (!asOf.ok) return asOf;
  const basis = basisParam(query);
  if (!basis.ok) return basis;
  const status = enumParam(query, 'status', statusFilters);
  if (!status.ok) return status;
  const region = enumParam(query, 'region', groupCodes);
  if (!region.ok) return region;
  return ok({ asOf: asOf.value, basis: basis.value, status: status.value, region: region.value });
}

/** Refuses a parameter the endpoint does not read, naming it, so a typo is not silently ignored. */
export function onlyParams(query: Query, allowed: readonly string[]): Result<true> {
  const unknown = Object.keys(query).filter((name) => !allowed.includes(name));
  const repeated = Object.keys(query).find((name) => Array.isArray(query[name]));
  if (unknown.length === 0 && repeated !== undefined) return fail('invalid-input', `${excerpt(repeated)}: given more than once; give it once`, repeated);
  if (unknown.length === 0) return ok(true);
  return fail('invalid-input', `${unknown.slice(0, 5).map(excerpt).join(', ')}: unknown parameter${unknown.length > 1 ? 's' : ''}; this endpoint takes ${allowed.join(', ')}`, unknown[0]);
}
