import { describe, expect, it } from 'vitest';
import { rulesPath, stepPath } from './timeline-path.js';

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

describe('rulesPath', () => {
  it('draws each rule as a move and one line, rounded like every coordinate, each place once', () => {
    const d = rulesPath(
      [{ y: 10.04, x1: 0, x2: 100 }],
      [{ x: 5.56, y1: 10, y2: 13 }, { x: 20, y1: 0, y2: 10 }, { x: 5.56, y1: 10, y2: 13 }],
    );
    expect(d).toBe('M0 10H100M5.6 10V13M20 0V10');
  });

  it('draws nothing for no rules', () => {
    expect(rulesPath([], [])).toBe('');
  });
});
