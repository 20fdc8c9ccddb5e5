// The one reader of process.env: validated once, all errors reported together.
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Config {
  /** The shipped record (CSV files). */
  readonly dataDir: string;
  /** Where the embedded database lives by default. */
  readonly userDataDir: string;
  /** The default SQLite file: adherence.sqlite in userDataDir. */
  readonly defaultDatabaseFile: string;
  /** DATABASE_URL: the store to use when no --db is given (a postgres:// URL or a SQLite file). */
  readonly databaseUrl: string | undefined;
  /** ADHERENCE_TEST_SLOW_IMPORT_MS: crash-safety tests make an import pause inside its transaction. */
  readonly slowImportMs: number | undefined;
  /**
   * ADHERENCE_REPORT_URL: where "Report a data error" leads (an issue tracker or a form); by
   * default the status page's own section that says what a report needs.
   */
  readonly reportUrl: string;
  /**
   * ADHERENCE_PUBLIC_URL: the origin the site is published at (http(s), no path), for the
   * absolute links of the Atom feeds; unset, they use the request's protocol and Host header.
   */
  readonly publicUrl: string | undefined;
}

export class ConfigError extends Error {}

/** An http(s) origin with no path: where the site is published (the feeds' links start with it). */
export const isOrigin = (value: string): boolean => /^https?:\/\/[^/?#\s]+\/?$/.test(value);

export function readConfig(env: NodeJS.ProcessEnv, packageRoot: string): Config {
  const problems: string[] = [];
  const xdg = env['XDG_DATA_HOME'];
  const userDataDir = join(xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.local', 'share'), 'adherence');
  const slow = env['ADHERENCE_TEST_SLOW_IMPORT_MS'];
  if (slow !== undefined && slow !== '' && !/^\d+$/.test(slow)) {
    problems.push(`ADHERENCE_TEST_SLOW_IMPORT_MS: "${slow}" must be a whole number of milliseconds`);
  }
  const report = env['ADHERENCE_REPORT_URL'];
  if (report !== undefined && report !== '' && !/^(https?:\/\/\S+|mailto:\S+@\S+)$/.test(report)) {
    problems.push(`ADHERENCE_REPORT_URL: "${report}" must be an http(s) URL or a mailto: address`);
  }
  const publicUrl = env['ADHERENCE_PUBLIC_URL'];
  if (publicUrl !== undefined && publicUrl !== '' && !isOrigin(publicUrl)) {
    problems.push(`ADHERENCE_PUBLIC_URL: "${publicUrl}" must be an http(s) origin such as https://adherence.example.org, with no path`);
  }
  if (problems.length > 0) throw new ConfigError(problems.join('; '));
  return {
    dataDir: env['ADHERENCE_DATA_DIR'] ?? join(packageRoot, 'data'),
    userDataDir,
    defaultDatabaseFile: join(userDataDir, 'adherence.sqlite'),
    databaseUrl: env['DATABASE_URL'] === '' ? undefined : env['DATABASE_URL'],
    slowImportMs: slow === undefined || slow === '' ? undefined : Number(slow),
    reportUrl: report === undefined || report === '' ? '#report' : report,
    publicUrl: publicUrl === undefined || publicUrl === '' ? undefined : publicUrl.replace(/\/$/, ''),
  };
}
