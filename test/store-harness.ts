// A fresh database for each test of a store contract, the stores opened on it, temporary
// directories, all closed and removed after the test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { RecordData } from '../src/app/ports.js';
import { openRecordStore, type Store } from '../src/store/open-store.js';
import type { TestDatabase, TestDatabases, TestSchema } from './postgres-server.js';

export const shippedDir = join(import.meta.dirname, '..', 'data');

/** The facts of a record, without the functions of a loaded one, for comparing. */
export const facts = ({ reference, treaties }: RecordData) => ({ reference, treaties });

export function unwrap<T>(result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown }): T {
  if (!result.ok) throw new Error(`expected success: ${JSON.stringify(result.error).slice(0, 2000)}`);
  return result.value;
}

export interface StoreHarness {
  /** What --db would be given for this test's database. */
  readonly target: () => string;
  /** Opens (and migrates) a store on this test's database; closed after the test. */
  open(): Promise<Store>;
  tempDir(): Promise<string>;
}

export interface HarnessOptions {
  /** What the database starts with (see TestSchema); 'migrated' by default. */
  readonly schema?: TestSchema;
  /**
   * 'test' (the default): a new database for each test. 'suite': one for the tests of the
   * describe block, for tests that each begin by writing the whole record (creating a database
   * is most of the cost of a test on PostgreSQL).
   */
  readonly each?: 'test' | 'suite';
}

export function storeHarness(databases: TestDatabases, options: HarnessOptions = {}): StoreHarness {
  const { schema = 'migrated', each = 'test' } = options;
  let database: TestDatabase | undefined;
  const opened: Store[] = [];
  const dirs: string[] = [];

  const setUp = async () => {
    database = await databases.create(schema);
  };
  const tearDown = async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    await database?.drop();
    database = undefined;
  };
  if (each === 'test') {
    beforeEach(setUp);
    afterEach(tearDown);
  } else {
    beforeAll(setUp);
    afterAll(tearDown);
  }
  afterAll(() => databases.dispose());

  const target = () => {
    if (database === undefined) throw new Error('no database outside a test');
    return database.target;
  };
  return {
    target,
    async open() {
      const store = await openRecordStore(target());
      opened.push(store);
      return store;
    },
    async tempDir() {
      const dir = await mkdtemp(join(tmpdir(), 'adherence-store-'));
      dirs.push(dir);
      return dir;
    },
  };
}
