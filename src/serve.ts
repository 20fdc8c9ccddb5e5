// Composition of the HTTP server: the site for every treaty the build knows, kept in step with the
// store (its version is checked every few seconds, so each instance serves an import or approved
// change soon after it is written, without restart), and the clock passed in as a function.
import type { FastifyInstance } from 'fastify';
import { liveSite, type LiveSite } from './app/live-site.js';
import type { EditingStore } from './app/ports.js';
import { defaultTreaty, treaties } from './app/treaties.js';
import type { CalendarDate } from './domain/calendar-date.js';
import { createServer } from './server/create-server.js';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly reportUrl: string;
  /** The public origin for the feeds' absolute links (ADHERENCE_PUBLIC_URL); absent: the request's. */
  readonly publicUrl?: string | undefined;
  /** How often to check whether the record changed. */
  readonly refreshMs: number;
}

/** Checks the store every `ms` and swaps in the new site; returns the function that stops it. */
export function followStore(live: LiveSite, ms: number, onError: (error: unknown) => void): () => void {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    live
      .refresh()
      .catch(onError)
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, ms).unref();
      });
  };
  timer = setTimeout(tick, ms).unref();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/**
 * Renders today's status page before the first visitor: it gives its printed lists' sizes, so it
 * loads pdfkit and the fonts, about half a second (2.3 s under wrk with the soak's mix) during
 * which a running server would answer no one. Whatever the page answers (a record without the
 * treaty: 404), serving goes on; it only warms.
 */
async function warmUp(app: FastifyInstance, treaty: string): Promise<void> {
  await app.inject({ method: 'GET', url: `/en/${treaty}/` });
}

export async function serve(store: EditingStore, options: ServeOptions, today: () => CalendarDate, now: () => Date): Promise<string> {
  const live = await liveSite(store, [...treaties.values()]);
  const app = await createServer({
    site: () => live.current(),
    today,
    defaultTreaty,
    reportUrl: options.reportUrl,
    ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
    logger: true,
    // The editors' changes reach this instance at once, and the others at their next check.
    editing: { store, treaties: [...treaties.values()], now, changed: async () => void (await live.refresh()) },
  });
  await warmUp(app, defaultTreaty);
  const stop = followStore(live, options.refreshMs, (error) => app.log.error({ err: error }, 'the record could not be read again; serving the last one read'));
  const close = () => {
    stop();
    void app.close().then(() => process.exit(0));
  };
  try {
    const address = await app.listen({ port: options.port, host: options.host });
    process.once('SIGINT', close);
    process.once('SIGTERM', close);
    return address;
  } catch (error) {
    // Not listening (a port in use): stop following the store, or the process would never end.
    stop();
    await app.close();
    throw error;
  }
}

