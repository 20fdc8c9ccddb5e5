// What the CLI's commands get from the composition root: the shipped data, the CSV files, the
// treaties the build knows, the static build, and the store --db names (else DATABASE_URL, else the default SQLite
// file), opened once per command, migrated, each part it never held seeded from the shipped
// record, closed at the end.
import { seedStore } from './app/seed-store.js';
import type { EditingStore } from './app/ports.js';
import { formatProblem } from './app/record-problem.js';
import { treaties } from './app/treaties.js';
import type { CliDeps, StaticBuildRequest } from './cli/io.js';
import type { Config } from './config.js';
import type { CalendarDate } from './domain/calendar-date.js';
import type { TreatyRules } from './domain/treaty.js';
import { csvRecordFiles } from './store/csv-files.js';
import { StoreOpenError } from './store/store-open-error.js';
import type { WriteHooks } from './store/write-record.js';

/** --db wins, then DATABASE_URL, then the SQLite file under the user's data directory. */
export const storeTarget = (db: string | undefined, config: Config): string => db ?? config.databaseUrl ?? config.defaultDatabaseFile;

export interface OwnedDeps {
  /** Everything but the server, which main.ts composes. */
  readonly deps: Omit<CliDeps, 'serve'>;
  /** Closes every store the command opened (pools and files), so the process can exit. */
  close(): Promise<void>;
}

/** `known`: the treaty modules (tests give their own). */
/** `now`: the instant for audit entries (main passes the clock; tests, noon of `today`). */
export function cliDeps(config: Config, today: CalendarDate, hooks: WriteHooks = {}, known: ReadonlyMap<string, TreatyRules> = treaties, now: () => Date = () => new Date(`${today}T12:00:00Z`)): OwnedDeps {
  const opened = new Map<string, Promise<EditingStore>>();

  async function open(target: string): Promise<EditingStore> {
    // Loaded here, not at start: `adherence check` reads the CSV files and opens a store only with --db.
    const { openRecordStore } = await import('./store/open-store.js');
    const store = await openRecordStore(target, hooks);
    const seeded = await seedStore(store, csvRecordFiles, config.dataDir, [...known.keys()], (id) => known.get(id), today).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    if (!seeded.ok) {
      await store.close();
      const problems = seeded.error.slice(0, 5).map(formatProblem).join('; ');
      throw new StoreOpenError(`cannot fill the database ${store.location} from ${config.dataDir}: ${problems}`);
    }
    return store;
  }

  function openStore(db: string | undefined): Promise<EditingStore> {
    const target = storeTarget(db, config);
    const store = opened.get(target) ?? open(target);
    opened.set(target, store);
    return store;
  }

  async function build({ db, ...request }: StaticBuildRequest) {
    // Loaded here, not at start: only `build` needs the server it renders through.
    const { buildStaticSite } = await import('./static-build.js');
    return buildStaticSite(await openStore(db), { ...request, reportUrl: config.reportUrl });
  }

  return {
    deps: { today, now, publicUrl: config.publicUrl, dataDir: config.dataDir, files: csvRecordFiles, treaties: known, openStore, build },
    async close() {
      const stores = await Promise.allSettled(opened.values());
      opened.clear();
      await Promise.all(stores.map((s) => (s.status === 'fulfilled' ? s.value.close() : undefined)));
    },
  };
}
