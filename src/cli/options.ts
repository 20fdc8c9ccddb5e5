// Parsing and checking the options the commands share; every error names the option.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { asOfDate } from '../app/as-of.js';
import { treaties, defaultTreaty } from '../app/treaties.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import { countingBases, defaultCountingBasis, type CountingBasis } from '../domain/counting-basis.js';
import type { TreatyRules } from '../domain/treaty.js';
import { UsageError } from './io.js';

export type Options = NonNullable<ParseArgsConfig['options']>;

export const commonOptions = {
  help: { type: 'boolean', short: 'h' },
  treaty: { type: 'string' },
  'as-of': { type: 'string' },
  db: { type: 'string' },
} as const satisfies Options;

/** The --db line of every command's help that reads the store. */
export const dbOptionHelp = `  --db D      the store: a SQLite file or a postgres:// URL (default: DATABASE_URL, else
              adherence.sqlite in $XDG_DATA_HOME/adherence or ~/.local/share/adherence,
              filled from the shipped record on first use)`;

export function parse<T extends Options>(args: readonly string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

export function treatyOption(value: string | undefined): TreatyRules {
  const id = value ?? defaultTreaty;
  const rules = treaties.get(id);
  if (rules === undefined) throw new UsageError(`--treaty: unknown treaty "${id}"; known: ${[...treaties.keys()].join(', ')}`);
  return rules;
}

/** --as-of: see asOfDate; a bad value is a usage error. */
export function asOfOption(value: string | undefined, rules: TreatyRules, today: CalendarDate): CalendarDate {
  const asOf = asOfDate(value, rules, today, '--as-of');
  if (!asOf.ok) throw new UsageError(asOf.error.message);
  return asOf.value;
}

/** An option that takes one of a list of values: `what` names them in the message ("counting basis"). */
export function oneOf<T extends string>(option: string, what: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${option}: unknown ${what} "${value}"; use one of ${allowed.join(', ')}`);
  return value as T;
}

export const basisOption = (value: string | undefined): CountingBasis => (value === undefined ? defaultCountingBasis : oneOf('basis', 'counting basis', value, countingBases));

export function formatOption(values: Readonly<Record<string, unknown>>, allowed: readonly string[]): string {
  const chosen = allowed.filter((name) => values[name] === true);
  if (chosen.length > 1) throw new UsageError(`choose one output format: ${chosen.map((n) => `--${n}`).join(' or ')}`);
  return chosen[0] ?? 'text';
}
