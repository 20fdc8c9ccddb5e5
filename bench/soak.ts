// Load and soak: the server on loopback under wrk (bench/soak.lua) for a while, every request a
// random route (status page, States table, profiles, the API, the lists, the feed, the changes),
// date since 1997-12-03, language and encoding. Reports requests, errors, timeouts, latency
// percentiles and the server's peak memory; exits 1 on any error or timeout (wrk's, 2 s by default).
// Run: npm run soak [-- --duration 60 --connections 100 --threads 2 --timeout 2]
// The server is the one `adherence serve` runs (createServer over the shipped record, today's
// date), in this process: no store behind it and no request log, which the soak is not about.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { calendarDate, fromDayNumber, toDayNumber } from '../src/domain/calendar-date.js';
import { createServer } from '../src/server/create-server.js';
import { shippedSite } from '../test/site-harness.js';

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '100' }, threads: { type: 'string', default: '2' }, timeout: { type: 'string', default: '2' } },
});
const [duration, connections, threads, timeout] = [values.duration, values.connections, values.threads, values.timeout].map(Number) as [number, number, number, number];
const wrk = ['/usr/bin/wrk', '/usr/local/bin/wrk'].find(existsSync);
if (wrk === undefined) {
  console.error('soak: wrk is not installed (apt-get install -y wrk)');
  process.exit(2);
}

const todayNumber = Math.floor(Date.now() / 86_400_000);
const today = fromDayNumber(todayNumber);
const first = toDayNumber(calendarDate('1997-12-03'));
const started = performance.now();
const app = await createServer({ site: shippedSite, today: () => today, defaultTreaty: 'apmbc', reportUrl: '#report' });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`soak: server on ${base} in ${Math.round(performance.now() - started)} ms; wrk ${threads} threads, ${connections} connections, ${duration} s, timeout ${timeout} s; dates 1997-12-03..${today}`);

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

/** The server's resident memory now and at its peak (Linux), in MB. */
const memory = (field: 'VmRSS' | 'VmHWM') => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 'NaN') / 1024;
const rssBefore = memory('VmRSS');
const cpuBefore = process.cpuUsage();
const script = join(import.meta.dirname, 'soak.lua');
const args = [`-t${threads}`, `-c${connections}`, `-d${duration}s`, `--timeout`, `${timeout}s`, '-s', script, base, '--', String(first), String(todayNumber)];
// Asynchronously: the server measured runs in this very process.
const { stdout } = await promisify(execFile)(wrk, args, { encoding: 'utf8', maxBuffer: 2 ** 20 });
const cpu = process.cpuUsage(cpuBefore);
await app.close();

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
    `server: peak RSS ${Math.round(memory('VmHWM'))} MB (${Math.round(rssBefore)} MB before the load), CPU ${((cpu.user + cpu.system) / 1e6 / seconds).toFixed(2)} cores`,
  ].join('\n'),
);
if (errors + timeouts > 0) {
  console.error('soak: FAILED: errors or timeouts under load');
  process.exit(1);
}
