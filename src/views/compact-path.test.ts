import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { compactPath } from './compact-path.js';

// The world's countries as d3-geo writes them (absolute, one decimal): what the map compacts.
const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
const countries = feature(topology, topology.objects.countries).features;
const toPath = geoPath(geoEqualEarth().fitSize([960, 470], { type: 'FeatureCollection', features: countries })).digits(1);
const countryShapes = countries.map((f) => ({ id: typeof f.id === 'string' ? f.id : null, d: toPath(f) ?? '' }));

/** Reads relative path data back to absolute points, per ring, as an SVG renderer would. */
function points(d: string): [number, number][][] {
  const rings: [number, number][][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLZmlz])([^MLZmlz]*)/g)) {
    if (command === 'Z' || command === 'z') continue;
    const numbers = (args ?? '').match(/-?(\d+\.?\d*|\.\d+)/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const relative = command === 'l' || command === 'm';
      x = relative ? x + numbers[i]! : numbers[i]!;
      y = relative ? y + numbers[i + 1]! : numbers[i + 1]!;
      if ((command === 'M' || command === 'm') && i === 0) rings.push([]);
      rings.at(-1)!.push([x, y]);
    }
  }
  return rings;
}

const close = (a: [number, number][][], b: [number, number][][], tolerance: number) =>
  a.length === b.length && a.every((ring, i) => ring.every(([x, y], k) => Math.abs(x - b[i]![k]![0]) <= tolerance && Math.abs(y - b[i]![k]![1]) <= tolerance));

describe('compactPath', () => {
  it('keeps every point of every map shape within half a grid step, rings and all', () => {
    for (const shape of countryShapes) {
      const original = points(shape.d);
      const compact = points(compactPath(shape.d, 0.5));
      // Points that rounding merged are dropped: compare with the original's distinct rounded points.
      const snapped = original.map((ring) =>
        ring.map(([x, y]) => [Math.round(x / 0.5) * 0.5, Math.round(y / 0.5) * 0.5] as [number, number]).filter((p, k, all) => k === 0 || p[0] !== all[k - 1]![0] || p[1] !== all[k - 1]![1]),
      );
      expect(close(compact, snapped, 1e-9), shape.id ?? 'land').toBe(true);
    }
  });

  it('reads back to the points it was given, for any polygon', () => {
    const coordinate = fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 10);
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 }), (rings) => {
        const d = rings.map((ring) => `M${ring.map(([x, y]) => `${x},${y}`).join('L')}Z`).join('');
        const back = points(compactPath(d, 0.1));
        const expected = rings.map((ring) => ring.filter((p, k) => k === 0 || p[0] !== ring[k - 1]![0] || p[1] !== ring[k - 1]![1]));
        expect(close(back, expected, 1e-6)).toBe(true);
      }),
    );
  });

  it('halves the map', () => {
    const before = countryShapes.reduce((n, s) => n + s.d.length, 0);
    const after = countryShapes.reduce((n, s) => n + compactPath(s.d, 0.5).length, 0);
    expect(after).toBeLessThan(before / 2);
  });
});
