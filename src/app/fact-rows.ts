// Facts back into rows of strings: the inverse of record-rows.ts and reference-rows.ts, so that
// writing a record and reading it again gives the same facts, and the same bytes.
import { assertNever } from '../domain/result.js';
import type { Action, Indicator, State } from '../domain/record.js';
import type { Region } from '../domain/region.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { SourceSite } from '../domain/sources.js';
import type { Row } from './record-rows.js';

const text = (value: string | null): string => value ?? '';

export function stateToRow(state: State): Row {
  return {
    iso3: state.iso3,
    name: state.name,
    nameFr: state.nameFr,
    nameEs: state.nameEs,
    m49: state.m49,
    region: state.region,
    subRegion: state.subRegion,
    intermediateRegion: text(state.intermediateRegion),
    unMemberFrom: text(state.unMemberFrom),
    existsFrom: text(state.existsFrom),
    predecessor: text(state.predecessor),
    source: state.source,
    note: state.note,
  };
}

export function actionToRow(action: Action): Row {
  const row = { iso3: action.iso3, kind: action.kind, date: action.date, cn: text(action.cn), source: action.source, note: action.note };
  switch (action.kind) {
    case 'succession':
      return { ...row, effectiveDate: action.effectiveDate, effectSuspended: '' };
    case 'withdrawal':
      return { ...row, effectiveDate: text(action.effectiveDate), effectSuspended: action.effectSuspended ? 'yes' : '' };
    case 'signature':
    case 'ratification':
    case 'acceptance':
    case 'approval':
    case 'accession':
    case 'declaration':
    case 'provisional-application':
    case 'territorial-application':
      return { ...row, effectiveDate: '', effectSuspended: '' };
    default:
      return assertNever(action);
  }
}

export function indicatorToRow(indicator: Indicator): Row {
  return {
    iso3: indicator.iso3,
    indicator: indicator.indicator,
    value: text(indicator.value),
    from: text(indicator.from),
    until: text(indicator.until),
    reported: text(indicator.reported),
    confidence: indicator.confidence,
    source: indicator.source,
    note: indicator.note,
  };
}

export const regionToRow = (region: Region): Row => ({ ...region });

export const sourceToRow = (site: SourceSite): Row => ({ site: site.site, publisher: site.publisher, grade: site.grade, asAt: text(site.asAt), note: site.note });

export const conflictToRow = (conflict: SourceConflict): Row => ({ ...conflict });
