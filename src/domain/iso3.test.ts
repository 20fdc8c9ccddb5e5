import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeSpelling } from '../../test/iso3-arbitrary.js';
import { asIso3 } from './iso3.js';

describe('asIso3', () => {
  it('reads three ASCII letters in any case as the code', () => {
    expect([asIso3('isl'), asIso3('IsL'), asIso3('ISL')]).toEqual(['ISL', 'ISL', 'ISL']);
    expect([asIso3('IS'), asIso3('ISLA'), asIso3('IS1'), asIso3(' ISL')]).toEqual([null, null, null, null]);
  });

  it('never takes another letter that Unicode upper-cases to an ASCII one for the code (ıSL is not ISL)', () => {
    expect(['ıSL'.toUpperCase(), 'ſWE'.toUpperCase(), 'ßD'.toUpperCase()]).toEqual(['ISL', 'SWE', 'SSD']);
    expect([asIso3('ıSL'), asIso3('ſWE'), asIso3('ßD')]).toEqual([null, null, null]);
  });

  it('gives the code for a spelling that upper-cases to it only when that spelling is ASCII (property)', () => {
    fc.assert(
      fc.property(codeSpelling, ({ code, spelling }) => {
        expect(spelling.toUpperCase()).toBe(code);
        expect(asIso3(spelling)).toBe(/^[A-Za-z]{3}$/.test(spelling) ? code : null);
      }),
    );
  });
});
