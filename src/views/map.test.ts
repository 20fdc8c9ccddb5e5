import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { statuses, type Status } from '../domain/status.js';
import { mapClass, renderMap, type MapInput, type MapState } from './map.js';
import { statusPaint } from './map-palette.js';
import { assets } from './assets.js';
import { escapeXml } from './svg-text.js';

// The 197 States of the shipped record, with statuses dealt round-robin so that all six appear.
const rows = parse(readFileSync(new URL('../../data/states.csv', import.meta.url), 'utf8'), { columns: true }) as Record<string, string>[];
const allStates: MapState[] = rows.map((row, i) => ({
  iso3: row.iso3 ?? '',
  m49: row.m49 ?? '',
  name: row.name ?? '',
  status: statuses[i % statuses.length] as Status,
  href: `/states/${(row.iso3 ?? '').toLowerCase()}`,
}));

const statusLabels: Record<Status, string> = {
  'non-party': 'Not party',
  signatory: 'Signatory',
  'pending-entry-into-force': 'Consented, not yet in force',
  party: 'State Party',
  'withdrawal-pending': 'Withdrawal pending',
  withdrawn: 'Withdrawn',
};

const aMap = (overrides: Partial<MapInput> = {}): MapInput => ({
  states: allStates,
  title: 'States bound by the Convention',
  description: 'World map of the status of each State.',
  statusLabels,
  legendTitle: 'Status on 1 March 2026',
  ...overrides,
});

const count = (text: string, needle: string) => text.split(needle).length - 1;
/** The <a> element of the State with this href, or undefined. */
const linkOf = (svg: string, href: string) => new RegExp(`<a href="${href}"[^>]*>.*?</a>`).exec(svg)?.[0];

describe('renderMap', () => {
  const svg = renderMap(aMap());

  it('links every State exactly once, with its name and status as tooltip and accessible name', () => {
    expect(allStates).toHaveLength(197);
    for (const state of allStates) {
      expect(count(svg, `href="${state.href}"`), state.name).toBe(1);
      const text = escapeXml(`${state.name}: ${statusLabels[state.status]}`);
      expect(linkOf(svg, state.href)).toContain(`<a href="${state.href}"><title>${text}</title>`);
    }
  });

  it.each([
    ['Holy See', '336'],
    ['Nauru', '520'],
    ['Tuvalu', '798'],
    ['Niue', '570'],
    ['Cook Islands', '184'],
    ['Monaco', '492'],
  ])('draws %s (%s) as a circle marker inside the map', (_name, m49) => {
    const state = allStates.find((s) => s.m49 === m49);
    expect(state).toBeDefined();
    const marker = /<circle cx="([\d.]+)" cy="([\d.]+)" r="4"/.exec(linkOf(svg, state?.href ?? '') ?? '');
    expect(marker).not.toBeNull();
    const [cx, cy] = [Number(marker?.[1]), Number(marker?.[2])];
    expect(cx - 4).toBeGreaterThan(0);
    expect(cx + 4).toBeLessThan(960);
    expect(cy - 4).toBeGreaterThan(0);
    expect(cy + 4).toBeLessThan(470);
  });

  it('draws large States as their shape', () => {
    const brazil = allStates.find((s) => s.iso3 === 'BRA');
    expect(linkOf(svg, brazil?.href ?? '')).toMatch(/<path d="M/);
  });

  it('draws land that is no State (Kosovo, Greenland, Western Sahara...) unlinked and neutral', () => {
    const land = /<g aria-hidden="true">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(count(land, 'fill="#d5d5d5"')).toBeGreaterThanOrEqual(10);
    expect(land).not.toContain('<a ');
  });

  it('labels the map as a group by its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="adherence-map-title" aria-describedby="adherence-map-desc"/);
    expect(svg).toContain('<title id="adherence-map-title">States bound by the Convention</title>');
    expect(svg).toContain('<desc id="adherence-map-desc">World map of the status of each State.</desc>');
  });

  it('lists every status in the legend with its count, in HTML after the drawing', () => {
    const legend = svg.slice(svg.indexOf('</svg><div class="map-legend">'));
    expect(legend).not.toBe('');
    for (const status of statuses) {
      const n = allStates.filter((s) => s.status === status).length;
      expect(legend).toContain(`</svg>${escapeXml(statusLabels[status])} (${n})</li>`);
    }
    expect(legend).toContain('</svg>Other territory</li>');
    expect(legend).toContain('<ul aria-labelledby="adherence-map-legend">');
  });

  it('draws each swatch of the legend with the paint of its status on the map', () => {
    for (const status of statuses) {
      const swatch = new RegExp(`<rect [^>]*fill="([^"]+)"[^>]*/></svg>${escapeXml(statusLabels[status])} \\(`).exec(svg);
      expect(swatch?.[1]).toBe(statusPaint('adherence-map', status));
    }
  });

  it('fills each status with its own paint, patterns included', () => {
    const paints = statuses.map((status) => {
      const state = allStates.find((s) => s.status === status);
      return /fill="([^"]+)"/.exec(linkOf(svg, state?.href ?? '') ?? '')?.[1];
    });
    expect(new Set(paints).size).toBe(6);
    expect(paints.filter((p) => p?.startsWith('url(#adherence-map-'))).toHaveLength(4);
  });

  it('escapes every text it is given', () => {
    const tricky = { ...allStates[0]!, name: `A & B <"C">`, href: `/s?a=1&b='2'` };
    const out = renderMap(aMap({ states: [tricky], title: 'T & <U>', legendTitle: '"L"' }));
    expect(out).toContain('A &amp; B &lt;&quot;C&quot;&gt;');
    expect(out).toContain('href="/s?a=1&amp;b=&#39;2&#39;"');
    expect(out).toContain('T &amp; &lt;U&gt;');
    expect(out).not.toMatch(/<"C">|<U>/);
  });

  it('prefixes every id, so two maps can share a page', () => {
    const out = renderMap(aMap({ idPrefix: 'm2' }));
    const ids = [...out.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(3);
    for (const value of ids) expect(value?.startsWith('m2')).toBe(true);
    expect(out).not.toContain('adherence-map');
  });

  it('still links a State the atlas does not know, as a marker', () => {
    const out = renderMap(aMap({ states: [{ iso3: 'XXX', m49: '999', name: 'Atlantis', status: 'party', href: '/x' }] }));
    expect(linkOf(out, '/x')).toContain('<circle');
  });

  it('gives the same bytes for the same input, and puts markers in the same places whatever its order', () => {
    expect(renderMap(aMap())).toBe(svg);
    const reversed = renderMap(aMap({ states: [...allStates].reverse() }));
    const circles = (text: string) => [...text.matchAll(/<circle[^>]*>/g)].map((m) => m[0]).sort();
    expect(circles(reversed)).toEqual(circles(svg));
  });

  it('keeps the order of the input for the keyboard, shapes first, then markers', () => {
    const hrefs = [...svg.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    const markers = allStates.filter((s) => linkOf(svg, s.href)?.includes('<circle')).map((s) => s.href);
    const shapes = allStates.filter((s) => !markers.includes(s.href)).map((s) => s.href);
    expect(hrefs).toEqual([...shapes, ...markers]);
  });

  it('carries no style element or attribute, which the Content Security Policy would refuse', () => {
    expect(svg).not.toMatch(/<style|\sstyle=/);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*class="${mapClass}"`));
  });

  it('stays small enough to inline in a page (under 250 KB)', () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(250_000);
  });
});

describe('renderMap, with its geometry in a file of its own', () => {
  const geometry = '/assets/map-test.svg';
  const svg = renderMap(aMap({ geometry }));
  const inline = renderMap(aMap());
  const spriteShapes = new Map([...assets.map.body.matchAll(/<path id="([^"]+)" d="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]));

  it('draws every shape by reference to the file, and carries no geometry itself', () => {
    expect(svg).not.toMatch(/<path /);
    const uses = [...svg.matchAll(/<use href="([^"#]+)#([^"]+)"/g)];
    expect(uses.length).toBeGreaterThan(150);
    for (const [, file, key] of uses) {
      expect(file).toBe(geometry);
      expect(spriteShapes.has(key), key).toBe(true);
    }
  });

  it('draws the same shapes, in the same places and colours, as the map that carries its geometry', () => {
    // Replace each reference by the shape it names: the standalone map comes back, byte for byte.
    const expanded = svg.replace(/<use href="[^"#]+#([^"]+)"/g, (_, key: string) => `<path d="${spriteShapes.get(key) ?? 'missing'}"`);
    expect(expanded).toBe(inline);
  });

  it('weighs under half the standalone map', () => {
    expect(Buffer.byteLength(svg) * 2).toBeLessThan(Buffer.byteLength(inline));
  });

  it('names its file by a hash of its content', () => {
    expect(assets.map.path).toBe(`/assets/map-${createHash('sha256').update(assets.map.body).digest('hex').slice(0, 12)}.svg`);
    expect(new Set(spriteShapes.keys()).size).toBe(spriteShapes.size);
  });
});
