// Where facts come from, and how far each source can be trusted for them. A table in data/ maps
// each site (a host, or a host and path prefix) to its publisher and a grade; the depositary's
// own status page also carries the date it shows the treaty "as at".
import type { CalendarDate } from './calendar-date.js';

/** From strongest to weakest. */
export const sourceGrades = ['depositary', 'official', 'monitor', 'press', 'other'] as const;
export type SourceGrade = (typeof sourceGrades)[number];

export interface SourceSite {
  /** A host ("the-monitor.org", which also covers its subdomains) or a host and path prefix. */
  readonly site: string;
  readonly publisher: string;
  readonly grade: SourceGrade;
  /** For a depositary status page: the date it shows the treaty's status as at. */
  readonly asAt: CalendarDate | null;
  readonly note: string;
}

export interface GradedSource {
  readonly url: string;
  /** The most specific site that covers the URL; null when the table has none. */
  readonly site: SourceSite | null;
  readonly grade: SourceGrade;
}

/** The URLs of a source field: one or more, separated by " ; ". */
export const sourceUrls = (source: string): string[] => source.split(' ; ').map((url) => url.trim()).filter((url) => url !== '');

/** "host/path?query" of an absolute URL, without "www.", for matching against sites. */
function siteKey(url: string): { host: string; rest: string } | null {
  const match = /^https?:\/\/([^/?#]+)([^#]*)/i.exec(url);
  if (match === null) return null;
  // Stryker disable next-line StringLiteral: both groups take part in every match; the fallbacks only satisfy the compiler
  const [, host = '', rest = ''] = match;
  return { host: host.toLowerCase().replace(/^www\./, ''), rest };
}

interface CompiledSite {
  readonly site: SourceSite;
  readonly host: string;
  readonly path: string;
}

/** Sites split into host and path once per table (the table is immutable data), by host. */
const compiled = new WeakMap<readonly SourceSite[], ReadonlyMap<string, readonly CompiledSite[]>>();

function compile(sites: readonly SourceSite[]): ReadonlyMap<string, readonly CompiledSite[]> {
  let byHost = compiled.get(sites);
  // Stryker disable next-line ConditionalExpression: compiling the table again gives the same map; the cache only saves the time
  if (byHost === undefined) {
    const map = new Map<string, CompiledSite[]>();
    for (const site of sites) {
      const slash = site.site.indexOf('/');
      const host = (slash === -1 ? site.site : site.site.slice(0, slash)).toLowerCase().replace(/^www\./, '');
      map.set(host, [...(map.get(host) ?? []), { site, host, path: slash === -1 ? '' : site.site.slice(slash) }]);
    }
    byHost = map;
    compiled.set(sites, byHost);
  }
  return byHost;
}

export function gradeSource(url: string, sites: readonly SourceSite[]): GradedSource {
  const key = siteKey(url);
  let best: SourceSite | null = null;
  if (key !== null) {
    const byHost = compile(sites);
    // The URL's host and each parent domain: archives2.the-monitor.org, the-monitor.org, org.
    const labels = key.host.split('.');
    // Stryker disable next-line EqualityOperator: one more turn would look up the empty host, which no site has
    for (let i = 0; i < labels.length; i += 1) {
      for (const candidate of byHost.get(labels.slice(i).join('.')) ?? []) {
        if (key.rest.startsWith(candidate.path) && (best === null || candidate.site.site.length > best.site.length)) best = candidate.site;
      }
    }
  }
  return { url, site: best, grade: best?.grade ?? 'other' };
}

const rank = (grade: SourceGrade) => sourceGrades.indexOf(grade);

/** The strongest grade among a fact's sources: what the fact rests on. */
export function bestGrade(source: string, sites: readonly SourceSite[]): SourceGrade {
  return sourceUrls(source)
    .map((url) => gradeSource(url, sites).grade)
    // Stryker disable next-line EqualityOperator: of two sources of the same grade either gives that grade
    .reduce<SourceGrade>((best, grade) => (rank(grade) < rank(best) ? grade : best), 'other');
}

export const isAtLeast = (grade: SourceGrade, floor: SourceGrade): boolean => rank(grade) <= rank(floor);

/** Query parameters that track a click, never part of the page's own address. */
const trackingParameter = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid)$/i;

/**
 * What is wrong with a source URL, or null: it must be an absolute http(s) URL with no
 * whitespace, no fragments of shell commands or templates (as security scanners append:
 * "nslookup …", "expr …", "${…}", quotes and backticks), and no tracking query.
 */
export function sourceUrlProblem(url: string): string | null {
  if (!/^https?:\/\/[^/?#\s]+\.[^/?#\s]/i.test(url)) return 'is not an absolute http(s) URL';
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    return 'has a broken %-escape';
  }
  if (/\s/.test(url) || /[\n\r\t]/.test(decoded)) return 'contains whitespace';
  if (/\$\{|\$\(|`|['"<>|\\]|\bnslookup\b|\bexpr\s|\.oast\.|\bsleep\(|\bwaitfor\b/i.test(decoded)) {
    return 'contains a fragment of a shell command or template, not part of the page address';
  }
  const query = url.split('#')[0]?.split('?')[1];
  if (query !== undefined) {
    for (const pair of query.split('&')) {
      const [first] = pair.split('=');
      // Stryker disable next-line StringLiteral: split always gives a first part; the fallback only satisfies the compiler
      const name = decodeURIComponent(first ?? '');
      if (trackingParameter.test(name)) return `has a tracking parameter (${name}) that is not the page's own`;
    }
  }
  return null;
}
