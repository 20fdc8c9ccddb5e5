import { describe, expect, it } from 'vitest';
import { isLanguage } from './language.js';

describe('the languages Adherence publishes in', () => {
  it('takes English, French and Spanish, and no other code', () => {
    expect(['en', 'fr', 'es'].every(isLanguage)).toBe(true);
    expect(['de', 'EN', '', 'en-GB'].some(isLanguage)).toBe(false);
  });
});
