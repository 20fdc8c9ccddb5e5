// How each status looks on the map: a fill colour AND a pattern, so that colour is never the only
// signal (WCAG 1.4.1). The colours are checked by map-palette.test.ts against the ocean (3:1,
// WCAG 1.4.11) and the legend text against the background (4.5:1, WCAG 1.4.3).
import { statuses, type Status } from '../domain/status.js';

export type PatternKind = 'solid' | 'dots' | 'hatch-rising' | 'hatch-falling' | 'cross-hatch';

export interface StatusStyle {
  readonly fill: string;
  readonly pattern: PatternKind;
}

// Bound States are blue (dark solid: in force; striped: not yet in force); leaving is orange
// then red; non-parties a warm grey. Patterns are drawn in white over the fill.
export const statusStyles: Readonly<Record<Status, StatusStyle>> = {
  'non-party': { fill: '#8f867c', pattern: 'solid' },
  signatory: { fill: '#76609f', pattern: 'dots' },
  'pending-entry-into-force': { fill: '#2f78b7', pattern: 'hatch-rising' },
  party: { fill: '#083a66', pattern: 'solid' },
  'withdrawal-pending': { fill: '#bd5500', pattern: 'hatch-falling' },
  withdrawn: { fill: '#a0142a', pattern: 'cross-hatch' },
};

export const mapColours = {
  background: '#ffffff',
  ocean: '#eef4f9',
  /** Land that is not one of the States given: territories, disputed areas, Kosovo. */
  otherLand: '#d5d5d5',
  border: '#ffffff',
  text: '#1a1a1a',
  outline: '#1a1a1a',
} as const;

/** The paint of a status: its pattern (which includes the fill), or the plain fill. */
export function statusPaint(idPrefix: string, status: Status): string {
  return statusStyles[status].pattern === 'solid' ? statusStyles[status].fill : `url(#${idPrefix}-${status})`;
}

const SIZE = 4;
const line = (x1: number, y1: number, x2: number, y2: number) =>
  `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#ffffff" stroke-width="1.1"/>`;

// Each pattern is one tile; rotating the tile turns vertical lines into diagonals.
const tiles: Record<Exclude<PatternKind, 'solid'>, { rotate: number; marks: string }> = {
  dots: { rotate: 45, marks: `<circle cx="${SIZE / 2}" cy="${SIZE / 2}" r="0.9" fill="#ffffff"/>` },
  'hatch-rising': { rotate: 45, marks: line(1, 0, 1, SIZE) },
  'hatch-falling': { rotate: -45, marks: line(1, 0, 1, SIZE) },
  'cross-hatch': { rotate: 45, marks: line(1, 0, 1, SIZE) + line(0, 1, SIZE, 1) },
};

/** The <pattern> elements for every patterned status, ids prefixed so several maps can share a page. */
export function renderPatterns(idPrefix: string): string {
  return statuses
    .map((status) => {
      const { fill, pattern } = statusStyles[status];
      if (pattern === 'solid') return '';
      const tile = tiles[pattern];
      return (
        `<pattern id="${idPrefix}-${status}" width="${SIZE}" height="${SIZE}" patternUnits="userSpaceOnUse" patternTransform="rotate(${tile.rotate})">` +
        `<rect width="${SIZE}" height="${SIZE}" fill="${fill}"/>${tile.marks}</pattern>`
      );
    })
    .join('');
}
