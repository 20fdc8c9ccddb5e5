import { describe, expect, test } from 'vitest';
import { describeTarget, isPostgresUrl, openRecordStore, StoreOpenError } from './open-store.js';

describe('opening a store', () => {
  test('takes postgres:// and postgresql:// URLs for PostgreSQL, anything else for a SQLite file', () => {
    expect(isPostgresUrl('postgres://h/db')).toBe(true);
    expect(isPostgresUrl('postgresql://h/db')).toBe(true);
    expect(isPostgresUrl('./postgres.sqlite')).toBe(false);
  });

  test('never shows the password of a PostgreSQL URL', () => {
    expect(describeTarget('postgres://adherence:s3cret@db.example:5432/record')).toBe('postgres://adherence:***@db.example:5432/record');
  });

  test('says plainly which database cannot be opened', async () => {
    const opening = openRecordStore('postgres://nobody:s3cret@127.0.0.1:1/none');
    await expect(opening).rejects.toThrow(StoreOpenError);
    await expect(opening).rejects.toThrow(/^cannot open the database postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: .*ECONNREFUSED/);
  });
});
