import { describe, expect, it } from 'vitest';
import { statuses } from '../domain/status.js';
import { contrastRatio } from './contrast.js';
import { mapColours, renderPatterns, statusPaint, statusStyles } from './map-palette.js';

describe('map palette', () => {
  it('gives all six statuses distinct fills and distinct paints', () => {
    expect(new Set(statuses.map((s) => statusStyles[s].fill)).size).toBe(6);
    expect(new Set(statuses.map((s) => statusPaint('m', s))).size).toBe(6);
  });

  it('never relies on colour alone: at most two statuses are solid, and those differ in lightness', () => {
    const solid = statuses.filter((s) => statusStyles[s].pattern === 'solid');
    expect(solid.length).toBeLessThanOrEqual(2);
    const [a, b] = solid.map((s) => statusStyles[s].fill);
    if (a !== undefined && b !== undefined) expect(contrastRatio(a, b)).toBeGreaterThanOrEqual(3);
    const patterned = statuses.filter((s) => statusStyles[s].pattern !== 'solid').map((s) => statusStyles[s].pattern);
    expect(new Set(patterned).size).toBe(patterned.length);
  });

  it.each(statuses)('draws %s with at least 3:1 contrast against the ocean and the white pattern marks', (status) => {
    expect(contrastRatio(statusStyles[status].fill, mapColours.ocean)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(statusStyles[status].fill, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('sets legend text at AA contrast (4.5:1) on the background', () => {
    expect(contrastRatio(mapColours.text, mapColours.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps land that is no State visibly apart from the ocean and from every status', () => {
    expect(contrastRatio(mapColours.otherLand, mapColours.ocean)).toBeGreaterThan(1.2);
    for (const status of statuses) expect(contrastRatio(mapColours.otherLand, statusStyles[status].fill)).toBeGreaterThanOrEqual(2);
  });

  it('defines one pattern per patterned status, under the given prefix', () => {
    const defs = renderPatterns('p1');
    expect(defs.match(/<pattern /g)).toHaveLength(4);
    expect(defs).toContain('id="p1-withdrawn"');
  });
});
