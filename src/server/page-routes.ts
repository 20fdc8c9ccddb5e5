// Which page a path names: /{lang}?/ the treaties; /{lang}?/{treaty}/ its status page;
// /{lang}?/{treaty}/states and /{lang}?/{treaty}/states/{ISO3}; /{lang}?/{treaty}/timeline-wide.svg
// and timeline-narrow.svg the status page's timeline; /{lang}?/{treaty}/changes what
// changed between two dates; /{lang}?/{treaty}/obligations every State's deadlines (/obligations:
// the default treaty's); /{lang}?/states/{ISO3} a State
// under every treaty. Paths of the first release (/, /states, /states.csv with a date) lead to the
// Mine Ban Convention's pages by redirect.
import { asIso3 } from '../domain/iso3.js';
import { isLanguage, type Language } from '../views/i18n/locale.js';

export type PageRoute =
  | { readonly kind: 'treaties' }
  | { readonly kind: 'status'; readonly treaty: string }
  | { readonly kind: 'states'; readonly treaty: string }
  | { readonly kind: 'changes'; readonly treaty: string }
  | { readonly kind: 'obligations'; readonly treaty: string }
  | { readonly kind: 'timeline'; readonly treaty: string; readonly layout: 'wide' | 'narrow' }
  | { readonly kind: 'state'; readonly treaty: string; readonly iso3: string }
  | { readonly kind: 'state-across'; readonly iso3: string }
  | { readonly kind: 'redirect'; readonly path: string }
  | { readonly kind: 'not-found' };

export interface ResolvedPath {
  /** The language the path names, or null (then Accept-Language decides). */
  readonly lang: Language | null;
  readonly route: PageRoute;
}

/** `segments` are the path's parts without empty ones; `hasQuery` marks a first-release "/?asOf=..." link. */
export function resolvePage(segments: readonly string[], treaties: ReadonlySet<string>, defaultTreaty: string, hasQuery: boolean): ResolvedPath {
  const [first, ...rest] = segments;
  const lang = first !== undefined && isLanguage(first) ? first : null;
  const parts = lang === null ? segments : rest;
  const prefix = lang === null ? '' : `/${lang}`;
  return { lang, route: route(parts, prefix, treaties, defaultTreaty, hasQuery) };
}

function route(parts: readonly string[], prefix: string, treaties: ReadonlySet<string>, defaultTreaty: string, hasQuery: boolean): PageRoute {
  const [a, b, c, ...more] = parts;
  if (more.length > 0) return { kind: 'not-found' };
  if (a === undefined) return hasQuery ? { kind: 'redirect', path: `${prefix}/${defaultTreaty}/` } : { kind: 'treaties' };
  if (a === 'states') {
    if (b === undefined) return { kind: 'redirect', path: `${prefix}/${defaultTreaty}/states` };
    const iso3 = c === undefined ? asIso3(b) : null;
    return iso3 === null ? { kind: 'not-found' } : { kind: 'state-across', iso3 };
  }
  if (a === 'obligations') return b === undefined ? { kind: 'redirect', path: `${prefix}/${defaultTreaty}/obligations` } : { kind: 'not-found' };
  if (!treaties.has(a)) return { kind: 'not-found' };
  if (b === undefined) return { kind: 'status', treaty: a };
  if (b === 'changes') return c === undefined ? { kind: 'changes', treaty: a } : { kind: 'not-found' };
  if (b === 'obligations') return c === undefined ? { kind: 'obligations', treaty: a } : { kind: 'not-found' };
  const layout = /^timeline-(wide|narrow)\.svg$/.exec(b)?.[1] as 'wide' | 'narrow' | undefined;
  if (layout !== undefined) return c === undefined ? { kind: 'timeline', treaty: a, layout } : { kind: 'not-found' };
  if (b !== 'states') return { kind: 'not-found' };
  if (c === undefined) return { kind: 'states', treaty: a };
  const iso3 = asIso3(c);
  return iso3 === null ? { kind: 'not-found' } : { kind: 'state', treaty: a, iso3 };
}
