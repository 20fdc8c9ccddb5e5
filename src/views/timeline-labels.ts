// Where the timeline's text goes so that nothing overlaps: event labels stacked in rows, and the
// end-of-line labels pushed apart when two lines end close together.
import { textWidth } from './svg-text.js';

export interface EventLabel {
  readonly x: number;
  readonly text: string;
  readonly anchor: 'start' | 'end';
  /** 0 is the row nearest the plot. */
  readonly row: number;
}

/** Labels to the right of their marker, or to the left near the right edge; a label goes in the first row where it fits. */
export function placeEventLabels(events: readonly { x: number; text: string }[], right: number, fontSize: number): EventLabel[] {
  const rowEnds: number[] = [];
  return [...events]
    .sort((a, b) => a.x - b.x)
    .map(({ x, text }) => {
      const width = textWidth(text, fontSize);
      const anchor = x + 3 + width > right ? 'end' : 'start';
      const [from, to] = anchor === 'start' ? [x, x + 3 + width] : [x - 3 - width, x];
      let row = rowEnds.findIndex((end) => end + 6 <= from);
      if (row === -1) row = rowEnds.length;
      rowEnds[row] = to;
      return { x, text, anchor, row };
    });
}

/** Label baselines near the given ys (ascending order of value is not assumed), at least `gap` apart, order kept. */
export function separate(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  for (let k = 1; k < placed.length; k += 1) {
    const previous = placed[k - 1] ?? 0;
    if ((placed[k] ?? 0) - previous < gap) placed[k] = previous + gap;
  }
  // Centre the shifted group on where the labels wanted to be, rather than pushing only downward.
  const shift = (order.reduce((sum, o) => sum + o.y, 0) - placed.reduce((sum, y) => sum + y, 0)) / Math.max(1, placed.length);
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = (placed[k] ?? o.y) + shift));
  return result;
}
