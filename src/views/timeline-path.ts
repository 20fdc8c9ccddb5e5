// A count that changes on a few hundred days out of ten thousand drawn as a step line
// ("step-after": a value holds from its day until the next change), with a vertex only where the
// drawn position changes: ~10 500 daily points become a few hundred path commands.
import { num } from './svg-text.js';

export interface StepPath {
  readonly d: string;
  /** Number of path commands (M, H, V): the path's vertices. */
  readonly vertices: number;
}

/** `xs` and `values` are parallel arrays in ascending x; x and y map data to viewBox units. */
export function stepPath(xs: readonly number[], values: readonly number[], y: (value: number) => number): StepPath {
  const first = xs[0];
  const firstValue = values[0];
  if (first === undefined || firstValue === undefined) return { d: '', vertices: 0 };
  const commands = [`M${num(first)} ${num(y(firstValue))}`];
  let atX = num(first);
  let atY = num(y(firstValue));
  for (let i = 1; i < xs.length; i += 1) {
    const value = values[i];
    const x = xs[i];
    if (value === undefined || x === undefined || value === values[i - 1]) continue;
    const nextY = num(y(value));
    if (nextY === atY) continue;
    const nextX = num(x);
    if (nextX !== atX) commands.push(`H${nextX}`);
    else if (commands.at(-1)?.startsWith('V')) commands.pop(); // two steps at one x: one move
    commands.push(`V${nextY}`);
    [atX, atY] = [nextX, nextY];
  }
  const last = num(xs[xs.length - 1] ?? first);
  if (last !== atX) commands.push(`H${last}`);
  return { d: commands.join(''), vertices: commands.length };
}

/** A vertical rule from y1 to y2 at x (a tick, an event's marker). */
export interface VerticalRule {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

/**
 * Straight rules as the data of one path: a grid's dozen lines or a year axis's thirty ticks cost
 * a few bytes each instead of an element each. Rules drawn twice at the same place (events on the
 * same day) are drawn once.
 */
export function rulesPath(horizontal: readonly { readonly y: number; readonly x1: number; readonly x2: number }[], vertical: readonly VerticalRule[] = []): string {
  const moves = [
    ...horizontal.map((r) => `M${num(r.x1)} ${num(r.y)}H${num(r.x2)}`),
    ...vertical.map((r) => `M${num(r.x)} ${num(r.y1)}V${num(r.y2)}`),
  ];
  return [...new Set(moves)].join('');
}
