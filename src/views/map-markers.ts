// Small States sit close together (the Lesser Antilles, Holy See and San Marino, Bahrain and
// Qatar): their markers are nudged apart until none overlaps, each keeping a leader line to its
// true place. A fixed number of passes in a fixed order keeps the result deterministic.
import type { Point } from './map-geography.js';

export interface SpreadOptions {
  /** Centre-to-centre distance below which two markers overlap. */
  readonly minDistance: number;
  readonly width: number;
  readonly height: number;
  readonly passes?: number;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** New positions, in the same order as the anchors, inside the drawing and no two closer than minDistance (when room allows). */
export function spreadMarkers(anchors: readonly Point[], options: SpreadOptions): Point[] {
  const { minDistance, width, height, passes = 80 } = options;
  // Half the spacing plus a unit keeps a whole marker and its halo inside (Tuvalu is at 179°E).
  const margin = minDistance / 2 + 1;
  const xs = anchors.map((p) => clamp(p[0], margin, width - margin));
  const ys = anchors.map((p) => clamp(p[1], margin, height - margin));
  for (let pass = 0; pass < passes; pass += 1) {
    let moved = false;
    for (let i = 0; i < xs.length; i += 1) {
      for (let j = i + 1; j < xs.length; j += 1) {
        let dx = (xs[j] ?? 0) - (xs[i] ?? 0);
        let dy = (ys[j] ?? 0) - (ys[i] ?? 0);
        let distance = Math.hypot(dx, dy);
        if (distance >= minDistance) continue;
        if (distance < 1e-6) {
          // Same spot: split along a direction that depends only on the pair's indices.
          const angle = (i * 7 + j * 13) * 0.618;
          [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
        }
        const push = (minDistance - distance) / 2 / distance;
        xs[i] = clamp((xs[i] ?? 0) - dx * push, margin, width - margin);
        ys[i] = clamp((ys[i] ?? 0) - dy * push, margin, height - margin);
        xs[j] = clamp((xs[j] ?? 0) + dx * push, margin, width - margin);
        ys[j] = clamp((ys[j] ?? 0) + dy * push, margin, height - margin);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return xs.map((x, i) => [x, ys[i] ?? 0] as const);
}
