// Reading an ISO 3166-1 alpha-3 code from outside input (a path, a query, a form, the command
// line): three ASCII letters in any case, checked before upper-casing, because Unicode's case
// mapping turns other letters into ASCII ones ('ıSL'.toUpperCase() is 'ISL', 'ſ' becomes 'S').
import type { Iso3 } from './record.js';

/** The code in upper case, or null when `text` is not exactly three ASCII letters. */
export const asIso3 = (text: string): Iso3 | null => (/^[A-Za-z]{3}$/.test(text) ? text.toUpperCase() : null);
