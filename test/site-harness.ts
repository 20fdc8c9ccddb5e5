// The server as a function over the shipped record, for inject() tests.
import { join } from 'node:path';
import { site, type Site } from '../src/app/site.js';
import { treaties } from '../src/app/treaties.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { createServer } from '../src/server/create-server.js';
import { csvRecordFiles } from '../src/store/csv-files.js';

const shippedData = join(import.meta.dirname, '..', 'data');

let cached: Promise<Site> | undefined;

/** The site over the shipped record, read anew: nothing computed for it is shared with any other. */
export async function freshShippedSite(): Promise<Site> {
  const data = await csvRecordFiles.read(shippedData, [...treaties.keys()]);
  if (!data.ok || data.value.reference === null) throw new Error('the shipped record does not load');
  return site({ ...data.value, reference: data.value.reference }, [...treaties.values()]);
}

export function shippedSite(): Promise<Site> {
  cached ??= freshShippedSite();
  return cached;
}

export async function testServer(today = '2026-11-26') {
  const current = await shippedSite();
  return createServer({ site: () => current, today: () => calendarDate(today), defaultTreaty: 'apmbc', reportUrl: '#report' });
}
