// The M49 group names shipped with the record (data/regions.csv: code,name,kind,source).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export async function readGroupNames(dataDir: string): Promise<Map<string, string>> {
  const rows = parse(await readFile(join(dataDir, 'regions.csv'), 'utf8'), { columns: true, skip_empty_lines: true }) as { code: string; name: string }[];
  return new Map(rows.map((row) => [row.code, row.name]));
}
