// The treaties this build knows, by id, in the order the site lists them. A third treaty is a
// module in src/treaties and a folder in data/ (see docs/adding-a-treaty.md), added here.
import type { TreatyRules } from '../domain/treaty.js';
import { apmbc } from '../treaties/apmbc.js';
import { ccm } from '../treaties/ccm.js';

export const treaties: ReadonlyMap<string, TreatyRules> = new Map([apmbc, ccm].map((t) => [t.id, t]));

export const defaultTreaty = apmbc.id;
