// fast-check generators of records (as a data directory holds them) that pass the row rules:
// real dates, ISO3 and M49 codes, sourced rows, references that resolve. Free text uses the
// characters CSV must quote (comma, quote, newline) and some beyond ASCII. A record holds the
// reference and one or two treaties' records.
import fc from 'fast-check';
import type { Reference, RecordData, TreatyData } from '../src/app/ports.js';
import { fromDayNumber, toDayNumber, calendarDate, type CalendarDate } from '../src/domain/calendar-date.js';
import type { FactDate } from '../src/domain/fact-date.js';
import { actionKinds, type Action, type Indicator, type State } from '../src/domain/record.js';
import { regionKinds, type Region } from '../src/domain/region.js';
import type { SourceConflict } from '../src/domain/source-conflict.js';
import { sourceGrades, type SourceSite } from '../src/domain/sources.js';

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
/** A year ('0999' included: four digits) or a day. */
const aFactDate: fc.Arbitrary<FactDate> = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map((year) => String(year).padStart(4, '0') as FactDate),
  aDate.map((date) => date as string as FactDate),
);
const optionalFactDate = fc.option(aFactDate, { nil: null });

const m49 = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
const iso3 = fc.stringMatching(/^[A-Z]{3}$/);
const kebab = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,4}){0,2}$/);

const region = (code: string): fc.Arbitrary<Region> =>
  fc.record({ code: fc.constant(code), name: nonEmpty, kind: fc.constantFrom(...regionKinds), source });

const state = (iso: string, regions: readonly string[], states: readonly string[]): fc.Arbitrary<State> => {
  const regionCode = fc.constantFrom(...regions);
  return fc.record({
    iso3: fc.constant(iso),
    name: nonEmpty,
    nameFr: nonEmpty,
    nameEs: nonEmpty,
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

const sourceSite = (site: string): fc.Arbitrary<SourceSite> =>
  fc.record({ site: fc.constant(site), publisher: nonEmpty, grade: fc.constantFrom(...sourceGrades), asAt: optionalDate, note: text() });
const siteName = fc
  .tuple(fc.stringMatching(/^[a-z0-9-]{1,8}$/), fc.constantFrom('org', 'int', 'example'), fc.option(fc.stringMatching(/^\/[a-z0-9/_-]{0,8}$/), { nil: '' }))
  .map(([host, tld, path]) => `${host}.${tld}${path}`);

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

/** Whether a period ends before it begins, as the row rule reads it (a year against a day compares its digits). */
const endsBeforeItBegins = (from: FactDate, until: FactDate) => until.slice(0, from.length) < from.slice(0, until.length);

const indicator = (states: readonly string[], treaty: string): fc.Arbitrary<Indicator> =>
  fc
    .record({
      iso3: fc.constantFrom(...states),
      treaty: fc.constant(treaty),
      indicator: fc.oneof(fc.constantFrom('produced', 'stockpile-estimate', 'art5-deadline', 'nsag-use'), kebab),
      value: optionalText,
      from: optionalFactDate,
      until: optionalFactDate,
      reported: optionalFactDate,
      confidence: fc.constantFrom('confirmed' as const, 'uncertain' as const),
      source,
      note: text(),
    })
    .map((fact) => (fact.from !== null && fact.until !== null && endsBeforeItBegins(fact.from, fact.until) ? { ...fact, from: fact.until, until: fact.from } : fact))
    .map((fact) => (fact.from !== null && fact.until !== null && endsBeforeItBegins(fact.from, fact.until) ? { ...fact, until: null } : fact));

const conflict = (files: readonly string[]): fc.Arbitrary<SourceConflict> =>
  fc.record({
    file: fc.constantFrom(...files),
    key: nonEmpty,
    field: fc.constantFrom('name', 'date', 'unMemberFrom', 'kind'),
    valueChosen: text(),
    sourceChosen: source,
    valueOther: text(),
    sourceOther: source,
    reason: nonEmpty,
  });

const treatyData = (treaty: string, states: readonly string[]): fc.Arbitrary<TreatyData> =>
  fc.record({
    treaty: fc.constant(treaty),
    actions: states.length === 0 ? fc.constant([]) : fc.array(action(states, treaty), { maxLength: 8 }),
    indicators: states.length === 0 ? fc.constant([]) : fc.array(indicator(states, treaty), { maxLength: 6 }),
    conflicts: fc.array(conflict([`${treaty}/actions.csv`, `${treaty}/indicators.csv`]), { maxLength: 2 }),
  });

/** A reference of a few States, with their regions, graded source sites and source conflicts. */
export function aReferenceData(): fc.Arbitrary<Reference> {
  return fc
    .record({
      regionCodes: fc.uniqueArray(m49, { minLength: 1, maxLength: 4 }),
      stateCodes: fc.uniqueArray(iso3, { maxLength: 5 }),
      siteNames: fc.uniqueArray(siteName, { maxLength: 3 }),
    })
    .chain(({ regionCodes, stateCodes, siteNames }) =>
      fc.record({
        regions: fc.tuple(...regionCodes.map(region)),
        states: stateCodes.length === 0 ? fc.constant([]) : fc.tuple(...stateCodes.map((iso) => state(iso, regionCodes, stateCodes))),
        sources: siteNames.length === 0 ? fc.constant([]) : fc.tuple(...siteNames.map(sourceSite)),
        conflicts: fc.array(conflict(['states.csv', 'regions.csv', 'sources.csv']), { maxLength: 3 }),
      }),
    );
}

/** A whole record: the reference and the records of `treaties` (each may be empty). */
export function aRecordData(treaties: readonly string[] = ['apmbc', 'ccm']): fc.Arbitrary<RecordData & { readonly reference: Reference }> {
  return aReferenceData().chain((reference) => {
    const states = reference.states.map((s) => s.iso3);
    return fc.tuple(...treaties.map((treaty) => treatyData(treaty, states))).map((data) => ({ reference, treaties: data }));
  });
}
