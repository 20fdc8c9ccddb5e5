// The shipped record (data/) as each treaty's TreatyRecord, read once per test file and nothing
// computed from it. Tests of the rules build the history inside each test (buildHistory is a
// few milliseconds), so that mutation testing sees which test ran which rule; this module does
// not load the server, so a test file that uses it starts in a fraction of a second.
import { join } from 'node:path';
import { treatyRecord } from '../src/app/ports.js';
import type { TreatyRecord } from '../src/domain/record.js';
import { csvRecordFiles } from '../src/store/csv-files.js';

const shippedData = join(import.meta.dirname, '..', 'data');

let cached: Promise<ReadonlyMap<string, TreatyRecord>> | undefined;

export function shippedRecords(): Promise<ReadonlyMap<string, TreatyRecord>> {
  cached ??= (async () => {
    const data = await csvRecordFiles.read(shippedData, ['apmbc', 'ccm']);
    if (!data.ok || data.value.reference === null) throw new Error('the shipped record does not load');
    const full = { ...data.value, reference: data.value.reference };
    return new Map(full.treaties.map((t) => [t.treaty, treatyRecord(full, t.treaty)]));
  })();
  return cached;
}

export async function shippedRecord(treaty: string): Promise<TreatyRecord> {
  const record = (await shippedRecords()).get(treaty);
  if (record === undefined) throw new Error(`the shipped record holds no ${treaty}`);
  return record;
}
