// What a command may touch: its output streams and its dependencies, all injected.
import type { RecordReader } from '../app/ports.js';
import type { CalendarDate } from '../domain/calendar-date.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export interface CliDeps {
  readonly today: CalendarDate;
  /** Opens the record: the shipped data files, a SQLite file, or a PostgreSQL URL. */
  openReader(db: string | undefined): Promise<RecordReader>;
  /** Starts the HTTP server; resolves with the address it listens on. */
  serve(options: { readonly port: number; readonly host: string; readonly db: string | undefined }): Promise<string>;
}

export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

/** Bad usage or input: the message names the argument and the rule. */
export class UsageError extends Error {}
