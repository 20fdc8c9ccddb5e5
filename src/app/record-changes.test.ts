import { describe, expect, test } from 'vitest';
import { anAction, anIndicator, aReference, aSourceSite, aState, aTreatyData } from '../../test/builders.js';
import { fixtureRecord } from '../../test/record-fixture.js';
import type { FullRecord } from './ports.js';
import { recordChanges, removals } from './record-changes.js';

const counts = (changes: ReturnType<typeof recordChanges>) =>
  Object.fromEntries(changes.flatMap((p) => p.files).map((f) => [f.file, `${f.added} added, ${f.changed} changed, ${f.removed} removed`]));

describe('what an import would change', () => {
  test('nothing, file by file, when the directory holds what the store holds', () => {
    const record = fixtureRecord(['apmbc']);
    expect(counts(recordChanges(record, record))).toEqual({
      'states.csv': '0 added, 0 changed, 0 removed',
      'regions.csv': '0 added, 0 changed, 0 removed',
      'sources.csv': '0 added, 0 changed, 0 removed',
      'conflicts.csv': '0 added, 0 changed, 0 removed',
      'apmbc/actions.csv': '0 added, 0 changed, 0 removed',
      'apmbc/indicators.csv': '0 added, 0 changed, 0 removed',
      'apmbc/conflicts.csv': '0 added, 0 changed, 0 removed',
    });
  });

  test('a fact with the same identity and other fields is changed; a new identity is added; a lost one removed', () => {
    const before: FullRecord = {
      reference: aReference({ states: [aState({ iso3: 'AAA' }), aState({ iso3: 'BBB' })], sources: [aSourceSite('example.org')] }),
      treaties: [aTreatyData('apmbc', { actions: [anAction('AAA', '1997-12-03', { kind: 'signature' })], indicators: [anIndicator('AAA', 'produced', { until: '1996' })] })],
    };
    const after: FullRecord = {
      reference: aReference({ states: [aState({ iso3: 'AAA', name: 'Aland' }), aState({ iso3: 'CCC' })], sources: [aSourceSite('example.org', { grade: 'depositary' })] }),
      treaties: [
        aTreatyData('apmbc', {
          actions: [anAction('AAA', '1997-12-03', { kind: 'signature', note: 'At Ottawa' }), anAction('AAA', '1998-01-02', { kind: 'ratification' })],
          // Another period is another fact: one removed, one added.
          indicators: [anIndicator('AAA', 'produced', { until: '1997' })],
        }),
      ],
    };
    const changes = recordChanges(before, after);
    expect(counts(changes)).toMatchObject({
      'states.csv': '1 added, 1 changed, 1 removed',
      'sources.csv': '0 added, 1 changed, 0 removed',
      'apmbc/actions.csv': '1 added, 1 changed, 0 removed',
      'apmbc/indicators.csv': '1 added, 0 changed, 1 removed',
    });
    expect(removals(changes).map((f) => `${f.removed} ${f.facts} from ${f.file}`)).toEqual(['1 States from states.csv', '1 indicators from apmbc/indicators.csv']);
  });

  test('facts that share an identity are matched as a multiset, equal ones first', () => {
    const signature = anAction('AAA', '1997-12-03', { kind: 'signature' });
    const noted = anAction('AAA', '1997-12-03', { kind: 'signature', note: 'Again' });
    const record = (actions: ReturnType<typeof anAction>[]): FullRecord => ({ reference: aReference(), treaties: [aTreatyData('apmbc', { actions })] });
    const change = (before: ReturnType<typeof anAction>[], after: ReturnType<typeof anAction>[]) => counts(recordChanges(record(before), record(after)))['apmbc/actions.csv'];
    expect(change([signature, signature], [signature])).toBe('0 added, 0 changed, 1 removed');
    expect(change([signature], [noted, signature])).toBe('1 added, 0 changed, 0 removed');
    expect(change([signature, signature], [noted, signature])).toBe('0 added, 1 changed, 0 removed');
  });

  test('covers only the parts the directory holds; a treaty new to the store is all added', () => {
    const changes = recordChanges(fixtureRecord(['apmbc']), { reference: null, treaties: [aTreatyData('ccm', { actions: [anAction('QAA', '1997-12-03', { kind: 'signature', treaty: 'ccm' })] })] });
    expect(changes.map((p) => p.part)).toEqual([{ kind: 'treaty', treaty: 'ccm' }]);
    expect(counts(changes)).toEqual({
      'ccm/actions.csv': '1 added, 0 changed, 0 removed',
      'ccm/indicators.csv': '0 added, 0 changed, 0 removed',
      'ccm/conflicts.csv': '0 added, 0 changed, 0 removed',
    });
  });
});
