// `adherence serve`: the public site and API over HTTP.
import { availableParallelism } from 'node:os';
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { parse } from './options.js';

export const serveHelp = `Usage: adherence serve [--port 3000] [--host 127.0.0.1] [--workers N|auto] [--db D]

Serves the public site (status page, States table, State profiles, changes between two dates
in English, French and Spanish; an Atom feed of depositary actions per treaty) and the JSON API
under /api/v1 (OpenAPI document at /api/openapi.json).

--workers N|auto  processes sharing the port (node:cluster), one per core with auto (default 1);
                  each keeps its own copy of the record and follows the store on its own.

ADHERENCE_PUBLIC_URL (e.g. https://adherence.example.org): the public origin the feeds' absolute
links start with; unset, they take the request's protocol and Host.
`;

const options = { help: { type: 'boolean', short: 'h' }, port: { type: 'string' }, host: { type: 'string' }, workers: { type: 'string' }, db: { type: 'string' } } as const;

export async function serveCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(serveHelp);
    return exitCodes.ok;
  }
  const port = Number(values.port ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${values.port}" is not a port number (0-65535)`);
  const workers = values.workers === undefined ? 1 : values.workers === 'auto' ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers: "${values.workers}" is not a number of processes (1-64) or auto`);
  const host = values.host ?? '127.0.0.1';
  const address = await deps.serve({ port, host, db: values.db, workers }).catch((error: unknown) => {
    const problem = listenProblem(error, port, host);
    throw problem === null ? error : new UsageError(problem);
  });
  if (address !== null) io.out(`adherence: serving on ${address}${workers > 1 ? ` with ${workers} workers` : ''}\n`);
  return exitCodes.ok;
}

/** What a failure to listen says about --port or --host, or null when it is not about them. */
export function listenProblem(error: unknown, port: number, host: string): string | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'EADDRINUSE':
      return `--port: ${port} is in use on ${host} (another program listens there); choose another port, or 0 for any free one`;
    case 'EACCES':
      return `--port: ${port} on ${host} needs privileges this process does not have; choose a port above 1023`;
    case 'EADDRNOTAVAIL':
      return `--host: ${host} is not an address of this machine`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `--host: "${host}" does not resolve to an address`;
    default:
      return null;
  }
}
