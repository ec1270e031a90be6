import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-app.js';
import { MIGRATION_NAMES, migrateDown, migrateToLatest } from './migrate.js';

describe('migrations', () => {
  it('apply, revert one by one to an empty database, and apply again', async () => {
    const database = await openTestDatabase();
    const { db } = database;
    try {
      expect(await migrateToLatest(db)).toEqual(MIGRATION_NAMES);
      expect(await migrateToLatest(db)).toEqual([]);
      for (const name of [...MIGRATION_NAMES].reverse()) expect(await migrateDown(db)).toEqual([name]);
      expect(await migrateToLatest(db)).toEqual(MIGRATION_NAMES);
    } finally {
      await database.drop();
    }
  });
});
