// The map's legend: one swatch per status, in the status order of the domain, with its label and
// the number of States shown in it; then the swatch for land that is no State in the list.
import { statuses, type Status } from '../domain/status.js';
import { mapColours, statusPaint } from './map-palette.js';
import { escapeXml, num, textWidth } from './svg-text.js';

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
  readonly idPrefix: string;
  readonly title: string;
  readonly otherLandLabel: string;
  readonly top: number;
  readonly width: number;
}

const FONT = 15;
const ROW_HEIGHT = 26;
const SWATCH = { width: 24, height: 16 };
const GAP = 28;

/** The legend's markup and the height it takes below `top`; entries flow left to right and wrap. */
export function renderMapLegend(items: readonly MapLegendItem[], layout: LegendLayout): { svg: string; height: number } {
  const entries = [
    ...items.map((item) => ({ paint: statusPaint(layout.idPrefix, item.status), text: `${item.label} (${item.count})` })),
    { paint: mapColours.otherLand, text: layout.otherLandLabel },
  ];
  let x = 12;
  let row = 0;
  const marks = entries.map((entry) => {
    const width = SWATCH.width + 8 + textWidth(entry.text, FONT);
    if (x > 12 && x + width > layout.width - 12) [x, row] = [12, row + 1];
    const y = layout.top + 34 + row * ROW_HEIGHT;
    const mark =
      `<rect x="${num(x)}" y="${y}" width="${SWATCH.width}" height="${SWATCH.height}" fill="${entry.paint}" stroke="${mapColours.outline}" stroke-width="1"/>` +
      `<text x="${num(x + SWATCH.width + 8)}" y="${y + 13}">${escapeXml(entry.text)}</text>`;
    x += width + GAP;
    return mark;
  });
  const svg =
    `<g font-size="${FONT}" fill="${mapColours.text}">` +
    `<text x="12" y="${layout.top + 20}" font-weight="bold">${escapeXml(layout.title)}</text>${marks.join('')}</g>`;
  return { svg, height: 34 + (row + 1) * ROW_HEIGHT + 4 };
}
