// Composition of the HTTP server: reads the record from the store, computes the site for every
// treaty the build knows, and listens. The clock is passed in as a function: the server spans days.
import type { RecordStore } from './app/ports.js';
import { formatProblem } from './app/record-problem.js';
import { site } from './app/site.js';
import { defaultTreaty, treaties } from './app/treaties.js';
import type { CalendarDate } from './domain/calendar-date.js';
import { createServer } from './server/create-server.js';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly reportUrl: string;
}

export async function serve(store: RecordStore, options: ServeOptions, today: () => CalendarDate): Promise<string> {
  const data = await store.readRecord();
  if (!data.ok) throw new Error(`the record in ${store.location} cannot be read: ${data.error.slice(0, 5).map(formatProblem).join('; ')}`);
  const current = site(data.value, [...treaties.values()]);
  const app = await createServer({ site: async () => current, today, defaultTreaty, reportUrl: options.reportUrl, logger: true });
  const close = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return app.listen({ port: options.port, host: options.host });
}
