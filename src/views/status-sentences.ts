// The sentences of the status page, in a language, each with the claims it makes about the
// States it names or counts ("these 162 have formally accepted", "Poland has withdrawn"), so a
// test can hold every sentence, on every date and in every language, to the record.
import type { CalendarDate } from '../domain/calendar-date.js';
import { isFormallyAccepted } from '../domain/counting-basis.js';
import type { FactDate } from '../domain/fact-date.js';
import { groupSentence, type GroupCoverage } from '../domain/groups.js';
import type { Iso3 } from '../domain/record.js';
import type { StatusStatements, TallyStatement, YearsEntry } from '../domain/statements.js';
import type { Status } from '../domain/status.js';
import type { TreatyText } from '../domain/treaty.js';
import type { Naming } from './html/naming.js';
import { collatorFor, formatDate, formatList, formatMonth, formatNumber, type Language } from './i18n/locale.js';
import type { Messages, Share } from './i18n/messages.js';

/**
 * What a sentence says of some States, on its date:
 * - joined: each has formally accepted (consent deposited, withdrawal not yet effective);
 * - in-force: the treaty is in force for each (party, or withdrawing but still bound);
 * - not-bound: none has formally accepted; never-joined: none ever did (or not yet);
 * - withdrawn, pending, withdrawal-pending, signatory: each has that status;
 * - exists: each counts as a State on the date (a tally's States).
 */
export type ClaimKind = 'joined' | 'in-force' | 'not-bound' | 'never-joined' | 'withdrawn' | 'pending' | 'withdrawal-pending' | 'signatory' | 'exists';

export interface Claim {
  readonly kind: ClaimKind;
  readonly states: readonly Iso3[];
  /** The sentence names each State. */
  readonly named: boolean;
  /** The sentence says how many States the claim holds for. */
  readonly counted: boolean;
}

export interface Sentence {
  readonly text: string;
  readonly claims: readonly Claim[];
  /** The State a list item is about, for a link to its profile. */
  readonly iso3?: Iso3;
  /** The sources of a list item's figure. */
  readonly source?: string;
}

export interface StatusSentences {
  readonly summary: readonly Sentence[];
  readonly regions: readonly Sentence[];
  readonly tallies: readonly Sentence[];
  readonly stockpiles: readonly Sentence[];
  readonly otherStockpilers: Sentence | null;
  readonly newUse: { readonly intro: Sentence; readonly items: readonly Sentence[] };
  readonly nsag: { readonly intro: Sentence; readonly items: readonly Sentence[] } | null;
}

export const claimHolds: Record<ClaimKind, (status: Status) => boolean> = {
  joined: isFormallyAccepted,
  'in-force': (s) => s === 'party' || s === 'withdrawal-pending',
  'not-bound': (s) => !isFormallyAccepted(s),
  'never-joined': (s) => s === 'non-party' || s === 'signatory',
  withdrawn: (s) => s === 'withdrawn',
  pending: (s) => s === 'pending-entry-into-force',
  'withdrawal-pending': (s) => s === 'withdrawal-pending',
  signatory: (s) => s === 'signatory',
  exists: () => true,
};

interface Context {
  readonly t: Messages;
  readonly tt: TreatyText;
  readonly lang: Language;
  readonly naming: Naming;
}

/** A claim the sentence makes by naming the States (named) or by stating how many there are (not named). */
const claim = (kind: ClaimKind, states: readonly Iso3[], named: boolean, counted = !named): Claim => ({ kind, states, named, counted });

export function statusSentences(s: StatusStatements, entryIntoForce: CalendarDate | null, ctx: Context): StatusSentences {
  return {
    summary: summary(s, entryIntoForce, ctx),
    regions: regionSentences(s.groups, ctx),
    tallies: s.tallies.map((tally) => tallySentence(tally, ctx)),
    ...stockpiles(s, ctx),
    newUse: newUse(s, ctx),
    nsag: nsag(s, ctx),
  };
}

/** Names sorted in the page's language, as they read in a sentence, joined as a list. */
export function nameList(codes: readonly Iso3[], ctx: Context): string {
  const collator = collatorFor(ctx.lang);
  const sorted = [...codes].sort((a, b) => collator.compare(ctx.naming.state(a), ctx.naming.state(b)));
  return formatList(sorted.map((c) => ctx.naming.stateInSentence(c)), ctx.lang);
}

function summary(s: StatusStatements, entryIntoForce: CalendarDate | null, ctx: Context): Sentence[] {
  const { t, lang } = ctx;
  const n = (x: number) => formatNumber(x, lang);
  const having = (...kinds: ((status: Status) => boolean)[]) => s.counted.filter((c) => kinds.some((k) => k(c.status))).map((c) => c.iso3);
  const joined = having(claimHolds.joined);
  const inForce = having(claimHolds['in-force']);
  const notBound = having(claimHolds['not-bound']);
  const never = having(claimHolds['never-joined']);
  const withdrawn = having(claimHolds.withdrawn);
  const pending = having(claimHolds.pending);
  const signatories = having(claimHolds.signatory);
  const inForceYet = entryIntoForce !== null && entryIntoForce <= s.asOf;
  const sentences: Sentence[] = [
    inForceYet
      ? { text: t.joinedInForce(joined.length, n(joined.length), n(inForce.length)), claims: [claim('joined', joined, false), claim('in-force', inForce, false)] }
      : { text: t.joinedNotInForce(joined.length, n(joined.length)), claims: [claim('joined', joined, false), claim('in-force', [], false)] },
    withdrawn.length === 0
      ? { text: t.notYetJoined(notBound.length, n(notBound.length)), claims: [claim('never-joined', notBound, false)] }
      : {
          text: t.notBound(n(notBound.length), never.length, n(never.length), withdrawn.length, n(withdrawn.length), nameList(withdrawn, ctx)),
          claims: [claim('not-bound', notBound, false), claim('never-joined', never, false), claim('withdrawn', withdrawn, true, true)],
        },
  ];
  if (pending.length > 0) sentences.push({ text: t.pendingLine(pending.length, n(pending.length), nameList(pending, ctx)), claims: [claim('pending', pending, true, true)] });
  const collator = collatorFor(lang);
  const withdrawing = s.withdrawalPending
    .filter((w) => s.counted.some((c) => c.iso3 === w.iso3))
    .sort((a, b) => collator.compare(ctx.naming.state(a.iso3), ctx.naming.state(b.iso3)));
  if (withdrawing.length > 0) {
    const items = formatList(withdrawing.map((w) => t.withdrawalPendingItem(ctx.naming.stateInSentence(w.iso3), w.effective === null ? null : formatDate(w.effective, lang))), lang);
    sentences.push({ text: t.withdrawalPendingLine(withdrawing.length, n(withdrawing.length), items), claims: [claim('withdrawal-pending', withdrawing.map((w) => w.iso3), true, true)] });
  }
  if (signatories.length > 0) {
    sentences.push({ text: t.signatoriesLine(signatories.length, n(signatories.length), nameList(signatories, ctx)), claims: [claim('signatory', signatories, true, true)] });
  }
  return sentences;
}

/** One sentence per region and sub-region with more than one State, in tree order. */
export function regionSentences(groups: readonly GroupCoverage[], ctx: Context): Sentence[] {
  const { t, lang, naming } = ctx;
  const n = (x: number) => formatNumber(x, lang);
  return inTreeOrder(groups, naming, lang)
    .filter((g) => g.kind !== 'intermediate-region' && g.members > 1)
    .map((g) => {
      const name = naming.groupInSentence(g.code);
      const joined = g.members - g.exceptions.length - g.withdrawn.length;
      const form = groupSentence(g).kind;
      // "except A and B" names the States that have not joined; "J of the K States" only counts them.
      const claims: Claim[] = [claim('never-joined', g.exceptions, form === 'all-but', false), claim('withdrawn', g.withdrawn.map((w) => w.iso3), true)];
      let main: string;
      switch (form) {
        case 'complete':
          main = t.groupComplete(name);
          break;
        case 'all-but':
          main = t.groupAllBut(name, nameList(g.exceptions, ctx));
          break;
        case 'counted':
          main = t.groupCounted(name, joined, n(joined), n(g.members));
          break;
      }
      const byDate = new Map<CalendarDate, Iso3[]>();
      for (const w of g.withdrawn) byDate.set(w.effective, [...(byDate.get(w.effective) ?? []), w.iso3]);
      const withdrew = [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, codes]) => t.groupWithdrew(nameList(codes, ctx), codes.length, formatDate(date, lang)));
      return { text: t.clauses([main, ...withdrew]), claims };
    });
}

/** Regions by name, each followed by its sub-regions, each followed by its intermediate regions. */
export function inTreeOrder(groups: readonly GroupCoverage[], naming: Naming, lang: Language): GroupCoverage[] {
  const collator = collatorFor(lang);
  const children = (parent: string | null) =>
    groups.filter((g) => g.parent === parent).sort((a, b) => collator.compare(naming.group(a.code), naming.group(b.code)));
  const walk = (parent: string | null): GroupCoverage[] => children(parent).flatMap((g) => [g, ...walk(g.code)]);
  return walk(null);
}

export function shareOf(joined: number, total: number): Share {
  if (total > 0 && joined === total) return 'all';
  if (joined === 0) return 'none';
  if (joined * 2 > total) return 'majority';
  return joined * 2 === total ? 'half' : 'minority';
}

function tallySentence(tally: TallyStatement, ctx: Context): Sentence {
  const { t, tt, lang } = ctx;
  const n = (x: number) => formatNumber(x, lang);
  const subject = tt.tallies[tally.tally] ?? tally.tally;
  const notJoined = tally.states.filter((iso3) => !tally.joined.includes(iso3));
  // The others are implied, not stated: they have not joined.
  const claims = [claim('exists', tally.states, false), claim('joined', tally.joined, false), claim('not-bound', notJoined, false, false)];
  if (tally.states.length === 0) return { text: t.tallyNone(subject), claims };
  const parts = [t.tally(subject, n(tally.states.length), tally.joined.length, n(tally.joined.length), shareOf(tally.joined.length, tally.states.length))];
  if (tally.recordedLater.length > 0) parts.push(t.tallyRecordedLater(tally.recordedLater.length, n(tally.recordedLater.length)));
  if (tally.uncertain.length > 0) parts.push(t.tallyUncertain(tally.uncertain.length, n(tally.uncertain.length)));
  return { text: parts.join(' '), claims };
}

/** A fact date as a reader expects it: a year, or a full date in the language. */
export const formatFactDate = (date: FactDate, lang: Language): string =>
  date.length === 4 ? date : date.length === 7 ? formatMonth(date, lang) : formatDate(date, lang);

function stockpiles(s: StatusStatements, ctx: Context): Pick<StatusSentences, 'stockpiles' | 'otherStockpilers'> {
  const { t, tt, lang, naming } = ctx;
  const items = s.largestStockpiles.map((e) => {
    const precision = e.asAt.length === 4 ? 'year' : e.asAt.length === 7 ? 'month' : 'day';
    const text = t.stockpileItem(naming.state(e.iso3), formatNumber(e.count, lang), tt.weapon, formatFactDate(e.asAt, lang), precision);
    return { text: e.confidence === 'uncertain' ? `${text} (${t.uncertain})` : text, claims: [claim('not-bound', [e.iso3], true)], iso3: e.iso3, source: e.source };
  });
  const others = s.otherStockpilers;
  return {
    stockpiles: items,
    otherStockpilers: others.length === 0 ? null : { text: t.otherStockpilers(nameList(others, ctx), items.length > 0), claims: [claim('not-bound', others, true)] },
  };
}

/** "1999–2003, 2008, 2011–2013". */
export function yearRanges(years: readonly number[]): string {
  const ranges: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...years, Number.NaN]) {
    if (previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    if (start !== undefined && previous !== undefined) ranges.push(start === previous ? String(start) : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return ranges.join(', ');
}

function yearItems(entries: readonly YearsEntry[], ctx: Context, kind: ClaimKind): Sentence[] {
  const collator = collatorFor(ctx.lang);
  return [...entries]
    .sort((a, b) => collator.compare(ctx.naming.state(a.iso3), ctx.naming.state(b.iso3)))
    .map((e) => ({
      text: `${ctx.naming.state(e.iso3)} (${yearRanges(e.years)}${e.uncertain ? `, ${ctx.t.uncertain}` : ''})`,
      claims: [claim(kind, [e.iso3], true)],
      iso3: e.iso3,
    }));
}

function newUse(s: StatusStatements, ctx: Context): StatusSentences['newUse'] {
  const { t, tt, lang } = ctx;
  const states = s.newUseByNonParties.map((e) => e.iso3);
  const intro = states.length === 0 || s.newUseSince === null ? t.newUseNone(tt.weapon) : t.newUseIntro(states.length, formatNumber(states.length, lang), tt.weapon, s.newUseSince);
  return { intro: { text: intro, claims: [claim('not-bound', states, false)] }, items: yearItems(s.newUseByNonParties, ctx, 'not-bound') };
}

function nsag(s: StatusStatements, ctx: Context): StatusSentences['nsag'] {
  const { t, tt, lang } = ctx;
  if (s.nsagUse === null) return null;
  const states = s.nsagUse.states.map((e) => e.iso3);
  const years = `${s.nsagUse.years[0]}–${s.nsagUse.years[1]}`;
  const intro = states.length === 0 ? t.nsagNone(tt.weapon, years) : t.nsagIntro(states.length, formatNumber(states.length, lang), tt.weapon, years);
  return { intro: { text: intro, claims: [claim('exists', states, false)] }, items: yearItems(s.nsagUse.states, ctx, 'exists') };
}
