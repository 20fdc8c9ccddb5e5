// Composition of the static build: the site of the record in the store, served by the real server
// whose today is the build's date (so every file is what `serve` answers on that date), crawled
// into a new directory beside DIR, which replaces DIR only once the whole site is written: a build
// that fails leaves DIR as it was and nothing half-written.
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { RecordStore } from './app/ports.js';
import { formatProblem } from './app/record-problem.js';
import { site, type Site } from './app/site.js';
import type { CalendarDate } from './domain/calendar-date.js';
import type { TreatyRules } from './domain/treaty.js';
import { createServer } from './server/create-server.js';
import { crawlSite, entryPoints, type CrawlSummary } from './server/static-site.js';

export interface StaticBuildOptions {
  readonly out: string;
  readonly asOf: CalendarDate;
  /** The treaties to publish, in the site's order; the first release's paths answer for the first. */
  readonly treaties: readonly TreatyRules[];
  readonly reportUrl: string;
  /** The origin the copy will be published at: the feeds' links are absolute. */
  readonly publicUrl: string;
  progress?(done: number, known: number): void;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** Only the treaties asked for: the site then links to no other. */
const only = (whole: Site, ids: ReadonlySet<string>): Site => ({ ...whole, treaties: new Map([...whole.treaties].filter(([id]) => ids.has(id))) });

export async function buildStaticSite(store: RecordStore, options: StaticBuildOptions): Promise<CrawlSummary> {
  const record = await store.readRecord();
  if (!record.ok) throw new Error(`the record in ${store.location} cannot be read: ${record.error.slice(0, 5).map(formatProblem).join('; ')}`);
  const published = only(site(record.value, options.treaties), new Set(options.treaties.map((t) => t.id)));
  const defaultTreaty = options.treaties[0]?.id ?? '';
  const app = await createServer({ site: () => published, today: () => options.asOf, defaultTreaty, reportUrl: options.reportUrl, publicUrl: options.publicUrl });
  const out = resolve(options.out);
  await mkdir(dirname(out), { recursive: true });
  const building = await mkdtemp(join(dirname(out), `.${basename(out)}.building-`));
  try {
    const summary = await crawlSite(app, entryPoints(published, options.asOf), {
      asOf: options.asOf,
      async write({ file, body }) {
        const path = join(building, ...file.split('/'));
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, body);
      },
      ...(options.progress === undefined ? {} : { progress: options.progress }),
    });
    if (summary.broken.length > 0) return summary;
    if (await exists(out)) {
      // The old site moves aside only now that the new one is whole: two renames, no copying.
      const old = `${building}.old`;
      await rename(out, old);
      await rename(building, out);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(building, out);
    }
    return summary;
  } finally {
    await app.close();
    await rm(building, { recursive: true, force: true });
  }
}
