// The one reader of process.env: validated once, all errors reported together.
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Config {
  /** The shipped record (CSV files). */
  readonly dataDir: string;
  /** Where the embedded database lives by default. */
  readonly userDataDir: string;
  readonly databaseUrl: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv, packageRoot: string): Config {
  const xdg = env['XDG_DATA_HOME'];
  return {
    dataDir: env['ADHERENCE_DATA_DIR'] ?? join(packageRoot, 'data'),
    userDataDir: join(xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.local', 'share'), 'adherence'),
    databaseUrl: env['DATABASE_URL'] === '' ? undefined : env['DATABASE_URL'],
  };
}
