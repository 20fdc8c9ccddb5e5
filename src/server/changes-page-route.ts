// The page of what changed between two dates: reads the period (see changesPeriod) and lists
// the changes, within a day by the State's name in the page's language.
import { changesPeriod, changesReport } from '../app/changes-report.js';
import type { Site, TreatySite } from '../app/site.js';
import type { Result } from '../domain/result.js';
import { renderChangesPage } from '../views/html/changes-page.js';
import type { PageContext } from '../views/html/layout.js';
import { naming } from '../views/html/naming.js';
import { collatorFor } from '../views/i18n/locale.js';
import { single, type Query } from './query.js';

export function changesPage(ctx: PageContext, site: Site, t: TreatySite, query: Query): Result<string> {
  const period = changesPeriod(single(query, 'from'), single(query, 'to'), t.rules, ctx.today, { from: 'from', to: 'to' });
  if (!period.ok) return period;
  const names = naming(ctx.lang, site.names);
  const collator = collatorFor(ctx.lang);
  const name = (iso3: string | null) => (iso3 === null ? '' : names.state(iso3));
  // A stable sort keeps the record's order (the treaty first, then by kind) among equal names.
  const rows = [...changesReport(t.history, period.value).changes].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.iso3 === null ? -1 : b.iso3 === null ? 1 : collator.compare(name(a.iso3), name(b.iso3))),
  );
  return { ok: true, value: renderChangesPage(ctx, { period: period.value, rows, opens: t.rules.signature.opens, naming: names }) };
}
