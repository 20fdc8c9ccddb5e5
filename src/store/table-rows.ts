// Rows of the record's files (strings, '' for nothing) to and from rows of the tables (NULL for
// nothing, integers for flags). Facts are made from rows by app/record-rows.ts in one
// place only, so a fact read from the database passes the same rules as one read from a file.
import type { Insertable, Selectable } from 'kysely';
import type { Row } from '../app/record-rows.js';
import type { ActionsTable, ConflictsTable, IndicatorsTable, RegionsTable, SourceSitesTable, StatesTable } from './database.js';

const text = (row: Row, column: string): string => row[column] ?? '';
const orNull = (row: Row, column: string): string | null => (text(row, column) === '' ? null : text(row, column));
const fromNull = (value: string | null): string => value ?? '';

export const stateToTable = (row: Row, position: number): Insertable<StatesTable> => ({
  iso3: text(row, 'iso3'),
  position,
  name: text(row, 'name'),
  name_fr: text(row, 'nameFr'),
  name_es: text(row, 'nameEs'),
  m49: text(row, 'm49'),
  region: text(row, 'region'),
  sub_region: text(row, 'subRegion'),
  intermediate_region: orNull(row, 'intermediateRegion'),
  un_member_from: orNull(row, 'unMemberFrom'),
  exists_from: orNull(row, 'existsFrom'),
  predecessor: orNull(row, 'predecessor'),
  source: text(row, 'source'),
  note: text(row, 'note'),
});

export const stateFromTable = (r: Selectable<StatesTable>): Row => ({
  iso3: r.iso3,
  name: r.name,
  nameFr: r.name_fr,
  nameEs: r.name_es,
  m49: r.m49,
  region: r.region,
  subRegion: r.sub_region,
  intermediateRegion: fromNull(r.intermediate_region),
  unMemberFrom: fromNull(r.un_member_from),
  existsFrom: fromNull(r.exists_from),
  predecessor: fromNull(r.predecessor),
  source: r.source,
  note: r.note,
});

export const actionToTable = (row: Row, treaty: string, position: number): Insertable<ActionsTable> => ({
  treaty,
  position,
  iso3: text(row, 'iso3'),
  kind: text(row, 'kind'),
  date: text(row, 'date'),
  effective_date: orNull(row, 'effectiveDate'),
  effect_suspended: text(row, 'effectSuspended') === 'yes' ? 1 : 0,
  cn: orNull(row, 'cn'),
  source: text(row, 'source'),
  note: text(row, 'note'),
});

export const actionFromTable = (r: Selectable<ActionsTable>): Row => ({
  iso3: r.iso3,
  kind: r.kind,
  date: r.date,
  effectiveDate: fromNull(r.effective_date),
  effectSuspended: r.effect_suspended === 1 ? 'yes' : '',
  cn: fromNull(r.cn),
  source: r.source,
  note: r.note,
});

export const indicatorToTable = (row: Row, treaty: string, position: number): Insertable<IndicatorsTable> => ({
  treaty,
  position,
  iso3: text(row, 'iso3'),
  indicator: text(row, 'indicator'),
  value: orNull(row, 'value'),
  from_date: orNull(row, 'from'),
  until_date: orNull(row, 'until'),
  reported: orNull(row, 'reported'),
  confidence: text(row, 'confidence'),
  source: text(row, 'source'),
  note: text(row, 'note'),
});

export const indicatorFromTable = (r: Selectable<IndicatorsTable>): Row => ({
  iso3: r.iso3,
  indicator: r.indicator,
  value: fromNull(r.value),
  from: fromNull(r.from_date),
  until: fromNull(r.until_date),
  reported: fromNull(r.reported),
  confidence: r.confidence,
  source: r.source,
  note: r.note,
});

export const regionToTable = (row: Row, position: number): Insertable<RegionsTable> => ({
  code: text(row, 'code'),
  position,
  name: text(row, 'name'),
  kind: text(row, 'kind'),
  source: text(row, 'source'),
});

export const regionFromTable = ({ code, name, kind, source }: Selectable<RegionsTable>): Row => ({ code, name, kind, source });

export const sourceToTable = (row: Row, position: number): Insertable<SourceSitesTable> => ({
  site: text(row, 'site'),
  position,
  publisher: text(row, 'publisher'),
  grade: text(row, 'grade'),
  as_at: orNull(row, 'asAt'),
  note: text(row, 'note'),
});

export const sourceFromTable = (r: Selectable<SourceSitesTable>): Row => ({
  site: r.site,
  publisher: r.publisher,
  grade: r.grade,
  asAt: fromNull(r.as_at),
  note: r.note,
});

/** `scope`: '' for the reference's conflicts, else the treaty's id. */
export const conflictToTable = (row: Row, scope: string, position: number): Insertable<ConflictsTable> => ({
  scope,
  position,
  file: text(row, 'file'),
  key: text(row, 'key'),
  field: text(row, 'field'),
  value_chosen: text(row, 'valueChosen'),
  source_chosen: text(row, 'sourceChosen'),
  value_other: text(row, 'valueOther'),
  source_other: text(row, 'sourceOther'),
  reason: text(row, 'reason'),
});

export const conflictFromTable = (r: Selectable<ConflictsTable>): Row => ({
  file: r.file,
  key: r.key,
  field: r.field,
  valueChosen: r.value_chosen,
  sourceChosen: r.source_chosen,
  valueOther: r.value_other,
  sourceOther: r.source_other,
  reason: r.reason,
});
