// Text and numbers as they go into SVG markup: every string from data is escaped here, and
// every coordinate is rounded the same way so that one input always gives the same bytes.

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use both as element content and inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char] ?? char);
}

/** A coordinate with at most `digits` decimals, without trailing zeros or a negative zero. */
export function num(value: number, digits = 1): string {
  const rounded = Number(value.toFixed(digits));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Rough width of a text: a server cannot measure it. 0.6 em per character (0.66 in bold) errs on
 * the wide side even for DejaVu Sans, the widest of the usual system-ui fonts. */
export const textWidth = (text: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number =>
  text.length * fontSize * (weight === 'bold' ? 0.66 : 0.6);
