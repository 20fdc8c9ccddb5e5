// The words around a list, in its language: title, date, counts, counting basis and where the
// record comes from. The PDF prints them; the XLSX workbook keeps them on its "about" sheet.
import type { TreatySite } from '../../app/site.js';
import type { Counts } from '../../domain/counts.js';
import { messages } from '../i18n/index.js';
import { capitalise, formatDate, formatNumber } from '../i18n/locale.js';
import type { ListTable } from './list-table.js';

export interface ListText {
  readonly title: string;
  readonly subtitle: string | null;
  readonly asOf: string;
  readonly counts: string;
  readonly basis: string;
  readonly source: string;
}

export function listText(table: ListTable, counts: Counts, treaty: TreatySite): ListText {
  const { lang } = table;
  const t = messages[lang];
  const l = t.lists;
  const n = (k: number) => formatNumber(k, lang);
  const shortName = treaty.rules.text[lang].shortName;
  const withdrawing = table.rows.filter((r) => r.summary.status === 'withdrawal-pending').length;
  const withdrawn = table.rows.filter((r) => r.summary.status === 'withdrawn').length;
  const signatories = table.rows.filter((r) => r.summary.status === 'signatory').length;
  const asAt = treaty.depositaryAsAt;
  const source = l.source(treaty.rules.depositaryReference, asAt === null ? null : formatDate(asAt, lang));
  const basis = t.countingLine(t.bases[table.basis]);
  const asOf = t.asOfHeading(formatDate(table.asOf, lang));
  if (table.list === 'states') {
    return { title: t.statesTitle, subtitle: treaty.rules.text[lang].title, asOf, counts: t.statesCaption(n(table.rows.length), formatDate(table.asOf, lang)), basis, source };
  }
  return table.list === 'states-parties'
    ? {
        title: capitalise(l.partiesTitle(shortName)),
        subtitle: l.partiesSubtitle,
        asOf,
        counts: l.partiesCounts(counts.formallyAccepted, n(counts.formallyAccepted), withdrawing, n(withdrawing), withdrawn, n(withdrawn)),
        basis,
        source,
      }
    : {
        title: capitalise(l.notPartyTitle(shortName)),
        subtitle: null,
        asOf,
        counts: l.notPartyCounts(table.rows.length, n(table.rows.length), signatories, n(signatories), withdrawn, n(withdrawn)),
        basis,
        source,
      };
}
