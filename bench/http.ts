// HTTP benchmark: Adherence's server against references serving the same bytes, on loopback, in
// the same run: a bare node:http server from memory and, when installed, nginx from disk (as
// many workers as cores). Reports requests per second and the ratios; only ratios mean anything
// from one machine to another. The load generator is wrk when installed (C, light on the CPU the
// servers share), else autocannon. Bounded: a few seconds per target. Run: npm run bench
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { testServer } from '../test/site-harness.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? '5');
const connections = 20;
const haveWrk = existsSync('/usr/bin/wrk');
const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);

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

async function load(url: string, headers: Record<string, string>): Promise<number> {
  if (haveWrk) {
    const args = ['-t2', `-c${connections}`, `-d${seconds}s`, ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
    // Asynchronously: the servers measured run in this very process.
    const { stdout: out } = await promisify(execFile)('wrk', args, { encoding: 'utf8' });
    if (/Non-2xx|Socket errors/.test(out)) throw new Error(`errors under load on ${url}:\n${out}`);
    return Number(/Requests\/sec:\s+([0-9.]+)/.exec(out)?.[1] ?? 'NaN');
  }
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.errors + result.non2xx > 0) throw new Error(`errors under load on ${url}`);
  return result.requests.average;
}

const app = await testServer();
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const headersOf = (t: Target): Record<string, string> => (t.encoding === 'br' ? { 'accept-encoding': 'br' } : {});

// The exact bytes on the wire (and type, and encoding) our server answers, for the references to serve.
const wire = (t: Target) =>
  new Promise<{ type: string; encoding: string | null; body: Buffer }>((resolve, reject) => {
    get(base + t.path, { headers: headersOf(t) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ type: String(res.headers['content-type']), encoding: res.headers['content-encoding'] ?? null, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
const bodies = await Promise.all(targets.map(wire));

const reference = createHttpServer((request, response) => {
  const entry = bodies[Number((request.url ?? '').slice(2))];
  if (entry === undefined) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': entry.type, 'content-length': entry.body.length, ...(entry.encoding === null ? {} : { 'content-encoding': entry.encoding }) }).end(entry.body);
});
await new Promise<void>((resolve) => reference.listen(0, '127.0.0.1', resolve));
const referenceBase = `http://127.0.0.1:${(reference.address() as AddressInfo).port}`;

// nginx from a temporary root: one file per target, with its type and encoding.
let nginxBase: string | null = null;
let stopNginx = async () => undefined as void;
if (nginxBinary !== undefined) {
  const root = await mkdtemp(join(tmpdir(), 'adherence-bench-nginx-'));
  await Promise.all(bodies.map((b, i) => writeFile(join(root, `t${i}`), b.body)));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const locations = bodies
    .map((b, i) => `location = /t${i} { default_type "${b.type}"; ${b.encoding === null ? '' : `add_header Content-Encoding ${b.encoding};`} }`)
    .join('\n    ');
  await writeFile(
    join(root, 'nginx.conf'),
    `worker_processes ${availableParallelism()};
pid ${root}/nginx.pid;
error_log ${root}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${root}; proxy_temp_path ${root}; fastcgi_temp_path ${root}; uwsgi_temp_path ${root}; scgi_temp_path ${root};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    ${locations}
  }
}
`,
  );
  const nginx = spawn(nginxBinary, ['-c', join(root, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  nginxBase = `http://127.0.0.1:${port}`;
  stopNginx = async () => {
    nginx.kill('SIGQUIT');
    await rm(root, { recursive: true, force: true });
  };
}

console.log(`${cpus().length} cores; ${seconds} s per target, ${connections} connections, loopback; load from ${haveWrk ? 'wrk' : 'autocannon (shares the CPU)'}`);
console.log(`references: node:http from memory${nginxBase === null ? '' : `, nginx ${availableParallelism()} workers from disk`}; our server: one process\n`);
const header = ['target', 'adherence', 'node:http', 'ratio', ...(nginxBase === null ? [] : ['nginx', 'ratio'])];
console.log(header.map((h, i) => (i === 0 ? h.padEnd(44) : h.padStart(10))).join(''));
for (const [i, t] of targets.entries()) {
  const ours = await load(base + t.path, headersOf(t));
  const node = await load(`${referenceBase}/t${i}`, {});
  const nginx = nginxBase === null ? null : await load(`${nginxBase}/t${i}`, {});
  const cells = [ours, node, ours / node, ...(nginx === null ? [] : [nginx, ours / nginx])];
  const label = `${t.path} (${t.encoding}, ${Math.round(bodies[i]!.body.length / 1024)} KB)`;
  console.log(label.padEnd(44) + cells.map((v, k) => (k === 2 || k === 4 ? v.toFixed(2) : v.toFixed(0)).padStart(10)).join(''));
}

// A status page for a date not asked before, every request: what a visitor choosing dates costs.
// autocannon for both rows, so the ratio compares one client with itself.
const cached = (await autocannon({ url: `${base}/en/apmbc/?asOf=2015-06-01`, connections, duration: seconds })).requests.average;
let day = 0;
const fresh = await autocannon({
  url: base,
  connections,
  duration: seconds,
  requests: [{ setupRequest: (req) => ({ ...req, path: `/en/apmbc/?asOf=${new Date(Date.UTC(1998, 0, 1) + (day++ % 10_000) * 86_400_000).toISOString().slice(0, 10)}` }) }],
});
console.log(`\nstatus page, a new date per request: ${fresh.requests.average.toFixed(0)} req/s against ${cached.toFixed(0)} for a cached date (${(fresh.requests.average / cached).toFixed(2)}x, autocannon for both; target 0.5x)`);
console.log(`server memory after the run: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB RSS (server and load generator in one process when autocannon runs)`);

await app.close();
reference.close();
await stopNginx();
