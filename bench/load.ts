// The load generator: wrk (C, two threads, light on the CPU the servers share), fixed paths or a
// Lua script that makes each request's path; autocannon where wrk is not installed.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import autocannon from 'autocannon';

export const haveWrk = existsSync('/usr/bin/wrk');

/** Lua, for the scripts: dateOf(n), the date n days after 1997-12-03 (the Mine Ban Convention's opening), up to 2026-12-03. */
const luaDate = `local function dateOf(n) return os.date("!%Y-%m-%d", 881107200 + (n % 10593) * 86400) end`;

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly requests: number;
  /** Non-2xx/3xx answers, socket errors and timeouts. */
  readonly errors: number;
  readonly p99Ms: number;
}

export interface LoadOptions {
  readonly seconds: number;
  readonly connections: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A wrk Lua script (file) that sets `request`; needs wrk. */
  readonly script?: string;
}

const milliseconds = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? NaN);

export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const headers = options.headers ?? {};
  if (haveWrk) {
    const args = ['-t2', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`])];
    // Asynchronously: the references measured may run in this very process.
    const { stdout } = await promisify(execFile)('wrk', [...args, ...(options.script === undefined ? [] : ['-s', options.script]), url], { encoding: 'utf8' });
    const count = (pattern: RegExp) => [...stdout.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
    const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(stdout);
    const p99 = /99%\s+([0-9.]+)(us|ms|s)/.exec(stdout);
    return {
      requestsPerSecond: Number(/Requests\/sec:\s+([0-9.]+)/.exec(stdout)?.[1] ?? 'NaN'),
      requests: Number(/(\d+) requests in/.exec(stdout)?.[1] ?? 'NaN'),
      errors: count(/Non-2xx or 3xx responses: (\d+)/g) + (socket === null ? 0 : socket.slice(1).reduce((sum, n) => sum + Number(n), 0)),
      p99Ms: p99 === null ? NaN : milliseconds(p99[1] ?? '', p99[2] ?? ''),
    };
  }
  if (options.script !== undefined) throw new Error('a scripted load needs wrk (apt-get install -y wrk)');
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, headers: { ...headers } });
  return { requestsPerSecond: result.requests.average, requests: result.requests.total, errors: result.errors + result.non2xx + result.timeouts, p99Ms: result.latency.p99 };
}

/**
 * A wrk script whose every request is the next of the distinct paths that `pathOf` (Lua, given
 * n) makes for n = from, from + 1, ... from + count - 1, the two threads taking alternate numbers,
 * then from the first again; with `stop`, each thread stops after its half of `count` answers
 * (wrk then waits out its duration).
 */
export async function distinctPathsScript(
  file: string,
  pathOf: string,
  paths: { readonly from?: number; readonly count: number; readonly stop?: boolean },
  headers: Readonly<Record<string, string>> = {},
): Promise<string> {
  const from = paths.from ?? 0;
  await writeFile(
    file,
    `${luaDate}
local counter = 0
local answered = 0
local threads = 0
function setup(thread) thread:set("id", threads); threads = threads + 1 end
function init(args) counter = id end
local function pathOf(n)
${pathOf}
end
function request()
  local path = pathOf(${from} + counter % ${paths.count})
  counter = counter + 2
  return wrk.format("GET", path, { ${Object.entries(headers).map(([k, v]) => `["${k}"] = "${v}"`).join(', ')} })
end
${paths.stop === true ? `function response(status, headers, body)
  answered = answered + 1
  if answered >= ${Math.ceil(paths.count / 2)} then wrk.thread:stop() end
end` : ''}
`,
  );
  return file;
}
