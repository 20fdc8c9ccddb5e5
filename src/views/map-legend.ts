// The map's legend: one swatch per status, in the status order of the domain, with its label and
// the number of States shown in it; then the swatch for land that is no State in the list.
// It is HTML beside the SVG, not text inside it: the map shrinks to a phone's width and would
// shrink its text with it, while HTML text keeps its size and wraps in any language.
import { statuses, type Status } from '../domain/status.js';
import { mapColours, statusPaint } from './map-palette.js';
import { escapeXml } from './svg-text.js';

export interface MapLegendItem {
  readonly status: Status;
  readonly label: string;
  readonly count: number;
}

/** Every status, in order, with how many of the States have it (zero included). */
export function mapLegendItems(states: readonly { readonly status: Status }[], statusLabels: Readonly<Record<Status, string>>): MapLegendItem[] {
  return statuses.map((status) => ({
    status,
    label: statusLabels[status],
    count: states.filter((state) => state.status === status).length,
  }));
}

export interface LegendLayout {
  /** The map's id prefix: the swatches borrow its patterns, and the legend's own id starts with it. */
  readonly idPrefix: string;
  readonly title: string;
  readonly otherLandLabel: string;
}

// A swatch is a small SVG of its own, so that it shows the same colour and pattern as the map.
const swatch = (paint: string) =>
  `<svg class="swatch" viewBox="0 0 24 16" width="24" height="16" aria-hidden="true" focusable="false">` +
  `<rect x="0.5" y="0.5" width="23" height="15" fill="${paint}" stroke="${mapColours.outline}" stroke-width="1"/></svg>`;

/** The legend as an HTML list named by its title. */
export function renderMapLegend(items: readonly MapLegendItem[], layout: LegendLayout): string {
  const entries = [
    ...items.map((item) => ({ paint: statusPaint(layout.idPrefix, item.status), text: `${item.label} (${item.count})` })),
    { paint: mapColours.otherLand, text: layout.otherLandLabel },
  ];
  const titleId = `${layout.idPrefix}-legend`;
  return (
    `<div class="map-legend"><p class="map-legend-title" id="${titleId}">${escapeXml(layout.title)}</p>` +
    `<ul aria-labelledby="${titleId}">${entries.map((entry) => `<li>${swatch(entry.paint)}${escapeXml(entry.text)}</li>`).join('')}</ul></div>`
  );
}
