// The site every server instance serves, kept in step with the store: a cheap check of the
// record's version, and when it has moved, the whole record read in one snapshot and the site
// rebuilt before it replaces the old one. A request takes the site once, so a page is never a mix
// of old and new; caches are per site, so pages and ETags change with it.
import type { RecordStore } from './ports.js';
import { formatProblem } from './record-problem.js';
import { site, type Site } from './site.js';
import type { TreatyRules } from '../domain/treaty.js';

export interface LiveSite {
  /** The site of the latest record read. */
  current(): Site;
  /**
   * Reads the record again if the store's version has moved; true if the site changed. A record
   * that cannot be read leaves the site as it was (and the error is thrown to the caller).
   */
  refresh(): Promise<boolean>;
}

export async function liveSite(store: RecordStore, known: readonly TreatyRules[]): Promise<LiveSite> {
  const load = async (): Promise<{ site: Site; version: number }> => {
    // The version is read before the record: a write in between makes the next check reload again.
    const version = await store.version();
    const record = await store.readRecord();
    if (!record.ok) throw new Error(`the record in ${store.location} cannot be read: ${record.error.slice(0, 5).map(formatProblem).join('; ')}`);
    return { site: site(record.value, known), version };
  };
  let state = await load();
  let pending: Promise<boolean> | null = null;
  return {
    current: () => state.site,
    refresh() {
      pending ??= (async () => {
        try {
          if ((await store.version()) === state.version) return false;
          state = await load();
          return true;
        } finally {
          pending = null;
        }
      })();
      return pending;
    },
  };
}
