// Whether `adherence serve` can take its port, asked before the record is read or workers start.
import { createServer } from 'node:net';

/**
 * Fails as listening would (EADDRINUSE, EACCES...) when `port` cannot be taken on `host`, before the
 * record is read or workers are started: so a port in use is one clear error, not one per worker.
 * Port 0 (any free one) always can.
 */
export async function checkPort(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen({ port, host, exclusive: true }, () => resolve());
  });
  await new Promise((resolve) => probe.close(resolve));
}
