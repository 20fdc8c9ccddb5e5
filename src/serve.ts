// Composition of the HTTP server: reads the record (with its region names) from the store once,
// computes the site, and listens. The clock is passed in as a function: the server spans days.
import type { RecordStore } from './app/ports.js';
import { formatProblem } from './app/record-problem.js';
import { site } from './app/site.js';
import { defaultTreaty, treaties } from './app/treaties.js';
import { buildHistory } from './domain/history.js';
import type { CalendarDate } from './domain/calendar-date.js';
import { createServer } from './server/create-server.js';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
}

export async function serve(store: RecordStore, options: ServeOptions, today: () => CalendarDate): Promise<string> {
  const rules = treaties.get(defaultTreaty)!;
  const data = await store.readData(rules.id);
  if (!data.ok) throw new Error(`the record in ${store.location} cannot be read: ${data.error.slice(0, 5).map(formatProblem).join('; ')}`);
  const { record, regions } = data.value;
  const current = site(rules, record, buildHistory(record, rules), new Map(regions.map((r) => [r.code, r.name])));
  const app = await createServer({ site: async () => current, today, logger: true });
  const close = () => void app.close().then(() => process.exit(0));
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return app.listen({ port: options.port, host: options.host });
}
