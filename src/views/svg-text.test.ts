import { describe, expect, it } from 'vitest';
import { escapeXml, num } from './svg-text.js';

describe('escapeXml', () => {
  it('escapes the five characters that can break markup or an attribute', () => {
    expect(escapeXml(`Côte d'Ivoire & <"Türkiye">`)).toBe('Côte d&#39;Ivoire &amp; &lt;&quot;Türkiye&quot;&gt;');
  });

  it('leaves other text alone', () => {
    expect(escapeXml('Bolivia (Plurinational State of)')).toBe('Bolivia (Plurinational State of)');
  });
});

describe('num', () => {
  it('rounds to the given decimals and drops trailing zeros', () => {
    expect(num(12.345)).toBe('12.3');
    expect(num(12.04)).toBe('12');
    expect(num(3.14159, 2)).toBe('3.14');
  });

  it('never writes a negative zero', () => {
    expect(num(-0.01)).toBe('0');
  });
});
