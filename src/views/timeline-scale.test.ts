import { describe, expect, it } from 'vitest';
import { countTicks, dayOf, niceStep, rangeTicks, yearTicks } from './timeline-scale.js';

describe('dayOf', () => {
  it('counts days from 1970-01-01 by the calendar', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('1999-03-01') - dayOf('1997-12-03')).toBe(453);
  });

  it('refuses what is not a calendar date', () => {
    expect(() => dayOf('2025-02-30')).toThrow(/timeline/);
  });
});

describe('niceStep and countTicks', () => {
  it('rounds a step up to a whole 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0.7, 3, 7, 23.7, 33, 160].map(niceStep)).toEqual([1, 5, 10, 25, 50, 200]);
    expect(niceStep(2.2)).toBe(5);
  });

  it('covers the maximum from zero in about seven steps', () => {
    expect(countTicks(166)).toEqual([0, 25, 50, 75, 100, 125, 150, 175]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it('covers a narrow range without starting from zero', () => {
    expect(rangeTicks(160, 167, 4)).toEqual([160, 162, 164, 166, 168]);
  });
});

describe('yearTicks', () => {
  const first = dayOf('1997-12-03');
  const last = dayOf('2026-11-26');

  it('ticks 1 January of every year in range', () => {
    const ticks = yearTicks(first, last, 0.07, 40);
    expect(ticks[0]).toMatchObject({ year: 1998, day: dayOf('1998-01-01') });
    expect(ticks.at(-1)?.year).toBe(2026);
  });

  it('labels only as many years as fit', () => {
    const labelled = yearTicks(first, last, 0.07, 60).filter((t) => t.labelled).map((t) => t.year);
    expect(labelled).toEqual([2000, 2005, 2010, 2015, 2020, 2025]);
    expect(yearTicks(first, last, 1, 40).every((t) => t.labelled)).toBe(true);
  });
});
