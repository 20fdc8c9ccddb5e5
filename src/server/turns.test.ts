// Requests take turns (turns.ts): one handler per turn of the event loop, first come first served,
// so a busy server still accepts connections and reads requests between two handlers.
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { testServer } from '../../test/site-harness.js';
import { takeTurns } from './turns.js';

describe('takeTurns', () => {
  it('lets the callers go in the order they came, one per turn of the event loop', async () => {
    const turn = takeTurns();
    const ran: number[] = [];
    const all = [1, 2, 3].map((n) => turn().then(() => void ran.push(n)));
    await all[0];
    // Every microtask queued so far has run; the second caller waits for the next turn.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(ran).toEqual([1]);
    await Promise.all(all);
    expect(ran).toEqual([1, 2, 3]);
  });

  it('runs a caller at once on a quiet loop, and again after the queue has emptied', async () => {
    // Were the queue left marked as scheduled once empty, these would never resolve (the test times out).
    const turn = takeTurns();
    await turn();
    await turn();
    const late = await Promise.all([turn(), turn()]);
    expect(late).toHaveLength(2);
  });
});

describe('a busy server', () => {
  // Each request keeps the event loop busy for a few milliseconds, as a page for a new date does.
  const work = 4;
  const connections = 24;
  let app: FastifyInstance;
  let base: string;
  let handled = 0;
  const accepted: number[] = [];

  beforeAll(async () => {
    app = await testServer();
    app.get('/turns-test/busy', async () => {
      const until = performance.now() + work;
      while (performance.now() < until);
      handled += 1;
      return 'done';
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    // How many handlers had run when each connection was accepted.
    app.server.on('connection', () => accepted.push(handled));
  });
  afterAll(() => app.close());

  it('accepts every connection opened at once after a turn each, not after every open connection has been served', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: connections });
    const get = () =>
      new Promise<void>((resolve, reject) => {
        httpRequest(`${base}/turns-test/busy`, { agent }, (res) => {
          res.resume();
          res.on('end', resolve);
        }).on('error', reject).end();
      });
    // Every client asks again as soon as it is answered, until the last connection has been answered once.
    let answeredOnce = 0;
    const client = async () => {
      await get();
      answeredOnce += 1;
      while (answeredOnce < connections) await get();
    };
    await Promise.all(Array.from({ length: connections }, client));
    agent.destroy();
    expect(accepted).toHaveLength(connections);
    // Without turns the loop reads every open connection's request and runs its handler before it
    // accepts the next connection: the last was accepted after 132 handlers; with turns, after one
    // handler per connection before it.
    expect(accepted.at(-1)).toBeLessThanOrEqual(connections);
  });
});
