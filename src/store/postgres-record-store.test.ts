// The store contract on PostgreSQL, when a server is reachable; each test gets its own database.
// Unreachable: skipped with a one-line notice, unless ADHERENCE_REQUIRE_POSTGRES=1 (CI), then failed.
import { describe, test } from 'vitest';
import { postgresDatabases, postgresRequired, postgresUnreachable, postgresUrl } from '../../test/postgres-server.js';
import { recordStoreContract } from './record-store.contract.js';

const unreachable = await postgresUnreachable();

if (unreachable === null) {
  recordStoreContract('PostgreSQL', postgresDatabases());
} else if (postgresRequired) {
  test('PostgreSQL is reachable (ADHERENCE_REQUIRE_POSTGRES=1)', () => {
    throw new Error(`PostgreSQL at ${postgresUrl} is unreachable: ${unreachable}`);
  });
} else {
  console.warn(`PostgreSQL at ${postgresUrl} is unreachable (${unreachable}): skipping the PostgreSQL store contract`);
  describe.skip('the record store on PostgreSQL (unreachable)', () => test('skipped', () => undefined));
}
