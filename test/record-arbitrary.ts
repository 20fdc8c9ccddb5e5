// fast-check generators of whole records (as a data directory holds them) that pass the row
// rules: real dates, ISO3 and M49 codes, sourced rows, references that resolve. Free text uses
// the characters CSV must quote (comma, quote, newline) and some beyond ASCII.
import fc from 'fast-check';
import type { RecordData } from '../src/app/ports.js';
import { fromDayNumber, toDayNumber, calendarDate, type CalendarDate } from '../src/domain/calendar-date.js';
import { actionKinds, indicatorKinds, type Action, type Indicator, type State } from '../src/domain/record.js';
import { regionKinds, type Region } from '../src/domain/region.js';
import type { SourceConflict } from '../src/domain/source-conflict.js';

const characters = ['a', 'b', 'Z', '0', ' ', ',', '"', "'", ';', '\n', '\r\n', '\r', '\t', '(', '-', 'é', 'ü', 'ß', '’', 'İ', '🙂'];
const text = (minLength = 0) => fc.string({ unit: fc.constantFrom(...characters), minLength, maxLength: 12 });
const nonEmpty = text(1);
const optionalText = fc.option(nonEmpty, { nil: null });

const url = fc
  .stringMatching(/^[a-z0-9/%_.?=&-]{0,16}$/)
  .map((path) => `https://example.org/${path}`);
const source = fc.array(url, { minLength: 1, maxLength: 3 }).map((urls) => urls.join(' ; '));

const firstDay = toDayNumber(calendarDate('1900-01-01'));
const lastDay = toDayNumber(calendarDate('2099-12-31'));
export const aDate: fc.Arbitrary<CalendarDate> = fc.integer({ min: firstDay, max: lastDay }).map(fromDayNumber);
const optionalDate = fc.option(aDate, { nil: null });

const m49 = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
const iso3 = fc.stringMatching(/^[A-Z]{3}$/);

const region = (code: string): fc.Arbitrary<Region> =>
  fc.record({ code: fc.constant(code), name: nonEmpty, kind: fc.constantFrom(...regionKinds), source });

const state = (iso: string, regions: readonly string[], states: readonly string[]): fc.Arbitrary<State> => {
  const regionCode = fc.constantFrom(...regions);
  return fc.record({
    iso3: fc.constant(iso),
    name: nonEmpty,
    m49,
    region: regionCode,
    subRegion: regionCode,
    intermediateRegion: fc.option(regionCode, { nil: null }),
    unMemberFrom: optionalDate,
    existsFrom: optionalDate,
    predecessor: fc.option(fc.constantFrom(...states), { nil: null }),
    source,
    note: text(),
  });
};

const action = (states: readonly string[], treaty: string): fc.Arbitrary<Action> =>
  fc
    .record({
      iso3: fc.constantFrom(...states),
      kind: fc.constantFrom(...actionKinds),
      date: aDate,
      effectiveDate: aDate,
      hasEffectiveDate: fc.boolean(),
      effectSuspended: fc.boolean(),
      cn: optionalText,
      source,
      note: text(),
    })
    .map(({ kind, effectiveDate, hasEffectiveDate, effectSuspended, ...facts }): Action => {
      const common = { ...facts, treaty };
      switch (kind) {
        case 'succession':
          return { ...common, kind, effectiveDate };
        case 'withdrawal':
          return { ...common, kind, effectiveDate: hasEffectiveDate ? effectiveDate : null, effectSuspended };
        default:
          return { ...common, kind };
      }
    });

const indicator = (states: readonly string[], treaty: string): fc.Arbitrary<Indicator> =>
  fc.record({
    iso3: fc.constantFrom(...states),
    treaty: fc.constant(treaty),
    indicator: fc.constantFrom(...indicatorKinds),
    value: optionalText,
    year: fc.option(fc.integer({ min: 0, max: 9999 }), { nil: null }),
    date: optionalDate,
    confidence: fc.constantFrom('confirmed' as const, 'uncertain' as const),
    source,
    note: text(),
  });

const conflict: fc.Arbitrary<SourceConflict> = fc.record({
  file: fc.constantFrom('states.csv', 'regions.csv', 'apmbc/actions.csv', 'apmbc/indicators.csv'),
  key: nonEmpty,
  field: fc.constantFrom('name', 'date', 'unMemberFrom', 'kind'),
  valueChosen: text(),
  sourceChosen: source,
  valueOther: text(),
  sourceOther: source,
  reason: nonEmpty,
});

/** A record of a few States, with their regions, actions, indicators and source conflicts. */
export function aRecordData(treaty = 'apmbc'): fc.Arbitrary<RecordData> {
  return fc
    .record({
      regionCodes: fc.uniqueArray(m49, { minLength: 1, maxLength: 4 }),
      stateCodes: fc.uniqueArray(iso3, { maxLength: 5 }),
    })
    .chain(({ regionCodes, stateCodes }) =>
      fc.record({
        regions: fc.tuple(...regionCodes.map(region)),
        states: stateCodes.length === 0 ? fc.constant([]) : fc.tuple(...stateCodes.map((iso) => state(iso, regionCodes, stateCodes))),
        actions: stateCodes.length === 0 ? fc.constant([]) : fc.array(action(stateCodes, treaty), { maxLength: 8 }),
        indicators: stateCodes.length === 0 ? fc.constant([]) : fc.array(indicator(stateCodes, treaty), { maxLength: 6 }),
        conflicts: fc.array(conflict, { maxLength: 3 }),
      }),
    )
    .map(({ regions, states, actions, indicators, conflicts }) => ({
      record: { treaty, states, actions, indicators },
      regions,
      conflicts,
    }));
}
