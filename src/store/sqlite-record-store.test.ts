// The store contract on SQLite: always runs, a fresh file per test (migrated when first opened).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordStoreContract } from './record-store.contract.js';

recordStoreContract('SQLite', {
  async create() {
    const dir = await mkdtemp(join(tmpdir(), 'adherence-sqlite-'));
    return { target: join(dir, 'adherence.sqlite'), drop: () => rm(dir, { recursive: true, force: true }) };
  },
  dispose: async () => undefined,
});
