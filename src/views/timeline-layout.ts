// The timeline's two layouts. Wide: the desktop chart, with each line's label and last value at
// its end. Narrow: for a phone, drawn at about the width it is shown at so that no text falls
// below 12 CSS px; there is no room at the right, so the legend carries the last values.
import type { Place } from './timeline-detail.js';

export interface TimelineLayout {
  /** In the SVG's class and its address (timeline-wide.svg): the page's <picture> shows one layout or the other by its width. */
  readonly name: 'wide' | 'narrow';
  readonly width: number;
  readonly height: number;
  /** Axis, legend and end labels, in viewBox units. */
  readonly font: number;
  /** Event labels and the inset's text. */
  readonly smallFont: number;
  readonly margin: { readonly left: number; readonly bottom: number };
  /** Space at the right that is always kept, end labels or not. */
  readonly minRight: number;
  readonly endLabels: 'at-line-ends' | 'in-legend';
  /** Where the inset of the last two years may start, as fractions of the plot's width and height: the first place the lines leave clear. */
  readonly inset: readonly Place[];
}

export const wideTimeline: TimelineLayout = {
  name: 'wide',
  width: 960,
  height: 460,
  font: 13,
  smallFont: 12,
  margin: { left: 64, bottom: 52 },
  minRight: 200,
  endLabels: 'at-line-ends',
  inset: [{ left: 0.42, top: 0.4 }],
};

/** Shown about 350 CSS px wide on a 390 px phone: 13 units are then 12.6 px. */
export const narrowTimeline: TimelineLayout = {
  name: 'narrow',
  width: 360,
  height: 520,
  font: 13,
  smallFont: 13,
  margin: { left: 56, bottom: 48 },
  minRight: 14,
  endLabels: 'in-legend',
  // Wide enough for five withdrawals' labels; a narrower place when the lines rise late.
  inset: [
    { left: 0.25, top: 0.33 },
    { left: 0.42, top: 0.4 },
  ],
};
