// The benchmark of issue 16, every row against its target, in one run on one machine:
// 1. throughput of `adherence serve` (one process, then --workers auto) against a bare node:http
//    server and nginx (a worker per core) sending the identical bytes, on loopback;
// 2. compressed against uncompressed, from the same server;
// 3. a status page for a date not asked before against a cached one;
// 4. memory: five rounds, each of 4,000 distinct addresses and 12 s of compressed load, with the
//    server's resident memory after each round and at its peak;
// 5. the CLI's cold start against `node -e 0`;
// 6. the counts for every day since 1997 in one sweep, on the shipped record and on records 10x
//    and 100x larger and a period 10x longer (bench/counts.ts: npm run bench:counts alone).
// Only ratios mean anything from one machine to another. Run: npm run bench (BENCH_SECONDS sets
// the seconds of each measured load, default 3, after one unmeasured second).
import { get } from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startCost } from './cli-start.js';
import { countsSweepRows, countsSweepTable } from './counts.js';
import { distinctPathsScript, haveWrk, load } from './load.js';
import { memoryOf, sentHeaders, startNginx, startNodeReference, startOurs, type Body } from './processes.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? '3');
const connections = 20;
const dist = join(import.meta.dirname, '..', 'dist');
const scripts = await mkdtemp(join(tmpdir(), 'adherence-bench-lua-'));

interface Target {
  readonly path: string;
  readonly encoding: 'identity' | 'br';
}
const targets: Target[] = [
  { path: '/en/apmbc/', encoding: 'identity' },
  { path: '/en/apmbc/', encoding: 'br' },
  { path: '/en/apmbc/states', encoding: 'identity' },
  { path: '/en/apmbc/states/AUS', encoding: 'identity' },
  { path: '/api/v1/apmbc/states', encoding: 'identity' },
  { path: '/api/v1/apmbc/states', encoding: 'br' },
  { path: '/en/apmbc/lists/states-parties.pdf', encoding: 'identity' },
];
const headersOf = (t: Target): Record<string, string> => (t.encoding === 'br' ? { 'accept-encoding': 'br' } : {});

/** The bytes on the wire (body, type, encoding and headers) that our server answers, for the references to send. */
const wire = (base: string, t: Target) =>
  new Promise<Body>((resolve, reject) => {
    get(base + t.path, { headers: headersOf(t) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ type: String(res.headers['content-type']), encoding: res.headers['content-encoding'] ?? null, body: Buffer.concat(chunks), headers: sentHeaders(res.rawHeaders) }),
      );
    }).on('error', reject);
  });

/** Errors under load (answers other than 2xx/3xx, socket errors, wrk's 2 s timeouts), by row. */
const errors = new Map<string, number>();
const rate = async (url: string, headers: Record<string, string> = {}) => {
  // Every server gets the same load for a second first, unmeasured: the first rows were measured
  // while our process was still compiling its hot code, and the references never were.
  await load(url, { seconds: 1, connections, headers });
  const result = await load(url, { seconds, connections, headers });
  if (result.errors > 0) errors.set(url, result.errors);
  return result.requestsPerSecond;
};
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const row = (cells: readonly string[], widths: readonly number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0] ?? 0) : c.padStart(widths[i] ?? 10))).join('');

console.log(`Adherence benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${seconds} s per measured load after 1 s unmeasured, ${connections} connections, loopback; load from ${haveWrk ? 'wrk (2 threads)' : 'autocannon (shares the CPU: install wrk)'}\n`);

// 1. Throughput against the references, for one process and for a process per core.
const one = await startOurs(1, dist);
const bodies = await Promise.all(targets.map((t) => wire(one.base, t)));
const node = await startNodeReference(bodies);
const nginx = await startNginx(bodies);
// Each row in three rounds, the servers taking turns, and the median of each server's rounds: the
// machine's speed drifts within a run (one server's rate moved by a third from one row to the
// next), and taking turns exposes every server to the same drift.
const turns = 3;
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const inTurns = async (servers: readonly ((t: Target, i: number) => Promise<number>)[]): Promise<number[][]> => {
  const rates = servers.map(() => targets.map(() => [] as number[]));
  for (let r = 0; r < turns; r += 1) {
    for (const [i, t] of targets.entries()) for (const [s, measure] of servers.entries()) rates[s]?.[i]?.push(await measure(t, i));
  }
  return rates.map((byTarget) => byTarget.map(median));
};
const nginxRate = (_t: Target, i: number) => (nginx === null ? Promise.resolve(NaN) : rate(`${nginx.base}/t${i}`));
const [single = [], nodeRates = [], nginxMeasured = []] = await inTurns([(t) => rate(one.base + t.path, headersOf(t)), (_t, i) => rate(`${node.base}/t${i}`), nginxRate]);
const nginxRates: (number | null)[] = nginx === null ? targets.map(() => null) : nginxMeasured;

// 3. A new date on every request, against the cached date, from the same server and client.
const newDate = haveWrk
  ? await load(one.base, { seconds, connections, script: await distinctPathsScript(join(scripts, 'dates.lua'), '  return "/en/apmbc/?asOf=" .. dateOf(n)', { count: 10_593 }) })
  : null;
const cachedDate = await load(`${one.base}/en/apmbc/?asOf=2015-06-01`, { seconds, connections });
await one.stop();

const cluster = await startOurs('auto', dist);
// Each worker renders and compresses for itself: ask every target a few times first, as `wire` did for the single process.
for (const t of targets) for (let i = 0; i < 4 * availableParallelism(); i += 1) await wire(cluster.base, t);
// nginx again, in turns with the workers: auto/nginx compares rates taken side by side.
const [auto = [], nginxBesideAuto = []] = await inTurns([(t) => rate(cluster.base + t.path, headersOf(t)), nginxRate]);
await cluster.stop();

console.log(`1. Requests per second, median of ${turns} rounds taken in turns; references send the identical bytes, headers included (nginx: ${availableParallelism()} workers; auto/ngx against nginx measured in turns with auto). Targets: auto >= 0.5x nginx, one process >= 0.85x node:http`);
const widths = [46, 9, 9, 9, 9, 9, 9, 9, 9];
console.log(row(['target', 'ours', 'auto', 'node', 'nginx', 'ours/node', 'ours/ngx', 'auto/ngx', 'auto/node'], widths));
for (const [i, t] of targets.entries()) {
  const [ours, all, reference, server] = [single[i] ?? NaN, auto[i] ?? NaN, nodeRates[i] ?? NaN, nginxRates[i] ?? null];
  const serverBesideAuto = nginx === null ? null : (nginxBesideAuto[i] ?? NaN);
  const size = `${Math.round((bodies[i]?.body.length ?? 0) / 1024)} KB`;
  console.log(
    row(
      [`${t.path} (${t.encoding}, ${size})`, fixed(ours, 0), fixed(all, 0), fixed(reference, 0), server === null ? '-' : fixed(server, 0), fixed(ours / reference), server === null ? '-' : fixed(ours / server), serverBesideAuto === null ? '-' : fixed(all / serverBesideAuto), fixed(all / reference)],
      widths,
    ),
  );
}

if (errors.size > 0) for (const [url, n] of errors) console.log(`   ${n} errors under load on ${url}`);
else console.log('   no errors or timeouts in any row');

// 2. Compression: the same pages, compressed (from the cache) against uncompressed.
console.log('\n2. Compressed against uncompressed, same server, one process (target >= 0.8x)');
for (const path of ['/en/apmbc/', '/api/v1/apmbc/states']) {
  const plain = single[targets.findIndex((t) => t.path === path && t.encoding === 'identity')] ?? NaN;
  const br = single[targets.findIndex((t) => t.path === path && t.encoding === 'br')] ?? NaN;
  console.log(`   ${path}: br ${fixed(br, 0)} against identity ${fixed(plain, 0)} req/s: ${fixed(br / plain)}x`);
}

console.log('\n3. Status page for a date not asked before, one process (target >= 0.5x a cached date)');
if (newDate === null) console.log('   needs wrk');
else {
  console.log(`   new date every request: ${fixed(newDate.requestsPerSecond, 0)} req/s, p99 ${fixed(newDate.p99Ms, 0)} ms, ${newDate.errors} errors`);
  console.log(`   cached date:            ${fixed(cachedDate.requestsPerSecond, 0)} req/s, p99 ${fixed(cachedDate.p99Ms, 1)} ms`);
  console.log(`   ratio ${fixed(newDate.requestsPerSecond / cachedDate.requestsPerSecond, 3)}x`);
}

// 4. Memory: distinct addresses fill the caches (bounded by bytes), compressed load churns them.
console.log('\n4. Memory of one process: five rounds of 4,000 distinct addresses then 12 s of compressed load (targets: peak <= 150 MB, no growth over the rounds beyond 10%)');
const watched = await startOurs(1, dist);
const start = await memoryOf(watched.pid);
console.log(`   after start: ${fixed(start.rss, 0)} MB`);
const distinctPaths = `  local langs = { "en", "fr", "es" }
  local states = { "AUS", "FRA", "AGO", "UKR", "USA", "KHM", "BIH", "FIN", "POL", "ZWE" }
  local lang = langs[n % 3 + 1]
  local kind = math.floor(n / 3) % 4
  local date = dateOf(math.floor(n / 12))
  if kind == 0 then return "/" .. lang .. "/apmbc/?asOf=" .. date end
  if kind == 1 then return "/" .. lang .. "/apmbc/states/" .. states[n % 10 + 1] .. "?asOf=" .. date end
  if kind == 2 then return "/api/v1/apmbc/states/" .. states[n % 10 + 1] .. "?asOf=" .. date end
  return "/" .. lang .. "/apmbc/states?asOf=" .. date`;
const mixed = await distinctPathsScript(
  join(scripts, 'mixed.lua'),
  `  local paths = { "/en/apmbc/", "/fr/apmbc/", "/es/apmbc/states", "/en/apmbc/states/AUS", "/api/v1/apmbc/states", "/api/v1/apmbc/status", "/en/ccm/", "/en/apmbc/changes" }
  return paths[n % 8 + 1]`,
  { count: 8 },
  { 'accept-encoding': 'gzip, br' },
);
const rounds: number[] = [];
let distinctServed = 0;
for (let round = 1; round <= 5; round += 1) {
  // 4,000 addresses not asked before (each round its own), then compressed load on a few pages.
  const script = await distinctPathsScript(join(scripts, `distinct-${round}.lua`), distinctPaths, { from: (round - 1) * 4_000, count: 4_000, stop: true }, { 'accept-encoding': 'gzip, br' });
  const fresh = haveWrk ? await load(watched.base, { seconds: 30, connections: 8, script }) : null;
  distinctServed += fresh?.requests ?? 0;
  const churn = await load(watched.base + '/en/apmbc/', { seconds: 12, connections, ...(haveWrk ? { script: mixed } : { headers: { 'accept-encoding': 'gzip, br' } }) });
  const memory = await memoryOf(watched.pid);
  rounds.push(memory.rss);
  console.log(`   round ${round}: ${fresh?.requests ?? 0} addresses (${fresh?.errors ?? 0} errors), ${churn.requests} compressed requests (${churn.errors} errors); RSS ${fixed(memory.rss, 0)} MB, peak so far ${fixed(memory.peak, 0)} MB`);
}
const final = await memoryOf(watched.pid);
const growth = ((rounds[4] ?? NaN) - (rounds[0] ?? NaN)) / (rounds[0] ?? NaN);
console.log(`   peak ${fixed(final.peak, 0)} MB; RSS round 5 against round 1: ${growth >= 0 ? '+' : ''}${fixed(growth * 100, 1)}%; ${distinctServed} requests for distinct addresses in all`);
await watched.stop();

// 5. Cold start of the CLI: the commands that read the record, against node's own start.
console.log('\n5. CLI cold start, fastest of 5 (targets: <= 0.4 s and <= 80 MB, or <= 4x node -e 0)');
const cwd = await mkdtemp(join(tmpdir(), 'adherence-bench-cli-'));
const main = join(dist, 'cli', 'main.js');
const floor = await startCost('node -e 0', ['-e', '0'], cwd);
console.log(`   ${'node -e 0'.padEnd(24)} ${fixed(floor.wall, 2)} s ${fixed(floor.peak, 0).padStart(5)} MB`);
for (const [label, args] of [
  ['adherence status', ['status']],
  ['adherence states', ['states']],
  ['adherence state AUS', ['state', 'AUS']],
  ['adherence check', ['check']],
] as const) {
  const cost = await startCost(label, [main, ...args], cwd);
  console.log(`   ${label.padEnd(24)} ${fixed(cost.wall, 2)} s ${fixed(cost.peak, 0).padStart(5)} MB  (${fixed(cost.wall / floor.wall, 1)}x, ${fixed(cost.peak / floor.peak, 1)}x node)`);
}

console.log('\n6. Counts for every day in one sweep (target: time linear in days + events: the last column stays flat)');
console.log(countsSweepTable(await countsSweepRows({ runs: 5, bases: ['all-states'], piled: false })));

node.server.close();
await nginx?.stop();
await rm(scripts, { recursive: true, force: true });
await rm(cwd, { recursive: true, force: true });
