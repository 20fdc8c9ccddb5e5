import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, daysBetween } from '../domain/calendar-date.js';
import { contrastRatio } from './contrast.js';
import { textWidth } from './svg-text.js';
import { changePoints, narrowTimeline, renderTimeline, wideTimeline, type TimelineInput, type TimelinePoint } from './timeline.js';
import { timelineColours } from './timeline-style.js';

const opened = calendarDate('1997-12-03');
const lastDay = calendarDate('2026-03-01');

/** A daily series shaped like the Convention's: a rise, a plateau, then five withdrawals in 2025-26. */
function aSeries(): TimelinePoint[] {
  const withdrawals = ['2025-12-27', '2025-12-27', '2025-12-27', '2026-01-10', '2026-02-20'];
  return Array.from({ length: daysBetween(opened, lastDay) + 1 }, (_, day) => {
    const date = addDays(opened, day);
    const gone = withdrawals.filter((w) => w <= date).length;
    const formallyAccepted = Math.min(166, Math.floor(day / 20)) - gone;
    const parties = date < '1999-03-01' ? 0 : Math.min(166, Math.floor(Math.max(0, day - 180) / 20)) - gone;
    return { date, formallyAccepted, parties };
  });
}

const points = aSeries();
const aTimeline = (overrides: Partial<TimelineInput> = {}): TimelineInput => ({
  points,
  events: [
    { date: '1999-03-01', label: 'Entry into force' },
    { date: '2025-12-27', label: 'Estonia, Latvia, Lithuania withdraw' },
    { date: '2026-01-10', label: 'Finland withdraws' },
    { date: '2026-02-20', label: 'Poland withdraws' },
  ],
  title: 'States bound by the Convention',
  description: 'Formally accepted and in force, every day since 3 December 1997.',
  labels: { formallyAccepted: 'Formally accepted', parties: 'States Parties', axisYear: 'Year', axisCount: 'Number of States' },
  ...overrides,
});
/** The series' lines (the grid, ticks and markers are paths too, drawn without fill="none"). */
const paths = (svg: string) => [...svg.matchAll(/<path d="([^"]*)" fill="none"/g)].map((m) => m[1] ?? '');

describe('renderTimeline', () => {
  const svg = renderTimeline(aTimeline());

  it('compresses ten thousand days into a few hundred path vertices', () => {
    expect(points.length).toBeGreaterThan(10_000);
    const vertices = paths(svg).map((d) => (d.match(/[MHV]/g) ?? []).length);
    expect(vertices.length).toBeGreaterThanOrEqual(2);
    for (const count of vertices) expect(count).toBeLessThan(points.length / 10);
  });

  it('labels both axes, the years and the counts', () => {
    expect(svg).toContain('>Year</text>');
    expect(svg).toContain('>Number of States</text>');
    for (const year of ['2000', '2010', '2020']) expect(svg).toContain(`>${year}</text>`);
    for (const count of ['0', '50', '100', '150']) expect(svg).toContain(`>${count}</text>`);
  });

  it('ends each line with its label and last value', () => {
    const last = points.at(-1);
    expect(svg).toContain(`>States Parties: ${last?.parties}</text>`);
    expect(svg).toContain(`>Formally accepted: ${last?.formallyAccepted}</text>`);
  });

  it('tells the lines apart by dash as well as colour, in the legend too', () => {
    const dashed = [...svg.matchAll(/<(?:path|line) [^>]*stroke="#2f78b7"[^>]*>/g)].map((m) => m[0]);
    const solid = [...svg.matchAll(/<(?:path|line) [^>]*stroke="#083a66"[^>]*>/g)].map((m) => m[0]);
    expect(dashed.length).toBeGreaterThanOrEqual(2);
    expect(solid.length).toBeGreaterThanOrEqual(2);
    for (const tag of dashed) expect(tag).toContain('stroke-dasharray');
    for (const tag of solid) expect(tag).not.toContain('stroke-dasharray');
  });

  it('marks every event, and enlarges the last two years so the withdrawals show as steps down', () => {
    for (const label of ['Entry into force', 'Estonia, Latvia, Lithuania withdraw', 'Finland withdraws', 'Poland withdraws']) {
      expect(svg).toContain(`>${label}</text>`);
    }
    expect(svg).toContain('>2024–2026</text>');
    const inset = paths(svg).slice(2);
    expect(inset).toHaveLength(2);
    // In the inset, each withdrawal moves the line down (larger y) by several units.
    const ys = [...(inset[0] ?? '').matchAll(/(?:M[\d.]+ |V)([\d.]+)/g)].map((m) => Number(m[1]));
    const drops = ys.slice(1).map((y, i) => y - (ys[i] ?? 0)).filter((d) => d > 0);
    expect(drops.length).toBeGreaterThanOrEqual(3);
    for (const drop of drops.slice(-3)) expect(drop).toBeGreaterThan(8);
  });

  it('leaves the inset out for a short series', () => {
    const short = renderTimeline(aTimeline({ points: points.slice(0, 900) }));
    expect(paths(short)).toHaveLength(2);
    expect(short).toContain('>Entry into force</text>');
  });

  it('uses the year format it is given', () => {
    expect(renderTimeline(aTimeline({ formatYear: (y) => `Y${y}` }))).toContain('>Y2010</text>');
  });

  it('is an image named by its title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="adherence-timeline-title" aria-describedby="adherence-timeline-desc"/);
    expect(svg).toContain('<title id="adherence-timeline-title">States bound by the Convention</title>');
  });

  it('escapes every text it is given', () => {
    const out = renderTimeline(aTimeline({ title: 'A & <B>', events: [{ date: '2001-01-01', label: '"x" & y' }] }));
    expect(out).toContain('A &amp; &lt;B&gt;');
    expect(out).toContain('&quot;x&quot; &amp; y');
  });

  it('skips events outside the series and draws an empty series without failing', () => {
    expect(renderTimeline(aTimeline({ events: [{ date: '1990-01-01', label: 'Before' }] }))).not.toContain('Before');
    expect(renderTimeline(aTimeline({ points: [] }))).toMatch(/^<svg .*<\/svg>$/);
  });

  it('gives the same bytes for the same input, and stays small', () => {
    expect(renderTimeline(aTimeline())).toBe(svg);
    expect(Buffer.byteLength(svg)).toBeLessThan(30_000);
  });

  it('sets text at AA contrast and lines at 3:1 against the background', () => {
    for (const colour of [timelineColours.text, timelineColours.muted, timelineColours.parties, timelineColours.formallyAccepted]) {
      expect(contrastRatio(colour, timelineColours.background)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(timelineColours.parties, timelineColours.band)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(timelineColours.formallyAccepted, timelineColours.band)).toBeGreaterThanOrEqual(3);
  });

  it('makes room at the right for the end labels of longer languages', () => {
    const spanish = { formallyAccepted: 'Ratificación o adhesión', parties: 'En vigor', axisYear: 'Año', axisCount: 'Número de Estados' };
    const out = renderTimeline(aTimeline({ labels: spanish }));
    const end = /<text x="([\d.]+)" y="[\d.]+" fill="#2f78b7" font-weight="bold">(Ratificación o adhesión: \d+)<\/text>/.exec(out);
    expect(end).not.toBeNull();
    expect(Number(end?.[1]) + textWidth(end?.[2] ?? '', 13, 'bold')).toBeLessThanOrEqual(960);
  });
});

describe('renderTimeline, narrow layout for phones', () => {
  const svg = renderTimeline(aTimeline({ layout: narrowTimeline, idPrefix: 'narrow' }));
  const width = Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1]);

  it('is drawn about as wide as a phone shows it, with no text under 13 units', () => {
    expect(width).toBeLessThanOrEqual(360);
    const sizes = [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(13);
  });

  it('says each line\'s last value in the legend, one series a row, as there is no room at the line ends', () => {
    const last = points.at(-1);
    const legend = [...svg.matchAll(/<text x="48" y="(\d+)" fill="[^"]+" font-weight="bold">([^<]+)<\/text>/g)].map((m) => m[2]);
    expect(legend).toEqual([`States Parties: ${last?.parties}`, `Formally accepted: ${last?.formallyAccepted}`]);
  });

  it('keeps its legend inside the drawing in French', () => {
    const french = { formallyAccepted: 'Ratification ou adhésion', parties: 'En vigueur', axisYear: 'Année', axisCount: 'Nombre d’États' };
    const out = renderTimeline(aTimeline({ layout: narrowTimeline, labels: french }));
    for (const m of out.matchAll(/<text x="([\d.]+)" y="\d+" fill="[^"]+" font-weight="bold">([^<]+)<\/text>/g)) {
      expect(Number(m[1]) + textWidth(m[2] ?? '', 13, 'bold')).toBeLessThanOrEqual(width);
    }
  });

  it('still enlarges the last two years', () => {
    expect(svg).toContain('>2024–2026</text>');
    expect(paths(svg)).toHaveLength(4);
  });
});

describe('renderTimeline, from the days where a count changes', () => {
  // A daily series of plateaus: [days it lasts, formally accepted, in force] per step.
  const steps = fc.array(fc.tuple(fc.integer({ min: 1, max: 2_500 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 })), { minLength: 1, maxLength: 12 });
  const daily = (plateaus: readonly (readonly [number, number, number])[]): TimelinePoint[] =>
    plateaus.flatMap(([length, formallyAccepted, parties]) => Array.from({ length }, () => ({ formallyAccepted, parties }))).map((p, day) => ({ ...p, date: addDays(opened, day) }));

  it('draws the same bytes as the daily series, in both layouts', () => {
    fc.assert(
      fc.property(steps, (plateaus) => {
        const all = daily(plateaus);
        for (const layout of [wideTimeline, narrowTimeline]) {
          expect(renderTimeline(aTimeline({ points: changePoints(all, (p) => p), layout }))).toBe(renderTimeline(aTimeline({ points: all, layout })));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('leaves the inset out when a line crosses its place between two changes', () => {
    // High for three years, then low from 2001 to the end: the lines run through the inset's
    // place (the plot's lower right) on days that no change point falls on.
    const all = daily([[1_100, 160, 150], [9_000, 40, 30]]);
    const few = changePoints(all, (p) => p);
    expect(few).toHaveLength(3);
    expect(renderTimeline(aTimeline({ points: few }))).toBe(renderTimeline(aTimeline({ points: all })));
    expect(paths(renderTimeline(aTimeline({ points: few })))).toHaveLength(2);
  });

  it('keeps the first day, every change and the last day', () => {
    const all = daily([[3, 1, 0], [2, 1, 1], [4, 2, 1]]);
    expect(changePoints(all, (p) => p).map((p) => p.date)).toEqual(['1997-12-03', '1997-12-06', '1997-12-08', '1997-12-11']);
  });
});
