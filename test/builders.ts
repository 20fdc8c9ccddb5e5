// Test builders: small, explicit records instead of shared fixtures.
import { calendarDate } from '../src/domain/calendar-date.js';
import type { Action, State, TreatyRecord } from '../src/domain/record.js';

export function aState(overrides: Partial<State> & { iso3: string }): State {
  return {
    name: overrides.iso3,
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

type ActionInput =
  | { kind: 'signature' | 'ratification' | 'acceptance' | 'approval' | 'accession' | 'declaration' }
  | { kind: 'succession'; effectiveDate: string }
  | { kind: 'withdrawal'; effectiveDate?: string; effectSuspended?: boolean };

export function anAction(iso3: string, date: string, input: ActionInput): Action {
  const facts = { iso3, treaty: 'apmbc', date: calendarDate(date), cn: null, source: 'https://example.org/action', note: '' };
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
