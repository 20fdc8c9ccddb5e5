// Names of States and groups in the page's language.
import type { Iso3 } from '../../domain/record.js';
import { groupName, stateName, type Language } from '../i18n/locale.js';

export interface Naming {
  state(iso3: Iso3): string;
  group(code: string): string;
}

export function naming(language: Language, stateNames: ReadonlyMap<Iso3, string>, groupNames: ReadonlyMap<string, string>): Naming {
  return {
    state: (iso3) => stateName(iso3, stateNames.get(iso3) ?? iso3, language),
    group: (code) => groupName(code, groupNames.get(code) ?? code, language),
  };
}
