import { describe, expect, it } from 'vitest';
import { placeEventLabels, separate } from './timeline-labels.js';

describe('placeEventLabels', () => {
  it('puts labels that do not collide in the first row', () => {
    const labels = placeEventLabels(
      [
        { x: 100, text: 'Entry into force' },
        { x: 400, text: 'Second' },
      ],
      900,
      12,
    );
    expect(labels.map((l) => l.row)).toEqual([0, 0]);
  });

  it('stacks labels of events close in time', () => {
    const labels = placeEventLabels(
      [
        { x: 880, text: 'Estonia, Latvia, Lithuania withdraw' },
        { x: 881, text: 'Finland withdraws' },
        { x: 884, text: 'Poland withdraws' },
      ],
      900,
      12,
    );
    expect(labels.map((l) => l.row)).toEqual([0, 1, 2]);
    expect(labels.every((l) => l.anchor === 'end')).toBe(true);
  });
});

describe('separate', () => {
  it('leaves labels that are far enough apart', () => {
    expect(separate([10, 50], 16)).toEqual([10, 50]);
  });

  it('pushes close labels apart around where they wanted to be, keeping their order', () => {
    const [a, b] = separate([100, 102], 16);
    expect((b ?? 0) - (a ?? 0)).toBeCloseTo(16);
    expect(((a ?? 0) + (b ?? 0)) / 2).toBeCloseTo(101);
    const [c, d] = separate([102, 100], 16);
    expect((c ?? 0) - (d ?? 0)).toBeCloseTo(16);
  });
});
