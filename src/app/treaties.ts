// The treaties this build knows, by id.
import type { TreatyRules } from '../domain/treaty.js';
import { apmbc } from '../treaties/apmbc.js';

export const treaties: ReadonlyMap<string, TreatyRules> = new Map([[apmbc.id, apmbc]]);

export const defaultTreaty = apmbc.id;
