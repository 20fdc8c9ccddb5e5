// The servers a benchmark measures: ours as `adherence serve` in its own process (so its memory is
// its own), nginx from a temporary root, and a bare node:http server in this process.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';


export interface Ours {
  readonly base: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** `adherence serve` from dist/ on a free port, with its own copy of the shipped record. */
export async function startOurs(workers: number | 'auto', dist: string): Promise<Ours> {
  const dir = await mkdtemp(join(tmpdir(), 'adherence-bench-'));
  const child = spawn(process.execPath, [join(dist, 'cli', 'main.js'), 'serve', '--port', '0', '--workers', String(workers), '--db', join(dir, 'bench.db')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const address = /serving on (http:\/\/[^\s]+)/.exec(out)?.[1];
      if (address === undefined) return;
      // The request log that follows (a line per request) is discarded unread: kept and searched,
      // it grew without end and took this process, where the node:http reference runs, from it.
      child.stdout?.off('data', read).resume();
      resolve(address);
    };
    child.stdout?.on('data', read);
    child.stderr?.resume();
    child.once('exit', (code) => reject(new Error(`adherence serve stopped (${code}) before serving:\n${out}`)));
  });
  return {
    base,
    pid: child.pid ?? 0,
    stop: async () => {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The process's resident memory now and at its peak, in MB (Linux /proc). */
export async function memoryOf(pid: number): Promise<{ rss: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 'NaN');
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export interface Body {
  readonly type: string;
  readonly encoding: string | null;
  readonly body: Buffer;
  /**
   * Every header our server sent with it, as sent (name, value), but those a server writes for
   * each response itself (Date, Connection, Keep-Alive, Content-Length): the references send the
   * same headers, so a ratio measures the servers, not the ~900 bytes of security, cache and
   * language headers every answer of ours carries (the load generator parses them too).
   */
  readonly headers: readonly (readonly [string, string])[];
}

const perResponse = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** The headers of a response as received (rawHeaders), without those a server writes per response. */
export function sentHeaders(raw: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const [name = '', value = ''] = [raw[i], raw[i + 1]];
    if (!perResponse.has(name.toLowerCase())) pairs.push([name, value]);
  }
  return pairs;
}

/** A bare node:http server answering /t{i} with bodies[i] and its headers, as is. */
export async function startNodeReference(bodies: readonly Body[]): Promise<{ base: string; server: Server }> {
  const server = createHttpServer((request, response) => {
    const entry = bodies[Number((request.url ?? '').slice(2))];
    if (entry === undefined) return void response.writeHead(404).end();
    response.writeHead(200, [...entry.headers.flat(), 'content-length', String(entry.body.length)]).end(entry.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export const nginxBinary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);

/** nginx with one worker per core, serving /t{i} as bodies[i] from disk; null when not installed. */
export async function startNginx(bodies: readonly Body[]): Promise<{ base: string; stop(): Promise<void> } | null> {
  if (nginxBinary === undefined) return null;
  const root = await mkdtemp(join(tmpdir(), 'adherence-bench-nginx-'));
  await Promise.all(bodies.map((b, i) => writeFile(join(root, `t${i}`), b.body)));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  // Our headers as they are; nginx adds its own Server, Last-Modified and Accept-Ranges (~60 bytes).
  const quoted = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;
  const locations = bodies
    .map((b, i) => {
      const added = b.headers.filter(([name]) => name.toLowerCase() !== 'content-type').map(([name, value]) => `add_header ${name} ${quoted(value)};`);
      return `location = /t${i} { default_type ${quoted(b.type)}; ${added.join(' ')} }`;
    })
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
  etag off;
  server_tokens off;
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
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(nginx);
      await rm(root, { recursive: true, force: true });
    },
  };
}
