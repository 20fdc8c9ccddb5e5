// The timeline's two series and how they are drawn: by colour, by dash and by width, so that
// they stay apart in greyscale and for colour-blind readers. Checked by timeline.test.ts.
import { num } from './svg-text.js';

export const timelineColours = {
  background: '#ffffff',
  text: '#1a1a1a',
  muted: '#4d4d4d',
  grid: '#e3e3e3',
  band: '#f2f2f2',
  frame: '#9e9e9e',
  parties: '#083a66',
  formallyAccepted: '#2f78b7',
} as const;

export type Series = 'formallyAccepted' | 'parties';

/** Drawing order: the dashed line goes over the solid one, so both show where they coincide. */
export const seriesOrder: readonly Series[] = ['parties', 'formallyAccepted'];

export function lineStyle(series: Series, scale = 1): string {
  return series === 'parties'
    ? `stroke="${timelineColours.parties}" stroke-width="${num(3 * scale)}"`
    : `stroke="${timelineColours.formallyAccepted}" stroke-width="${num(2 * scale)}" stroke-dasharray="${num(7 * scale)} ${num(4 * scale)}"`;
}
