// Load and soak: the server on loopback under wrk (bench/soak.lua) for a while, every request a
// random route (status page, States table, profiles, the API, the lists, the feed, the changes),
// date since 1997-12-03, language and encoding. Reports requests, errors, timeouts, latency
// percentiles and the server's peak memory; exits 1 on any error, 3 on timeouts alone (wrk's, 2 s by default).
// Run: npm run soak [-- --duration 60 --connections 100 --threads 2 --timeout 2 --workers 1]
// The server is the one `adherence serve` runs (createServer over the shipped record, today's
// date), in this process, or with --workers N in N processes sharing the port (node:cluster, as
// `serve --workers` does); no store behind it and no request log, which the soak is not about.
import { execFile } from 'node:child_process';
import cluster from 'node:cluster';
import { createServer as createNetServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { calendarDate, fromDayNumber, toDayNumber } from '../src/domain/calendar-date.js';
import { createServer } from '../src/server/create-server.js';
import { shippedSite } from '../test/site-harness.js';
import { memoryOf } from './processes.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
    threads: { type: 'string', default: '2' },
    timeout: { type: 'string', default: '2' },
    workers: { type: 'string', default: '1' },
  },
});
const [duration, connections, threads, timeout, workers] = [values.duration, values.connections, values.threads, values.timeout, values.workers].map(Number) as [number, number, number, number, number];
const wrkFound = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find(existsSync);
if (wrkFound === undefined) {
  console.error('soak: wrk is not installed (apt-get install -y wrk)');
  process.exit(2);
}
const wrk: string = wrkFound;

const todayNumber = Math.floor(Date.now() / 86_400_000);
const today = fromDayNumber(todayNumber);
const first = toDayNumber(calendarDate('1997-12-03'));


interface Usage {
  readonly peakMb: number;
  readonly cpuUs: number;
}

/** One server on `port` (0: any); `stop` closes it and says what it used since `measure` was called. */
async function startServer(port: number) {
  const current = await shippedSite();
  const app = await createServer({ site: () => current, today: () => today, defaultTreaty: 'apmbc', reportUrl: '#report' });
  const base = await app.listen({ port, host: '127.0.0.1' });
  let cpuBefore = process.cpuUsage();
  return {
    base,
    measure: () => void (cpuBefore = process.cpuUsage()),
    stop: async (): Promise<Usage> => {
      const cpu = process.cpuUsage(cpuBefore);
      await app.close();
      return { peakMb: (await memoryOf(process.pid)).peak, cpuUs: cpu.user + cpu.system };
    },
  };
}

if (cluster.isWorker) {
  // A worker: serves on the port the primary chose until told to stop, then says what it used.
  const server = await startServer(Number(process.env['SOAK_PORT']));
  process.on('message', (message: string) => {
    if (message === 'measure') server.measure();
    if (message === 'stop') void server.stop().then((usage) => process.send?.(usage, () => process.exit(0)));
  });
  process.send?.('ready');
} else {
  await primary();
}

/** A free port on loopback, for the workers to share. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** The servers: this process, or `workers` processes on one port. */
async function startServers() {
  if (workers <= 1) return startServer(0);
  const port = await freePort();
  const forked = Array.from({ length: workers }, () => cluster.fork({ SOAK_PORT: String(port) }));
  await Promise.all(forked.map((worker) => new Promise((resolve) => worker.once('message', resolve))));
  return {
    base: `http://127.0.0.1:${port}`,
    measure: () => forked.forEach((worker) => worker.send('measure')),
    stop: async (): Promise<Usage> => {
      const usages = await Promise.all(forked.map((worker) => new Promise<Usage>((resolve) => {
        worker.once('message', resolve);
        worker.send('stop');
      })));
      return { peakMb: usages.reduce((sum, u) => sum + u.peakMb, 0), cpuUs: usages.reduce((sum, u) => sum + u.cpuUs, 0) };
    },
  };
}

async function primary() {
  const started = performance.now();
  const servers = await startServers();
  const { base } = servers;
  console.log(`soak: ${workers > 1 ? `${workers} server processes` : 'server'} on ${base} in ${Math.round(performance.now() - started)} ms; wrk ${threads} threads, ${connections} connections, ${duration} s, timeout ${timeout} s; dates 1997-12-03..${today}`);

  // Each kind of request the script makes answers as it should on the range's first and last day:
  // wrk counts only statuses above 399 as errors, so a route that redirected instead would go unseen.
  const preflight: [string, number][] = [];
  for (const d of ['1997-12-03', today]) {
    preflight.push(
      [`/fr/apmbc/?asOf=${d}`, 200], [`/apmbc/?asOf=${d}`, 200], [`/es/apmbc/states?asOf=${d}&status=joined`, 200], [`/en/apmbc/states/AFG?asOf=${d}`, 200],
      [`/en/states/ZAF?asOf=${d}`, 200], [`/api/v1/apmbc/states?asOf=${d}`, 200], [`/api/v1/apmbc/states/USA?asOf=${d}`, 200], [`/api/v1/apmbc/status?asOf=${d}`, 200],
      [`/api/v1/apmbc/changes?from=1997-12-03&to=${d}`, 200], [`/fr/apmbc/changes?from=1997-12-03&to=${d}`, 200], [`/en/apmbc/lists/states-parties.csv?asOf=${d}`, 200],
      [`/es/apmbc/lists/states-not-party.json?asOf=${d}`, 200], ['/apmbc/feed.atom', 200], [`/en/apmbc/lists/states-parties.pdf?asOf=${d}`, 200], [`/en/apmbc/?asOf=${d}&utm_source=soak`, 301],
    );
  }
  for (const [path, expected] of preflight) {
    const response = await fetch(base + path, { redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status !== expected) {
      console.error(`soak: ${path} answered ${response.status}, not ${expected}`);
      process.exit(1);
    }
  }

  servers.measure();
  const script = join(import.meta.dirname, 'soak.lua');
  const args = [`-t${threads}`, `-c${connections}`, `-d${duration}s`, `--timeout`, `${timeout}s`, '-s', script, base, '--', String(first), String(todayNumber)];
  // Asynchronously: the server measured runs in this very process.
  const { stdout } = await promisify(execFile)(wrk, args, { encoding: 'utf8', maxBuffer: 2 ** 20 });
  const usage = await servers.stop();

  interface Totals {
    readonly requests: number;
    readonly durationUs: number;
    readonly bytes: number;
    readonly errors: { readonly connect: number; readonly read: number; readonly write: number; readonly status: number; readonly timeout: number };
    readonly latencyUs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly p999: number; readonly max: number; readonly mean: number };
  }
  const line = stdout.split('\n').find((l) => l.startsWith('SOAK '));
  if (line === undefined) {
    console.error(`soak: no totals from wrk:\n${stdout}`);
    process.exit(1);
  }
  const totals = JSON.parse(line.slice(5)) as Totals;
  const seconds = totals.durationUs / 1e6;
  const ms = (us: number) => `${(us / 1000).toFixed(1)} ms`;
  const { connect, read, write, status, timeout: timeouts } = totals.errors;
  const errors = connect + read + write + status;
  console.log(
    [
      `requests: ${totals.requests} in ${seconds.toFixed(1)} s (${Math.round(totals.requests / seconds)} req/s, ${(totals.bytes / seconds / 2 ** 20).toFixed(1)} MB/s)`,
      `errors: ${errors} (status >= 400: ${status}, connect ${connect}, read ${read}, write ${write}); timeouts (> ${timeout} s): ${timeouts}`,
      `latency: p50 ${ms(totals.latencyUs.p50)}, p90 ${ms(totals.latencyUs.p90)}, p99 ${ms(totals.latencyUs.p99)}, p99.9 ${ms(totals.latencyUs.p999)}, max ${ms(totals.latencyUs.max)}`,
      `server: peak RSS ${Math.round(usage.peakMb)} MB${workers > 1 ? ` (sum of ${workers} processes)` : ''}, CPU ${(usage.cpuUs / 1e6 / seconds).toFixed(2)} cores`,
    ].join('\n'),
  );
  if (errors > 0) {
    console.error('soak: FAILED: errors under load');
    process.exit(1);
  }
  // Timeouts alone exit 3: they measure the machine as well as the server (CI retries those once).
  if (timeouts > 0) {
    console.error('soak: FAILED: timeouts under load');
    process.exit(3);
  }
}
