// What a command may touch: its output streams and its dependencies, all injected.
import type { EditingStore, RecordFiles } from '../app/ports.js';
import type { CalendarDate } from '../domain/calendar-date.js';
import type { TreatyRules } from '../domain/treaty.js';

export interface Io {
  out(data: string | Uint8Array): void;
  err(text: string): void;
  /** Reads standard input to its end (a password given by a pipe); absent when there is none. */
  readonly readInput?: () => Promise<string>;
  /** Asks for a secret on the terminal without echoing it; absent when not a terminal. */
  readonly askSecret?: (prompt: string) => Promise<string>;
  /** Whether err writes to a terminal: then a long command shows its progress there. */
  readonly errIsTerminal?: boolean;
}

export interface CliDeps {
  readonly today: CalendarDate;
  /** The instant, for the audit log and sessions (main reads the clock). */
  now(): Date;
  /** The shipped record (data/): what `check` validates when given neither --data nor --db. */
  readonly dataDir: string;
  /** Reads and writes a data directory (import, export-data, check --data). */
  readonly files: RecordFiles;
  /** The treaty modules this build knows, by id: what import reads and checks. */
  readonly treaties: ReadonlyMap<string, TreatyRules>;
  /**
   * Opens the store: --db (a SQLite file or a postgres:// URL), else DATABASE_URL, else the
   * default SQLite file. Each part of the record it never held is filled from the shipped record.
   */
  openStore(db: string | undefined): Promise<EditingStore>;
  /**
   * Writes the public site for a date as static files into `out`, replacing it only once the
   * whole site is written; resolves with what it wrote and the links that did not answer (then
   * nothing is written).
   */
  /** ADHERENCE_PUBLIC_URL, when set: the origin the site is published at. */
  readonly publicUrl: string | undefined;
  build(options: StaticBuildRequest): Promise<{ readonly files: number; readonly bytes: number; readonly broken: readonly string[] }>;
  /** Starts the HTTP server; resolves with the address it listens on. */
  /**
   * With `workers` above 1, one process per worker shares the port (node:cluster); resolves in the
   * primary once all listen, and with null in each worker (the primary speaks for them).
   */
  serve(options: { readonly port: number; readonly host: string; readonly db: string | undefined; readonly workers: number }): Promise<string | null>;
}

export interface StaticBuildRequest {
  readonly out: string;
  readonly asOf: CalendarDate;
  /** In the site's order; the first release's paths answer for the first. */
  readonly treaties: readonly TreatyRules[];
  readonly db: string | undefined;
  /** The origin the copy will be published at: the feeds' links start with it. */
  readonly publicUrl: string;
  progress?(done: number, known: number): void;
}

export const exitCodes = { ok: 0, failure: 1, usage: 2 } as const;

/** Bad usage or input: the message names the argument and the rule. */
export class UsageError extends Error {}
