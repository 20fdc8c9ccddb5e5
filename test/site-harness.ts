// The server as a function over the shipped record, for inject() tests.
import { site, type Site } from '../src/app/site.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { buildHistory } from '../src/domain/history.js';
import { createServer } from '../src/server/create-server.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { apmbc } from '../src/treaties/apmbc.js';
import { shippedData } from './cli-harness.js';

let cached: Promise<Site> | undefined;

export function shippedSite(): Promise<Site> {
  cached ??= (async () => {
    const data = await csvRecordFiles.read(shippedData, apmbc.id);
    if (!data.ok) throw new Error('the shipped record does not load');
    const { record, regions } = data.value;
    return site(apmbc, record, buildHistory(record, apmbc), new Map(regions.map((r) => [r.code, r.name])));
  })();
  return cached;
}

export async function testServer(today = '2026-11-26') {
  const current = await shippedSite();
  return createServer({ site: async () => current, today: () => calendarDate(today) });
}
