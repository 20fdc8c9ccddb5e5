// Names of States and groups in the page's language, as a table shows them and as they read
// inside a sentence ("the Russian Federation", "la Fédération de Russie", "del Caribe").
import type { Names } from '../../app/site.js';
import type { Iso3 } from '../../domain/record.js';
import { groupName, type Language } from '../i18n/locale.js';

export interface Naming {
  state(iso3: Iso3): string;
  /** The name as it reads inside a sentence, with the article the language puts before it. */
  stateInSentence(iso3: Iso3): string;
  group(code: string): string;
  /**
   * The group as the language's region sentences take it: English "the Americas"; French the
   * bare name (after "la région"); Spanish with its preposition and article ("del Caribe").
   */
  groupInSentence(code: string): string;
}

/** English short names that take the definite article in running text, as UN documents write them. */
const takesTheInEnglish = /^(United |Russian |Republic |Democratic |Central African |Dominican |Syrian |Lao |Holy See|State of |Netherlands|Philippines|Bahamas|Gambia|Comoros|Maldives|Niger$|Sudan$)|Islands$/;

export const inEnglishSentence = (name: string): string => (takesTheInEnglish.test(name) ? `the ${name}` : name);

const articles = new Set(["l'", 'l’', 'le', 'la', 'les', 'el', 'los', 'las']);

/** A UNTERM short name, "Égypte (l')": the name a table shows and the name a sentence uses. */
export function untermName(unterm: string): { readonly display: string; readonly inSentence: string } {
  const match = /^(.*\S)\s+\(([^()]+)\)$/.exec(unterm);
  if (match === null) return { display: unterm, inSentence: unterm };
  const [, base = unterm, article = ''] = match;
  if (!articles.has(article)) return { display: unterm, inSentence: unterm };
  return { display: base, inSentence: article.endsWith("'") || article.endsWith('’') ? `${article}${base}` : `${article} ${base}` };
}

/** Spanish group names that take an article, with it: "del Caribe", "de las Américas". */
const spanishGroupArticle: Readonly<Record<string, string>> = { '019': 'de las', '029': 'del' };
/** English group names that take "the". */
const englishGroupArticle = /^(Americas|Caribbean)$/;

export function naming(language: Language, names: Names): Naming {
  const unterm = (iso3: Iso3) => {
    const state = names.states.get(iso3);
    if (state === undefined) return { display: iso3, inSentence: iso3 };
    switch (language) {
      case 'en':
        return { display: state.name, inSentence: inEnglishSentence(state.name) };
      case 'fr':
        return untermName(state.nameFr);
      case 'es':
        return untermName(state.nameEs);
    }
  };
  const group = (code: string) => groupName(code, names.groups.get(code) ?? code, language);
  return {
    state: (iso3) => unterm(iso3).display,
    stateInSentence: (iso3) => unterm(iso3).inSentence,
    group,
    groupInSentence: (code) => {
      const name = group(code);
      switch (language) {
        case 'en':
          return englishGroupArticle.test(name) ? `the ${name}` : name;
        case 'fr':
          return name;
        case 'es':
          return `${spanishGroupArticle[code] ?? 'de'} ${name}`;
      }
    },
  };
}
