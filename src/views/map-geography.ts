// Where each State is drawn on the world map. The geometry is Natural Earth via the world-atlas
// package, read once when this module loads and projected once: rendering only looks things up.
// Shapes come from the 1:110m atlas (small enough to inline); States that vanish at that scale
// get a marker at the centroid of their 1:50m shape, which includes nearly every small State:
// those points are worked out once and kept in map-anchors.ts (map-anchors-atlas.ts says how),
// as the 1:50m atlas would cost every process ~20 MB and ~0.2 s to read for a few dozen points.
import { compactPath } from './compact-path.js';
import { markerAnchors } from './map-anchors.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const mapWidth = 960;
export const mapHeight = 470;
/** Below this projected area (square viewBox units, about 3 x 3) a shape is too small to see or hit. */
export const minShapeArea = 10;

export type Point = readonly [x: number, y: number];

export interface CountryShape {
  /** ISO 3166-1 numeric (= UN M49 for States), or null for areas Natural Earth gives no code. */
  readonly id: string | null;
  /** The shape's id in the map's geometry file (map-sprite.ts): "c" and its code, or "n" and its place in the atlas. */
  readonly key: string;
  readonly d: string;
  readonly area: number;
}

export type Placement =
  | { readonly kind: 'shape'; readonly shape: CountryShape }
  | { readonly kind: 'marker'; readonly at: Point; readonly shape: CountryShape | null }
  | { readonly kind: 'unlocated' };

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

// The JSON is parsed from the file rather than imported (`import ... with { type: 'json' }` makes
// tsc infer a type for ~860 KB of coordinates on every type-check, +3 s) or required (the module
// cache would keep the 1:50m atlas, ~20 MB of objects, for the life of the process: only the
// markers' anchors are taken from it).
const require = createRequire(import.meta.url);

export function readCountries(file: string): Countries {
  const value: unknown = JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8'));
  const topology = value as Partial<Countries> | null;
  if (topology?.type !== 'Topology' || topology.objects?.countries?.type !== 'GeometryCollection') {
    throw new Error(`world-atlas/${file} is not a TopoJSON topology of countries`);
  }
  return topology as Countries;
}

function countryFeatures(topology: Countries): Feature<Geometry, { name: string }>[] {
  return feature(topology, topology.objects.countries).features;
}

// Antarctica (M49 010) is no State and would take a fifth of the height.
const ANTARCTICA = '010';
const idOf = (f: Feature): string | null => (typeof f.id === 'string' ? f.id : null);
const world110 = countryFeatures(readCountries('countries-110m.json')).filter((f) => idOf(f) !== ANTARCTICA);

export const projection = geoEqualEarth().fitExtent(
  [
    [6, 6],
    [mapWidth - 6, mapHeight - 6],
  ],
  { type: 'FeatureCollection', features: world110 },
);
const path = geoPath(projection).digits(1);
/** Shapes on a half-unit grid, written relative: about half the bytes, the same map to the eye (the map is 960 units wide). */
const pathStep = 0.5;

/** The ocean: the outline of the whole globe in this projection. */
export const spherePath = compactPath(path({ type: 'Sphere' }) ?? '', pathStep);

export const countryShapes: readonly CountryShape[] = world110.map((f, i) => {
  const id = idOf(f);
  return { id, key: id === null ? `n${i}` : `c${id}`, d: compactPath(path(f) ?? '', pathStep), area: path.area(f) };
});

const visibleShapes = new Map(countryShapes.filter((s) => s.id !== null && s.area >= minShapeArea).map((s) => [s.id, s]));
const smallShapes = new Map(countryShapes.filter((s) => s.id !== null && s.area < minShapeArea).map((s) => [s.id, s]));

/** Whether the State with this code has a shape big enough to see and click at this scale. */
export const hasVisibleShape = (m49: string): boolean => visibleShapes.has(m49);

/** How the State with this M49 code is drawn: its own shape, a marker, or nowhere. */
export function placeState(m49: string): Placement {
  const shape = visibleShapes.get(m49);
  if (shape) return { kind: 'shape', shape };
  const at = markerAnchors.get(m49);
  if (at) return { kind: 'marker', at, shape: smallShapes.get(m49) ?? null };
  return { kind: 'unlocated' };
}
