// HTTP benchmark: Adherence's server against a reference serving the same bytes from memory
// (node:http, no framework), on loopback, in the same run. Reports requests per second and
// the ratio. Bounded: a few seconds per target. Run: npm run bench
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { testServer } from '../test/site-harness.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? '5');
const paths = ['/en/apmbc/', '/en/apmbc/states', '/en/apmbc/states/AUS', '/en/ccm/', '/api/v1/apmbc/states'];

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 20, duration: seconds, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const app = await testServer();
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const bodies = new Map<string, { type: string; body: Buffer }>();
for (const path of paths) {
  const response = await fetch(base + path);
  bodies.set(path, { type: response.headers.get('content-type') ?? 'text/plain', body: Buffer.from(await response.arrayBuffer()) });
}
const reference = createHttpServer((request, response) => {
  const entry = bodies.get(request.url ?? '');
  if (entry === undefined) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': entry.type, 'content-length': entry.body.length }).end(entry.body);
});
await new Promise<void>((resolve) => reference.listen(0, '127.0.0.1', resolve));
const referenceBase = `http://127.0.0.1:${(reference.address() as AddressInfo).port}`;

console.log(`${seconds}s per target, 20 connections, loopback; identity encoding (no compression) for both\n`);
console.log('path'.padEnd(18), 'adherence req/s'.padStart(16), 'reference req/s'.padStart(16), 'ratio'.padStart(7), 'p99 ms'.padStart(8));
for (const path of paths) {
  const ours = await load(base + path);
  const theirs = await load(referenceBase + path);
  const ratio = ours.rps / theirs.rps;
  console.log(path.padEnd(18), ours.rps.toFixed(0).padStart(16), theirs.rps.toFixed(0).padStart(16), ratio.toFixed(2).padStart(7), String(ours.p99).padStart(8), ours.errors > 0 ? `errors: ${ours.errors}` : '');
}
await app.close();
reference.close();
