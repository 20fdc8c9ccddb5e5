// The world map of who is bound, as an inline SVG followed by its legend in HTML: every State is
// a link with a tooltip, drawn as its shape or, when too small to see at this scale, as a circle
// marker; status is shown by colour and pattern together. Pure: the same input, the same bytes.
import type { Status } from '../domain/status.js';
import { countryShapes, mapHeight, mapWidth, placeState, spherePath, type CountryShape, type Point } from './map-geography.js';
import { sphereKey } from './map-sprite.js';
import { mapLegendItems, renderMapLegend } from './map-legend.js';
import { spreadMarkers } from './map-markers.js';
import { mapColours, renderPatterns, statusPaint } from './map-palette.js';
import { escapeXml, num } from './svg-text.js';

export type { Status } from '../domain/status.js';
export { mapLegendItems, type MapLegendItem } from './map-legend.js';

export interface MapState {
  readonly iso3: string;
  /** UN M49 numeric code, 3 digits; equals ISO 3166-1 numeric for these States. */
  readonly m49: string;
  readonly name: string;
  readonly status: Status;
  readonly href: string;
}

export interface MapInput {
  readonly states: readonly MapState[];
  readonly title: string;
  readonly description: string;
  readonly statusLabels: Readonly<Record<Status, string>>;
  readonly legendTitle: string;
  /** Legend text for land that is none of the States (territories, Kosovo, Western Sahara...). */
  readonly otherLandLabel?: string;
  /** Prefix of every id in the SVG and its legend, so that several maps can be inlined in one page. */
  readonly idPrefix?: string;
  /**
   * The address of the map's geometry file (map-sprite.ts), which every shape then references:
   * the page stays small and the geometry is fetched once. Absent: every shape is written in the
   * map itself, which then stands alone (a file, an e-mail, a test sample).
   */
  readonly geometry?: string;
}

export const markerRadius = 4;

/** The class of the map's <svg>: its focus and hover rings are in the site's stylesheet, as the
 * Content Security Policy refuses a <style> element or style attribute in the page. */
export const mapClass = 'world-map';

interface Marker {
  readonly state: MapState;
  readonly anchor: Point;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The <title> is both the tooltip and the link's accessible name (SVG-AAM): no aria-label repeats it. */
function link(state: MapState, label: string, shape: string): string {
  return `<a href="${escapeXml(state.href)}"><title>${escapeXml(`${state.name}: ${label}`)}</title>${shape}</a>`;
}

/**
 * Where the markers land depends only on which States get one (their anchors are fixed), and
 * that set changes on a handful of dates: spread once per set, not once per page.
 */
const spreads = new Map<string, Point[]>();
function spreadOnce(codes: readonly string[], spread: () => Point[]): Point[] {
  const key = codes.join(' ');
  let done = spreads.get(key);
  if (done === undefined) {
    if (spreads.size >= 64) spreads.clear();
    done = spread();
    spreads.set(key, done);
  }
  return done;
}

export function renderMap(input: MapInput): string {
  const id = input.idPrefix ?? 'adherence-map';
  const byCode = new Map<string, MapState>();
  for (const state of input.states) if (!byCode.has(state.m49)) byCode.set(state.m49, state);
  const label = (state: MapState) => input.statusLabels[state.status];

  const geometry = input.geometry === undefined ? undefined : escapeXml(input.geometry);
  const draw = (shape: CountryShape, fill: string) =>
    geometry === undefined ? `<path d="${shape.d}" fill="${fill}"/>` : `<use href="${geometry}#${shape.key}" fill="${fill}"/>`;
  // Land first, unlinked: areas of no State, and the tiny shapes of States that get a marker.
  const land: string[] = [];
  const linked: string[] = [];
  const markers: Marker[] = [];
  const unlocated: MapState[] = [];
  for (const shape of countryShapes) {
    const state = shape.id === null ? undefined : byCode.get(shape.id);
    if (!state) land.push(draw(shape, mapColours.otherLand));
  }
  for (const state of input.states) {
    const placement = placeState(state.m49);
    switch (placement.kind) {
      case 'shape':
        linked.push(link(state, label(state), draw(placement.shape, statusPaint(id, state.status))));
        break;
      case 'marker':
        if (placement.shape) land.push(draw(placement.shape, statusPaint(id, state.status)));
        markers.push({ state, anchor: placement.at });
        break;
      case 'unlocated':
        unlocated.push(state);
        break;
    }
  }

  // Markers are spread in M49 order, so that where they land does not depend on the order of the
  // input; they are written in input order, which is the keyboard's order through them.
  const byM49 = [...markers.keys()].sort((a, b) => compare(markers[a]?.state.m49 ?? '', markers[b]?.state.m49 ?? ''));
  const spread = spreadOnce(byM49.map((i) => markers[i]?.state.m49 ?? ''), () =>
    spreadMarkers(
      byM49.map((i) => markers[i]?.anchor ?? [0, 0]),
      { minDistance: markerRadius * 2 + 1.5, width: mapWidth, height: mapHeight },
    ),
  );
  const at = new Map(byM49.map((i, k) => [i, spread[k]]));
  // States with no place in the atlas still get a marker, in a row at the map's lower left.
  const homeless = unlocated.map((state, i) => ({ state, at: [16 + i * (markerRadius * 2 + 4), mapHeight - 12] as Point }));
  const placed = [
    ...markers.map((m, i) => ({ state: m.state, at: at.get(i) ?? m.anchor, anchor: m.anchor })),
    ...homeless.map((h) => ({ ...h, anchor: h.at })),
  ];
  const leaders = placed
    .filter(({ at, anchor }) => Math.hypot(at[0] - anchor[0], at[1] - anchor[1]) > markerRadius)
    .map(({ at, anchor }) => `<line x1="${num(anchor[0])}" y1="${num(anchor[1])}" x2="${num(at[0])}" y2="${num(at[1])}"/>`);
  // A white halo keeps a marker apart from the land under it, whatever their colours.
  const halos = placed.map(({ at }) => `<circle cx="${num(at[0])}" cy="${num(at[1])}" r="${markerRadius + 1.5}"/>`);
  const circles = placed.map(({ state, at }) =>
    link(state, label(state), `<circle cx="${num(at[0])}" cy="${num(at[1])}" r="${markerRadius}" fill="${statusPaint(id, state.status)}"/>`),
  );

  const legend = renderMapLegend(mapLegendItems(input.states, input.statusLabels), {
    idPrefix: id,
    title: input.legendTitle,
    otherLandLabel: input.otherLandLabel ?? 'Other territory',
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" class="${mapClass}" viewBox="0 0 ${mapWidth} ${mapHeight}" role="group" ` +
    `aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${escapeXml(input.title)}</title><desc id="${id}-desc">${escapeXml(input.description)}</desc>` +
    `<defs>${renderPatterns(id)}<clipPath id="${id}-frame"><rect width="${mapWidth}" height="${mapHeight}"/></clipPath></defs>` +
    `<rect width="${mapWidth}" height="${mapHeight}" fill="${mapColours.background}"/>` +
    (geometry === undefined
      ? `<path d="${spherePath}" fill="${mapColours.ocean}" clip-path="url(#${id}-frame)"/>`
      : `<use href="${geometry}#${sphereKey}" fill="${mapColours.ocean}" clip-path="url(#${id}-frame)"/>`) +
    `<g stroke="${mapColours.border}" stroke-width="0.5" stroke-linejoin="round">` +
    `<g aria-hidden="true">${land.join('')}</g>${linked.join('')}</g>` +
    `<g aria-hidden="true" stroke="${mapColours.outline}" stroke-width="0.8">${leaders.join('')}</g>` +
    `<g aria-hidden="true" fill="${mapColours.background}">${halos.join('')}</g>` +
    `<g stroke="${mapColours.outline}" stroke-width="1">${circles.join('')}</g>` +
    `</svg>` +
    legend
  );
}
