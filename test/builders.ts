// Test builders: small, explicit records instead of shared fixtures.
import type { Reference, TreatyData } from '../src/app/ports.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { factDate } from '../src/domain/fact-date.js';
import type { Action, Indicator, State, TreatyRecord } from '../src/domain/record.js';
import type { Region } from '../src/domain/region.js';
import type { SourceConflict } from '../src/domain/source-conflict.js';
import type { SourceSite } from '../src/domain/sources.js';

export function aState(overrides: Partial<State> & { iso3: string }): State {
  return {
    name: overrides.iso3,
    nameFr: overrides.nameFr ?? overrides.name ?? overrides.iso3,
    nameEs: overrides.nameEs ?? overrides.name ?? overrides.iso3,
    m49: '000',
    region: '150',
    subRegion: '155',
    intermediateRegion: null,
    unMemberFrom: calendarDate('1945-10-24'),
    existsFrom: null,
    predecessor: null,
    source: 'https://example.org/state',
    note: '',
    ...overrides,
  };
}

type ActionInput = { treaty?: string; source?: string; note?: string; cn?: string } & (
  | { kind: 'signature' | 'ratification' | 'acceptance' | 'approval' | 'accession' | 'declaration' | 'provisional-application' | 'territorial-application' }
  | { kind: 'succession'; effectiveDate: string }
  | { kind: 'withdrawal'; effectiveDate?: string; effectSuspended?: boolean }
);

export function anAction(iso3: string, date: string, input: ActionInput): Action {
  const facts = {
    iso3,
    treaty: input.treaty ?? 'apmbc',
    date: calendarDate(date),
    cn: input.cn ?? null,
    source: input.source ?? 'https://example.org/action',
    note: input.note ?? '',
  };
  switch (input.kind) {
    case 'succession':
      return { ...facts, kind: 'succession', effectiveDate: calendarDate(input.effectiveDate) };
    case 'withdrawal':
      return {
        ...facts,
        kind: 'withdrawal',
        effectiveDate: input.effectiveDate === undefined ? null : calendarDate(input.effectiveDate),
        effectSuspended: input.effectSuspended ?? false,
      };
    default:
      return { ...facts, kind: input.kind };
  }
}

type IndicatorInput = Partial<Omit<Indicator, 'from' | 'until' | 'reported'>> & {
  readonly from?: string | null;
  readonly until?: string | null;
  readonly reported?: string | null;
};

const orNullDate = (text: string | null | undefined) => (text === null || text === undefined ? null : factDate(text));

/** A fact about a State: by default reported in 2024, holding for no stated period, with no value. */
export function anIndicator(iso3: string, indicator: string, input: IndicatorInput = {}): Indicator {
  return {
    iso3,
    treaty: 'apmbc',
    indicator,
    value: null,
    confidence: 'confirmed',
    source: 'https://example.org/indicator',
    note: '',
    ...input,
    from: orNullDate(input.from),
    until: orNullDate(input.until),
    reported: input.reported === undefined ? factDate('2024') : orNullDate(input.reported),
  };
}

export const aRegion = (code: string, kind: Region['kind'] = 'region', name = `Region ${code}`): Region => ({
  code,
  name,
  kind,
  source: 'https://example.org/m49',
});

export const aSourceSite = (site: string, overrides: Partial<SourceSite> = {}): SourceSite => ({
  site,
  publisher: `Publisher of ${site}`,
  grade: 'official',
  asAt: null,
  note: '',
  ...overrides,
});

export const aConflict = (file: string, key: string, overrides: Partial<SourceConflict> = {}): SourceConflict => ({
  file,
  key,
  field: 'date',
  valueChosen: '1998-01-01',
  sourceChosen: 'https://example.org/chosen',
  valueOther: '1998-01-02',
  sourceOther: 'https://example.org/other',
  reason: 'The depositary notification gives the first date',
  ...overrides,
});

export const aReference = (overrides: Partial<Reference> = {}): Reference => ({ states: [], regions: [], sources: [], conflicts: [], ...overrides });

export const aTreatyData = (treaty: string, overrides: Partial<Omit<TreatyData, 'treaty'>> = {}): TreatyData => ({
  treaty,
  actions: [],
  indicators: [],
  conflicts: [],
  ...overrides,
});

/** Distinct ISO3-shaped codes: 'QAA', 'QAB', ... (Q-codes are user-assigned, never a real State). */
export const iso3Codes = (count: number, first = 'Q'): string[] =>
  Array.from({ length: count }, (_, i) => `${first}${String.fromCharCode(65 + Math.floor(i / 26) % 26)}${String.fromCharCode(65 + (i % 26))}`);

/** n States that each ratify on the given date (fills the 40 instruments of Art. 17(1)). */
export function earlyRatifiers(count: number, date: string): { states: State[]; actions: Action[] } {
  const states = Array.from({ length: count }, (_, i) => aState({ iso3: `E${String(i).padStart(2, '0')}` }));
  const actions = states.flatMap((s) => [
    anAction(s.iso3, '1997-12-03', { kind: 'signature' }),
    anAction(s.iso3, date, { kind: 'ratification' }),
  ]);
  return { states, actions };
}

export function aRecord(states: readonly State[], actions: readonly Action[]): TreatyRecord {
  return { treaty: 'apmbc', states, actions, indicators: [] };
}
