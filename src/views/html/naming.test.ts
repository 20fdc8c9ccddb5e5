import { describe, expect, it } from 'vitest';
import { inEnglishSentence } from './naming.js';

describe('State names in English sentences', () => {
  it('puts "the" where UN documents do, and nowhere else', () => {
    expect(inEnglishSentence('United States of America')).toBe('the United States of America');
    expect(inEnglishSentence('Russian Federation')).toBe('the Russian Federation');
    expect(inEnglishSentence('Marshall Islands')).toBe('the Marshall Islands');
    expect(inEnglishSentence('Cuba')).toBe('Cuba');
    expect(inEnglishSentence('Nigeria')).toBe('Nigeria');
    expect(inEnglishSentence('Sudan')).toBe('the Sudan');
    expect(inEnglishSentence('South Sudan')).toBe('South Sudan');
  });
});
