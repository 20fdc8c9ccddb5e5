// Reads the text of a UN depositary notification, as an editor pastes it, into what the editor's
// form needs: the C.N. number, the treaty (from the chapter in the C.N. number), the State, the
// kind of action and the date it was effected (and the date a withdrawal or succession takes
// effect). The depositary writes it two ways: a heading "LITHUANIA: NOTIFICATION OF WITHDRAWAL"
// then "The above action was effected on 6 September 2024", or a sentence "On 25 June 2025, the
// Government of Tonga deposited an instrument of accession". A paste may hold several
// notifications (each from its C.N. number on). Nothing is guessed: what is not found is null.
import { fromParts, isCalendarDate, type CalendarDate } from './calendar-date.js';
import type { ActionKind } from './record.js';

export interface NotifiedAction {
  readonly cn: string | null;
  /** The treaty whose chapter the C.N. number names, e.g. 'apmbc' for TREATIES-XXVI.5. */
  readonly treaty: string | null;
  readonly iso3: string | null;
  readonly kind: ActionKind | null;
  readonly date: CalendarDate | null;
  /** When a withdrawal or succession takes effect, where the notification says it. */
  readonly effectiveDate: CalendarDate | null;
}

export interface NotificationContext {
  readonly states: readonly { readonly iso3: string; readonly name: string }[];
  /** Each treaty's chapter in the UN Treaty Collection, e.g. { apmbc: 'XXVI-5' }. */
  readonly chapters: Readonly<Record<string, string>>;
}

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthPattern = months.join('|');
const datePattern = new RegExp(`\\b(\\d{1,2})\\s+(${monthPattern})\\s+(\\d{4})\\b|\\b(${monthPattern})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'gi');
const cnPattern = /C\.\s?N\.\s?(\d+)\.(\d{4})\.TREATIES-([IVXLC]+)\.(\d+)/gi;

/** The words the depositary uses for each kind, most specific first. */
const kindWords: readonly (readonly [RegExp, ActionKind])[] = [
  [/\bwithdrawal\b|\bdenunciation\b/i, 'withdrawal'],
  [/\bsuccession\b/i, 'succession'],
  [/\baccession\b/i, 'accession'],
  [/\bacceptance\b/i, 'acceptance'],
  [/\bapproval\b/i, 'approval'],
  [/\bratification\b/i, 'ratification'],
  [/\bprovisional application\b|\barticle 18\b/i, 'provisional-application'],
  [/\bterritorial application\b/i, 'territorial-application'],
  [/\bdeclaration\b/i, 'declaration'],
  [/\bsignature\b|\bsigned\b/i, 'signature'],
];

/** The date a match of datePattern spells ("6 September 2024" or "September 6, 2024"); null for an impossible day ("31 April", "0 March"). */
function toDate(match: RegExpExecArray): CalendarDate | null {
  const [day, month, year] = match[1] !== undefined ? [match[1], match[2], match[3]] : [match[5], match[4], match[6]];
  const date = fromParts({ year: Number(year), month: months.indexOf(String(month).toLowerCase()) + 1, day: Number(day) });
  return isCalendarDate(date) ? date : null;
}

/** The sentence (or line) around the date at `at` (where a digit or a month's name begins). */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('\n', at)) + 1;
  // A full stop that ends the text ends the sentence as the end of the text does: one pattern for both.
  const end = text.slice(at).search(/\.\s|\n/);
  return text.slice(start, end === -1 ? text.length : at + end);
}

const isHeadingLine = (line: string) => /[A-Z]/.test(line) && line === line.toUpperCase();

interface DateFound {
  readonly date: CalendarDate;
  readonly sentence: string;
  readonly line: string;
}

function datesIn(text: string): DateFound[] {
  const found: DateFound[] = [];
  for (const match of text.matchAll(datePattern)) {
    const date = toDate(match);
    if (date === null) continue;
    const at = match.index;
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const lineEnd = text.indexOf('\n', at);
    found.push({ date, sentence: sentenceAt(text, at), line: text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim() });
  }
  return found;
}

const effectWords = /enter(s|ed)? into force|take(s)? effect|with effect|effective|cease|in force for/i;
const actWords = /effected|deposit|received|signed|notified|notification/i;

/** The date the action was effected: not the treaty's date of adoption (in the title block), not a date it takes effect. */
function actionDate(dates: readonly DateFound[]): CalendarDate | null {
  const candidates = dates.filter((d) => !isHeadingLine(d.line) && !effectWords.test(d.sentence));
  return (candidates.find((d) => actWords.test(d.sentence)) ?? candidates[0])?.date ?? null;
}

function effectiveDate(dates: readonly DateFound[]): CalendarDate | null {
  return dates.find((d) => !isHeadingLine(d.line) && /take(s)? effect|with effect from|effective/i.test(d.sentence))?.date ?? null;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The States named in `text`, longest names first so that "Guinea" is not found inside "Equatorial Guinea". */
function statesIn(text: string, context: NotificationContext): string[] {
  let rest = text;
  const found: { iso3: string; at: number }[] = [];
  for (const state of [...context.states].sort((a, b) => b.name.length - a.name.length)) {
    const pattern = new RegExp(`(?<![\\p{L}-])${escapeRegex(state.name)}(?![\\p{L}-])`, 'giu');
    for (const match of rest.matchAll(pattern)) {
      found.push({ iso3: state.iso3, at: match.index });
      rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.iso3))];
}

function kindIn(text: string): ActionKind | null {
  return kindWords.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A C.N. number as the depositary writes it, "C.N.360.2025.TREATIES-XXVI.5", however it was spaced or cased. */
const reference = (cn: RegExpExecArray): string => `C.N.${cn[1]}.${cn[2]}.TREATIES-${cn[3]?.toUpperCase()}.${cn[4]}`;

/** One notification's text (from its C.N. number to the next). */
function parseOne(text: string, cn: RegExpExecArray | null, context: NotificationContext): NotifiedAction[] {
  const chapter = cn === null ? null : `${cn[3]?.toUpperCase()}-${cn[4]}`;
  const treaty = Object.entries(context.chapters).find(([, c]) => c === chapter)?.[0] ?? null;
  const dates = datesIn(text);
  // The heading "STATE[, STATE AND STATE]: ACTION" names the States and the action; else the sentences do.
  const heading = text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => isHeadingLine(line) && /^[^:]+:\s*\S/.test(line) && statesIn(line.split(':')[0] ?? '', context).length > 0);
  const iso3s = heading === undefined ? statesIn(text, context) : statesIn(heading.split(':')[0] ?? '', context);
  const kind = heading === undefined ? kindIn(text.replace(/\binstrument(s)? of ratification, acceptance, approval or accession\b/gi, '')) : kindIn(heading.slice(heading.indexOf(':')));
  const base = { cn: cn === null ? null : reference(cn), treaty, kind, date: actionDate(dates) };
  const effective = kind === 'withdrawal' || kind === 'succession' ? effectiveDate(dates) : null;
  const states = iso3s.length === 0 ? [null] : iso3s;
  return states.map((iso3) => ({ ...base, iso3, effectiveDate: effective }));
}

/** Every action the pasted text notifies, in its order; an empty list when it names none. */
export function parseNotifications(text: string, context: NotificationContext): NotifiedAction[] {
  const normalised = text.replace(/\r\n?/g, '\n').replace(/[\u00a0\u2009\u202f]/g, ' ').slice(0, 100_000);
  const cns = [...normalised.matchAll(cnPattern)];
  // A C.N. number cited again in the same notification does not start a new one.
  const starts = cns.filter((m, i) => cns.findIndex((o) => reference(o) === reference(m)) === i);
  // Without a C.N. number, a text that names neither a State nor an action (blank, or not a notification) notifies nothing.
  if (starts.length === 0) return parseOne(normalised, null, context).filter((a) => a.iso3 !== null || a.kind !== null);
  return starts.flatMap((cn, i) => parseOne(normalised.slice(i === 0 ? 0 : cn.index, starts[i + 1]?.index ?? normalised.length), cn, context));
}
