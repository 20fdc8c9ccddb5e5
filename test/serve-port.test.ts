// `adherence serve` (the built CLI) on a port another program holds: one line naming the port and
// exit 2 (bad input), before reading the record; not "internal error", a stack trace, or a line
// per worker (and workers that never exit).
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

// The command as installed: package.json's bin (the bundle npm run build makes).
const main = join(import.meta.dirname, '..', (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { bin: { adherence: string } }).bin.adherence);
let holder: Server;
let port: number;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'adherence-port-'));
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  port = (holder.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

const serve = (...args: string[]) =>
  new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    execFile(process.execPath, [main, 'serve', '--port', String(port), '--db', join(dir, 'store.sqlite'), ...args], { timeout: 30_000 }, (error, out, err) =>
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, out, err }),
    );
  });

test.each([[[]], [['--workers', '2']]])('serve %j on a port in use says so in one line and exits 2', { timeout: 40_000 }, async (args) => {
  const { code, out, err } = await serve(...args);
  expect({ code, out, err }).toEqual({ code: 2, out: '', err: `adherence serve: --port: ${port} is in use on 127.0.0.1 (another program listens there); choose another port, or 0 for any free one\n` });
});
