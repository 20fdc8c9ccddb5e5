// A date inside a sentence of a table cell ("deposited 27 June 2025, effective 27 December 2025")
// may wrap before or after it but not inside it: its spaces become no-break spaces.

export const noBreak = (text: string): string => text.replace(/ /g, '\u00a0');
