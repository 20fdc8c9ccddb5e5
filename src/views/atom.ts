// The Atom feed (RFC 4287) of a treaty's latest depositary actions, newest first: each entry
// links to the State's profile and to its sources. Dates are the actions' own (no clock): the
// feed is updated on the newest entry's date. The html template escapes as XML needs too.
import type { CalendarDate } from '../domain/calendar-date.js';
import type { Action } from '../domain/record.js';
import type { TreatyText } from '../domain/treaty.js';
import { sourceUrls } from '../domain/sources.js';
import { html } from './html/html.js';
import type { Naming } from './html/naming.js';
import { capitalise, formatDate, type Language } from './i18n/locale.js';
import type { Messages } from './i18n/messages.js';

export interface AtomFeedInput {
  readonly lang: Language;
  readonly t: Messages;
  readonly treaty: { readonly id: string; readonly text: TreatyText };
  /** The public origin every link is absolute to, e.g. "https://adherence.example.org". */
  readonly origin: string;
  /** The actions, newest first. */
  readonly actions: readonly Action[];
  /** The date the feed says it was updated when it has no entry. */
  readonly emptyUpdated: CalendarDate;
  readonly naming: Naming;
}

/**
 * Ids are tag: URIs (RFC 4151) minted under the public host, from the treaty, the State, the
 * kind and the date, so an action keeps its id across languages, records and restarts. The
 * date is the tagging date of this scheme, fixed.
 */
const tagDate = '2026';

export const tagAuthority = (origin: string): string => {
  const host = /^[a-z]+:\/\/([^/:[\]]+)/i.exec(origin)?.[1]?.toLowerCase() ?? '';
  return /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(host) ? host : 'localhost';
};

const timestamp = (date: CalendarDate) => `${date}T00:00:00Z`;

export function renderAtomFeed(input: AtomFeedInput): string {
  const { lang, t, treaty, origin, naming } = input;
  const authority = tagAuthority(origin);
  const page = (path: string) => `${origin}/${lang}/${treaty.id}${path}`;
  const seen = new Set<string>();
  const idOf = (a: Action) => {
    const base = `tag:${authority},${tagDate}:${treaty.id}/${a.iso3}/${a.kind}/${a.date}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}/${n}`;
    seen.add(id);
    return id;
  };
  const updated = input.actions[0]?.date ?? input.emptyUpdated;
  const entries = input.actions.map((a) => {
    const kind = t.actionKinds[a.kind];
    return html`<entry>
<id>${idOf(a)}</id>
<title>${t.feed.entryTitle(naming.state(a.iso3), kind)}</title>
<updated>${timestamp(a.date)}</updated>
<link rel="alternate" type="text/html" href="${page(`/states/${a.iso3}`)}"/>
${sourceUrls(a.source).map((url) => html`<link rel="related" href="${url}"/>\n`)}<summary>${t.feed.entrySummary(kind, naming.stateInSentence(a.iso3), formatDate(a.date, lang), a.cn)}</summary>
${a.note === '' ? '' : html`<content type="text" xml:lang="en">${a.note}</content>\n`}</entry>
`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n${html`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
<id>tag:${authority},${tagDate}:${treaty.id}/actions/${lang}</id>
<title>${t.feed.title(capitalise(treaty.text.shortName))}</title>
<subtitle>${t.feed.subtitle}</subtitle>
<updated>${timestamp(updated)}</updated>
<author><name>${treaty.text.siteName}</name><uri>${`${origin}/${lang}/`}</uri></author>
<link rel="self" type="application/atom+xml" href="${page('/feed.atom')}"/>
<link rel="alternate" type="text/html" href="${page('/changes')}"/>
${entries}</feed>
`.value}`;
}
