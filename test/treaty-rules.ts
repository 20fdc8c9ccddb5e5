// Treaty modules for tests: the shipped APMBC module, and a second treaty ("ccm", the same
// clauses and kinds of fact under another id) so that tests can show one treaty's record left
// alone while another's changes, over the same fixture. The shipped modules are src/treaties/*.
import type { TreatyRules } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';

export const testCcm: TreatyRules = { ...apmbc, id: 'ccm' };

export const testTreaties: ReadonlyMap<string, TreatyRules> = new Map([
  [apmbc.id, apmbc],
  [testCcm.id, testCcm],
]);

export const testRulesOf = (treaty: string): TreatyRules | undefined => testTreaties.get(treaty);
