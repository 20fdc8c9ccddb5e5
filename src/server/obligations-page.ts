// /{treaty}/obligations: every State Party (and every State withdrawn) on a date with its
// deadlines and their status, filterable by obligation and status, sortable by any deadline.
import { obligationsRows, type ObligationsRow } from '../app/obligations-report.js';
import type { Site, TreatySite } from '../app/site.js';
import { obligationIds } from '../domain/obligations.js';
import { obligationStatuses } from '../domain/rules/obligation.js';
import type { Result } from '../domain/result.js';
import { obligationSortKeys, renderObligationsPage, type ObligationSortKey } from '../views/html/obligations-page.js';
import type { PageContext } from '../views/html/layout.js';
import { naming } from '../views/html/naming.js';
import { collatorFor } from '../views/i18n/locale.js';
import { asOfParam, enumParam, type Query } from './query.js';

const deadlineOf = (row: ObligationsRow, key: ObligationSortKey): string => {
  if (key === 'name') return '';
  if (key === 'next') return row.next?.deadline ?? '9999';
  return row.obligations[key].deadline ?? '9999';
};

export function obligationsPage(ctx: PageContext, site: Site, t: TreatySite, query: Query): Result<string> {
  const asOf = asOfParam(query, t.rules, ctx.today);
  if (!asOf.ok) return asOf;
  const obligation = enumParam(query, 'obligation', obligationIds);
  if (!obligation.ok) return obligation;
  const status = enumParam(query, 'status', obligationStatuses);
  if (!status.ok) return status;
  const sort = enumParam(query, 'sort', obligationSortKeys);
  if (!sort.ok) return sort;
  const order = enumParam(query, 'order', ['asc', 'desc'] as const);
  if (!order.ok) return order;
  const names = naming(ctx.lang, site.names);
  const collator = collatorFor(ctx.lang);
  const key = sort.value ?? 'name';
  const wanted = (row: ObligationsRow) =>
    status.value === null || (obligation.value === null ? obligationIds.some((id) => row.obligations[id].status === status.value) : row.obligations[obligation.value].status === status.value);
  const rows = obligationsRows(t, asOf.value)
    .filter(wanted)
    .map((row) => ({ row, name: names.state(row.iso3) }))
    .sort((a, b) => deadlineOf(a.row, key).localeCompare(deadlineOf(b.row, key)) || collator.compare(a.name, b.name));
  if (order.value === 'desc') rows.reverse();
  return {
    ok: true,
    value: renderObligationsPage(ctx, {
      asOf: asOf.value,
      rows: rows.map((r) => r.row),
      obligation: obligation.value,
      status: status.value,
      sort: key,
      descending: order.value === 'desc',
      naming: names,
    }),
  };
}
