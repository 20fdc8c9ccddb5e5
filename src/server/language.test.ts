import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './language.js';

describe('negotiateLanguage', () => {
  it('picks the most preferred language we have', () => {
    expect(negotiateLanguage('fr-CH, fr;q=0.9, en;q=0.8')).toBe('fr');
    expect(negotiateLanguage('de-DE,de;q=0.9,es;q=0.7,en;q=0.5')).toBe('es');
    expect(negotiateLanguage('en;q=0.4, es;q=0.8')).toBe('es');
  });

  it('falls back to English without a usable header', () => {
    expect(negotiateLanguage(undefined)).toBe('en');
    expect(negotiateLanguage('de, ja')).toBe('en');
    expect(negotiateLanguage('fr;q=0')).toBe('en');
  });

  it('never throws on any header (property)', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect(['en', 'fr', 'es']).toContain(negotiateLanguage(header));
      }),
    );
  });
});
