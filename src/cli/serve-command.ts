// `adherence serve`: the public site and API over HTTP.
import { exitCodes, UsageError, type CliDeps, type Io } from './io.js';
import { parse } from './options.js';

export const serveHelp = `Usage: adherence serve [--port 3000] [--host 127.0.0.1] [--db D]

Serves the public site (status page, States table, State profiles, changes between two dates
in English, French and Spanish; an Atom feed of depositary actions per treaty) and the JSON API
under /api/v1 (OpenAPI document at /api/openapi.json).

ADHERENCE_PUBLIC_URL (e.g. https://adherence.example.org): the public origin the feeds' absolute
links start with; unset, they take the request's protocol and Host.
`;

const options = { help: { type: 'boolean', short: 'h' }, port: { type: 'string' }, host: { type: 'string' }, db: { type: 'string' } } as const;

export async function serveCommand(args: readonly string[], deps: CliDeps, io: Io): Promise<number> {
  const { values } = parse(args, options);
  if (values.help) {
    io.out(serveHelp);
    return exitCodes.ok;
  }
  const port = Number(values.port ?? '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: "${values.port}" is not a port number (0-65535)`);
  const address = await deps.serve({ port, host: values.host ?? '127.0.0.1', db: values.db });
  io.out(`adherence: serving on ${address}\n`);
  return exitCodes.ok;
}
