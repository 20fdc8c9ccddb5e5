// The checks on the facts behind obligations: an extension (of a clearance deadline, or of a
// stockpile deadline where the treaty allows it) moves the deadline later than the one it extends;
// a clearance completion, an extension or a report is not dated before the entry into
// force it follows; a stated original deadline agrees with the treaty's period; a report says
// which report it is.
import type { CalendarDate } from '../domain/calendar-date.js';
import { firstDayOf, lastDayOf } from '../domain/fact-date.js';
import type { TreatyHistory } from '../domain/history.js';
import type { Indicator } from '../domain/record.js';
import { decidedOf, yearsAfter } from '../domain/rules/obligation.js';
import { initialReport } from '../domain/rules/transparency.js';
import type { ProblemAt } from './check-record.js';

const entryIntoForceOf = (history: TreatyHistory, iso3: string): CalendarDate | null =>
  history.byIso3.get(iso3)?.episodes.find((e) => e.entryIntoForce.value !== null)?.entryIntoForce.value ?? null;

export function checkObligations(history: TreatyHistory, indicators: readonly Indicator[], at: ProblemAt): void {
  const { stockpile, clearance, transparency } = history.rules.obligations;
  // Each kind of extension, with the period that gives the deadline it first extends.
  const extensionKinds = new Map([[clearance.extensionKind, clearance.yearsAfterEntryIntoForce]]);
  if (stockpile.extension !== null) extensionKinds.set(stockpile.extension.kind, stockpile.yearsAfterEntryIntoForce);
  const followsEntry = [...extensionKinds.keys(), clearance.completedKind, transparency.reportKind];
  const extensions = new Map<string, Indicator[]>();
  for (const fact of indicators) {
    if (!followsEntry.includes(fact.indicator) && fact.indicator !== clearance.deadlineKind) continue;
    const inForce = entryIntoForceOf(history, fact.iso3);
    if (inForce === null) {
      at(fact, 'iso3', 'bound', `${fact.iso3}: a ${fact.indicator} fact needs the treaty in force for the State`);
      continue;
    }
    if (fact.from !== null && lastDayOf(fact.from) < inForce) {
      at(fact, 'from', 'after-entry-into-force', `${fact.iso3}: ${fact.from} is before the treaty's entry into force for the State (${inForce})`);
    }
    if (fact.indicator === clearance.deadlineKind && fact.value !== yearsAfter(inForce, clearance.yearsAfterEntryIntoForce)) {
      at(fact, 'value', 'original-deadline', `${fact.iso3}: ${fact.value ?? ''} is not ${clearance.yearsAfterEntryIntoForce} years after entry into force (${inForce})`);
    }
    if (fact.indicator === transparency.reportKind && fact.value !== initialReport && !/^\d{4}$/.test(fact.value ?? '')) {
      at(fact, 'value', 'report', `"${fact.value ?? ''}" must be "${initialReport}" or the calendar year the report covers`);
    }
    if (extensionKinds.has(fact.indicator)) {
      const key = `${fact.indicator} ${fact.iso3}`;
      extensions.set(key, [...(extensions.get(key) ?? []), fact]);
    }
  }
  for (const facts of extensions.values()) {
    const [{ iso3, indicator }] = facts as [Indicator];
    let current = yearsAfter(entryIntoForceOf(history, iso3)!, extensionKinds.get(indicator)!) as string;
    const decided = (f: Indicator) => {
      const on = decidedOf(f);
      return on === null ? '' : firstDayOf(on);
    };
    for (const fact of [...facts].sort((a, b) => decided(a).localeCompare(decided(b)) || (a.value ?? '').localeCompare(b.value ?? ''))) {
      if (fact.value !== null && fact.value <= current) at(fact, 'value', 'extends-later', `${iso3}: the extension to ${fact.value} is not later than the deadline it extends (${current})`);
      if (fact.value !== null && fact.value > current) current = fact.value;
    }
  }
}
