import { describe, expect, it } from 'vitest';
import { stepPath } from './timeline-path.js';

const y = (value: number) => 100 - value;

describe('stepPath', () => {
  it('draws a value from its day until the next change, then steps', () => {
    expect(stepPath([0, 1, 2, 3, 4], [1, 1, 3, 3, 2], y).d).toBe('M0 99H2V97H4V98');
  });

  it('emits a vertex only where the value changes', () => {
    const xs = Array.from({ length: 10_000 }, (_, i) => i / 10);
    const values = xs.map((_, i) => Math.floor(i / 1000));
    const path = stepPath(xs, values, y);
    expect(path.vertices).toBe(1 + 9 * 2 + 1);
  });

  it('merges changes that land on the same drawn x into one vertical move', () => {
    expect(stepPath([0, 10, 10.01, 20], [5, 6, 7, 7], y).d).toBe('M0 95H10V93H20');
  });

  it('draws nothing for no points and a flat line for a constant', () => {
    expect(stepPath([], [], y)).toEqual({ d: '', vertices: 0 });
    expect(stepPath([0, 5, 9], [2, 2, 2], y).d).toBe('M0 98H9');
  });
});
