// Names of States and groups in the page's language.
import type { Iso3 } from '../../domain/record.js';
import { groupName, stateName, type Language } from '../i18n/locale.js';

export interface Naming {
  state(iso3: Iso3): string;
  /** The name as it reads inside a sentence: English puts "the" before some ("the Russian Federation"). */
  stateInSentence(iso3: Iso3): string;
  group(code: string): string;
}

/** English short names that take the definite article in running text, as UN documents write them. */
const takesTheInEnglish = /^(United |Russian |Republic |Democratic |Central African |Dominican |Syrian |Lao |Holy See|State of |Netherlands|Philippines|Bahamas|Gambia|Comoros|Maldives|Niger$|Sudan$)|Islands$/;

export const inEnglishSentence = (name: string): string => (takesTheInEnglish.test(name) ? `the ${name}` : name);

export function naming(language: Language, stateNames: ReadonlyMap<Iso3, string>, groupNames: ReadonlyMap<string, string>): Naming {
  return {
    state: (iso3) => stateName(iso3, stateNames.get(iso3) ?? iso3, language),
    stateInSentence: (iso3) => {
      const name = stateName(iso3, stateNames.get(iso3) ?? iso3, language);
      return language === 'en' ? inEnglishSentence(name) : name;
    },
    group: (code) => groupName(code, groupNames.get(code) ?? code, language),
  };
}
