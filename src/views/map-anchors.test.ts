import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { anchorsFromAtlas, anchorsModule } from './map-anchors-atlas.js';

it('keeps the markers’ anchors as the atlases give them (regenerate map-anchors.ts from anchorsModule(anchorsFromAtlas()) if not)', () => {
  expect(readFileSync(new URL('./map-anchors.ts', import.meta.url), 'utf8')).toBe(anchorsModule(anchorsFromAtlas()));
});
