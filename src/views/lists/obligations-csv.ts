// Every State's obligations on a date as CSV (RFC 4180, UTF-8, a header row): per obligation,
// under the treaty's key for it (article4_deadline, ...), its deadline, basis, status and when met.
import { stringify } from 'csv-stringify/sync';
import type { ObligationReport, ObligationsListEntry } from '../../app/obligations-report.js';
import { neutralise } from './list-csv.js';

const fields = ['deadline', 'basis', 'status', 'met', 'sources'] as const;

export function obligationsCsv(keys: readonly string[], states: readonly ObligationsListEntry[]): string {
  const header = ['iso3', 'name', 'entryIntoForce', 'endedOn', 'nextDeadline', 'nextObligation', ...keys.flatMap((key) => fields.map((f) => `${key}_${f}`))];
  const rows = states.map((s) => [
    s.iso3,
    s.name,
    s.obligations.entryIntoForce,
    s.obligations.endedOn ?? '',
    s.next?.deadline ?? '',
    s.next?.obligation ?? '',
    ...keys.flatMap((key) => {
      const o = s.obligations[key] as ObligationReport;
      return [o.deadline ?? '', o.basis, o.status, o.met ?? '', o.sources.join(' ; ')];
    }),
  ]);
  return stringify([header, ...rows.map((cells) => cells.map(neutralise))], { record_delimiter: '\r\n', bom: false });
}
