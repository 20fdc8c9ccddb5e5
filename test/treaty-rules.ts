// Treaty modules for tests: the APMBC's final clauses with the kinds of fact the store's tests
// use, and a second treaty ("ccm", the same clauses under another id) so that tests can show one
// treaty's record left alone while another's changes. The shipped modules are src/treaties/*.
import type { TreatyFacts, TreatyRules } from '../src/domain/treaty.js';
import { apmbc } from '../src/treaties/apmbc.js';

export const testFacts: TreatyFacts = {
  kinds: [
    { id: 'produced', value: 'none' },
    { id: 'used', value: 'none' },
    { id: 'nsag-use', value: 'none' },
    { id: 'affected', value: 'none' },
    { id: 'stockpiled', value: 'none' },
    { id: 'stockpile-estimate', value: 'count' },
    { id: 'transferred', value: 'none' },
    { id: 'art4-completed', value: 'none' },
    { id: 'art5-completed', value: 'none' },
    { id: 'art5-deadline', value: 'date', deadline: true },
    { id: 'art5-extension', value: 'date', deadline: true },
  ],
  tallies: [{ id: 'produced', kinds: ['produced'] }],
  stockpileEstimate: 'stockpile-estimate',
  stockpiled: 'stockpiled',
  stateUse: 'used',
  nsagUse: 'nsag-use',
};

const provisionalApplication = { allowed: true, basis: { kind: 'article' as const, treaty: 'apmbc', article: '18', quote: 'apply provisionally' } };

export const testApmbc: TreatyRules = { ...apmbc, provisionalApplication, facts: testFacts };
export const testCcm: TreatyRules = { ...testApmbc, id: 'ccm' };

export const testTreaties: ReadonlyMap<string, TreatyRules> = new Map([
  [testApmbc.id, testApmbc],
  [testCcm.id, testCcm],
]);

export const testRulesOf = (treaty: string): TreatyRules | undefined => testTreaties.get(treaty);
