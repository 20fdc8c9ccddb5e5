// The files every page uses that change with neither the record nor the date: the stylesheet and
// the map's geometry, each at an address carrying a hash of its content, so that browsers keep
// them for a year and a new release gets new addresses.
import { createHash } from 'node:crypto';
import { stylesheet } from './css.js';
import { mapGeometry } from './map-sprite.js';

export interface Asset {
  readonly path: string;
  readonly body: string;
  readonly type: string;
}

const hashed = (name: string, extension: string, body: string, type: string): Asset => ({
  path: `/assets/${name}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${extension}`,
  body,
  type,
});

export const assets = {
  stylesheet: hashed('site', 'css', stylesheet, 'text/css; charset=utf-8'),
  map: hashed('map', 'svg', mapGeometry, 'image/svg+xml'),
} as const satisfies Record<string, Asset>;
