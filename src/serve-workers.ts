// `adherence serve --workers N`: N processes share the port (node:cluster distributes the
// connections), each with its own copy of the record, following the store on its own. The
// primary only starts them, starts again one that dies, and stops them all on SIGINT or SIGTERM.
import cluster, { type Worker } from 'node:cluster';

/** Resolves with the address once every worker listens. */
export function startWorkers(count: number): Promise<string> {
  let stopping = false;
  const fork = () => cluster.fork();
  return new Promise<string>((resolve, reject) => {
    let listening = 0;
    let address = '';
    cluster.on('listening', (_worker: Worker, where) => {
      listening += 1;
      address = `http://${where.address ?? '127.0.0.1'}:${where.port}`;
      if (listening === count) resolve(address);
    });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      // A worker that dies before all listen (a port in use, a store that cannot be read) fails the start.
      if (listening < count) {
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill();
        reject(new Error(`a worker stopped before listening (${signal ?? `exit code ${code}`}); nothing is served`));
        return;
      }
      process.stderr.write(`adherence: worker ${worker.process.pid} stopped (${signal ?? `exit code ${code}`}); starting another\n`);
      fork();
    });
    const stop = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    for (let i = 0; i < count; i += 1) fork();
  });
}
