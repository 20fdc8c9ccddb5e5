import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { codeSpelling, isAscii } from '../../test/iso3-arbitrary.js';
import { shippedSite } from '../../test/site-harness.js';
import type { State } from '../domain/record.js';
import { findState } from './find-state.js';

let states: readonly State[];
beforeAll(async () => {
  states = [...(await shippedSite()).names.states.values()];
});

describe('findState', () => {
  it('finds a State by its code in any case, or by its name', () => {
    expect([findState(' isl ', states), findState('Islande', states)].map((f) => (f.kind === 'found' ? f.state.iso3 : null))).toEqual(['ISL', 'ISL']);
  });

  it('never finds a State by a spelling that only Unicode upper-casing turns into its code (property)', () => {
    expect(findState('ıSL', states).kind).toBe('not-found');
    fc.assert(
      fc.property(codeSpelling, ({ code, spelling }) => {
        const found = findState(spelling, states);
        expect(found.kind === 'found' && found.state.iso3 === code).toBe(isAscii(spelling));
      }),
    );
  });
});
