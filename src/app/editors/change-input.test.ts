import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpelling, isAscii } from '../../../test/iso3-arbitrary.js';
import { changeInput } from './change-input.js';

const input = (iso3: string) => changeInput.parse({ treaty: 'apmbc', iso3, kind: 'ratification', date: '2020-01-02' });

describe('changeInput', () => {
  it('upper-cases a code typed in lower case', () => {
    expect(input('isl').iso3).toBe('ISL');
  });

  it('keeps a code that only Unicode upper-casing would make a State’s as typed, for the row rules to refuse (property)', () => {
    expect(input('ıSL').iso3).toBe('ıSL');
    fc.assert(
      fc.property(codeSpelling, ({ code, spelling }) => {
        expect(input(spelling).iso3 === code).toBe(isAscii(spelling));
      }),
    );
  });
});
