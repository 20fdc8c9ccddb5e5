// The server as a function over the shipped record, for inject() tests.
import { join } from 'node:path';
import { loadTreaty } from '../src/app/load-history.js';
import { site, type Site } from '../src/app/site.js';
import { calendarDate } from '../src/domain/calendar-date.js';
import { createServer } from '../src/server/create-server.js';
import { csvRecordReader } from '../src/store/csv-files.js';
import { readGroupNames } from '../src/store/regions-file.js';
import { apmbc } from '../src/treaties/apmbc.js';
import { shippedData } from './cli-harness.js';

let cached: Promise<Site> | undefined;

export function shippedSite(): Promise<Site> {
  cached ??= (async () => {
    const loaded = await loadTreaty(csvRecordReader(shippedData), apmbc);
    if (!loaded.ok) throw new Error('the shipped record does not load');
    return site(apmbc, loaded.value.record, loaded.value.history, await readGroupNames(join(shippedData)));
  })();
  return cached;
}

export async function testServer(today = '2026-11-26') {
  const current = await shippedSite();
  return createServer({ site: async () => current, today: () => calendarDate(today) });
}
