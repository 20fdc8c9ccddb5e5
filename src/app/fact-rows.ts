// Facts back into rows of strings: the inverse of record-rows.ts and reference-rows.ts, so that
// writing a record and reading it again gives the same facts, and the same bytes.
import { assertNever } from '../domain/result.js';
import type { Action, Indicator, State } from '../domain/record.js';
import type { Region } from '../domain/region.js';
import type { SourceConflict } from '../domain/source-conflict.js';
import type { Row } from './record-rows.js';

const text = (value: string | null): string => value ?? '';

export function stateToRow(state: State): Row {
  return {
    iso3: state.iso3,
    name: state.name,
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
    // Four digits, as the row rule requires: year 999 is written "0999".
    year: indicator.year === null ? '' : String(indicator.year).padStart(4, '0'),
    date: text(indicator.date),
    confidence: indicator.confidence,
    source: indicator.source,
    note: indicator.note,
  };
}

export const regionToRow = (region: Region): Row => ({ ...region });

export const conflictToRow = (conflict: SourceConflict): Row => ({ ...conflict });
