// The locale-aware formatting of dates, numbers, lists and group names in each language.

import { languages, type Language } from '../../domain/language.js';

export { isLanguage, languages, type Language } from '../../domain/language.js';

/** English dates in the UN's day-month-year order. */
const intlLocale: Record<Language, string> = { en: 'en-GB', fr: 'fr', es: 'es' };

const dateFormats = new Map(languages.map((l) => [l, new Intl.DateTimeFormat(intlLocale[l], { dateStyle: 'long', timeZone: 'UTC' })]));
const numberFormats = new Map(languages.map((l) => [l, new Intl.NumberFormat(l)]));
const regionNames = new Map(languages.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]));
const listFormats = new Map(languages.map((l) => [l, new Intl.ListFormat(intlLocale[l], { style: 'long', type: 'conjunction' })]));

/** "14 January 1999", "14 janvier 1999", "14 de enero de 1999". */
export function formatDate(date: string, language: Language): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dateFormats.get(language)!.format(new Date(Date.UTC(y, m - 1, d)));
}

const monthFormats = new Map(languages.map((l) => [l, new Intl.DateTimeFormat(intlLocale[l], { month: 'long', year: 'numeric', timeZone: 'UTC' })]));

/** "May 2006", "mai 2006", "mayo de 2006". */
export function formatMonth(yearMonth: string, language: Language): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return monthFormats.get(language)!.format(new Date(Date.UTC(y, m - 1, 1)));
}

const collators = new Map(languages.map((l) => [l, new Intl.Collator(l, { sensitivity: 'base' })]));

/** Compares names as the language sorts them (one collator per language, made once). */
export const collatorFor = (language: Language): Intl.Collator => collators.get(language)!;

export const formatNumber = (n: number, language: Language): string => numberFormats.get(language)!.format(n);

export const formatList = (items: readonly string[], language: Language): string => listFormats.get(language)!.format(items);

/**
 * An M49 group's name: the record's English name; in French and Spanish, Unicode CLDR's name
 * (through Intl), except where CLDR's differs from the UN's M49 name for the same code.
 */
export function groupName(code: string, englishName: string, language: Language): string {
  if (language === 'en') return englishName;
  const own = m49Names[language][code];
  if (own !== undefined) return own;
  try {
    const name = regionNames.get(language)!.of(code);
    return name === undefined || name === code ? englishName : name;
  } catch {
    return englishName;
  }
}

/** Where CLDR names a group otherwise than the UN's M49 table (CLDR's 057 is "région micronésienne", its 419 leaves out the Caribbean). */
const m49Names: Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>> = {
  fr: { '019': 'Amériques', '053': 'Australie et Nouvelle-Zélande', '057': 'Micronésie', '419': 'Amérique latine et Caraïbes' },
  es: { '019': 'Américas', '053': 'Australia y Nueva Zelandia', '057': 'Micronesia', '419': 'América Latina y el Caribe', '005': 'América del Sur', '021': 'América septentrional', '035': 'Asia sudoriental' },
};

/** "the Anti-Personnel Mine Ban Convention" at the start of a line or a cell. */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);
