// The use cases' tests on the real adapters: a SQLite store in a temporary file and the CSV files
// of temporary directories, all removed after each test; and the store's audit log, read from
// under the store.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { RecordData, RecordStore } from '../src/app/ports.js';
import { csvRecordFiles } from '../src/store/csv-files.js';
import { openDatabase, openRecordStore } from '../src/store/open-store.js';

export { csvRecordFiles };

export interface AuditEntry {
  readonly action: string;
  readonly treaty: string | null;
  readonly detail: unknown;
}

export interface ImportHarness {
  /** The test's store (a new SQLite file), opened once. */
  store(): Promise<RecordStore>;
  /** A new directory holding `data` written as a data directory (nothing for null). */
  dataDir(data: RecordData | null): Promise<string>;
  auditLog(): Promise<AuditEntry[]>;
}

export function importHarness(): ImportHarness {
  let work = '';
  let opened: Promise<RecordStore> | undefined;
  let dirs = 0;
  beforeEach(async () => {
    work = await mkdtemp(join(tmpdir(), 'adherence-import-'));
  });
  afterEach(async () => {
    await (await opened)?.close();
    opened = undefined;
    await rm(work, { recursive: true, force: true });
  });
  const db = () => join(work, 'adherence.sqlite');
  return {
    store: () => (opened ??= openRecordStore(db())),
    async dataDir(data) {
      const dir = join(work, `dir-${++dirs}`);
      await mkdir(dir);
      if (data !== null) await csvRecordFiles.write(dir, data);
      return dir;
    },
    async auditLog() {
      const { db: database } = openDatabase(db());
      try {
        const rows = await database.selectFrom('audit_log').select(['action', 'treaty', 'detail']).orderBy('id').execute();
        return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as unknown }));
      } finally {
        await database.destroy();
      }
    },
  };
}
