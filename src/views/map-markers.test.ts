import { describe, expect, it } from 'vitest';
import type { Point } from './map-geography.js';
import { spreadMarkers } from './map-markers.js';

const options = { minDistance: 9, width: 960, height: 470 };
const closest = (points: readonly Point[]) => {
  let best = Infinity;
  points.forEach((a, i) => points.slice(i + 1).forEach((b) => (best = Math.min(best, Math.hypot(a[0] - b[0], a[1] - b[1])))));
  return best;
};

describe('spreadMarkers', () => {
  it('leaves markers that do not overlap where they are', () => {
    const anchors: Point[] = [
      [100, 100],
      [200, 100],
    ];
    expect(spreadMarkers(anchors, options)).toEqual(anchors);
  });

  it('pushes a cluster apart until no two markers overlap', () => {
    const cluster: Point[] = [
      [300, 200],
      [302, 201],
      [301, 204],
      [299, 206],
      [303, 208],
      [300, 200],
    ];
    const spread = spreadMarkers(cluster, options);
    expect(closest(spread)).toBeGreaterThanOrEqual(options.minDistance - 0.01);
    for (const [i, p] of spread.entries()) expect(Math.hypot(p[0] - cluster[i]![0], p[1] - cluster[i]![1])).toBeLessThan(20);
  });

  it('keeps markers whole inside the drawing, alone or crowded', () => {
    for (const anchors of [[[959.5, 100]], [[959, 2], [958, 3]]] as Point[][]) {
      for (const [x, y] of spreadMarkers(anchors, options)) {
        expect(x).toBeLessThanOrEqual(960 - 5.5);
        expect(y).toBeGreaterThanOrEqual(5.5);
      }
    }
  });

  it('gives the same answer every time', () => {
    const cluster: Point[] = [
      [10, 10],
      [10, 10],
      [10, 10],
    ];
    expect(spreadMarkers(cluster, options)).toEqual(spreadMarkers(cluster, options));
  });
});
