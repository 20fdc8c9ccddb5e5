// The interface languages, and the locale-aware formatting of dates, numbers and names.
import countries from 'i18n-iso-countries';
import { createRequire } from 'node:module';

export const languages = ['en', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: string): value is Language => (languages as readonly string[]).includes(value);

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
countries.registerLocale(require('i18n-iso-countries/langs/es.json'));

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

export const formatNumber = (n: number, language: Language): string => numberFormats.get(language)!.format(n);

export const formatList = (items: readonly string[], language: Language): string => listFormats.get(language)!.format(items);

/**
 * A State's name: the depositary's English short name from the record; in French and Spanish,
 * the name from i18n-iso-countries (falling back to the English name).
 */
export function stateName(iso3: string, englishName: string, language: Language): string {
  if (language === 'en') return englishName;
  return countries.getName(iso3, language) ?? englishName;
}

/** An M49 group's name: the record's English name; Unicode CLDR names in French and Spanish. */
export function groupName(code: string, englishName: string, language: Language): string {
  if (language === 'en') return englishName;
  try {
    const name = regionNames.get(language)!.of(code);
    return name === undefined || name === code ? englishName : name;
  } catch {
    return englishName;
  }
}
