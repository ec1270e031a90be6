import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-app.js';
import { migrateDown, migrateToLatest } from './migrate.js';

describe('migrations', () => {
  it('apply, revert and apply again on an empty database', async () => {
    const database = await openTestDatabase();
    const { db } = database;
    try {
      expect(await migrateToLatest(db)).toContain('0001-foundation');
      expect(await migrateToLatest(db)).toEqual([]);
      expect(await migrateDown(db)).toEqual(['0001-foundation']);
      expect(await migrateToLatest(db)).toEqual(['0001-foundation']);
    } finally {
      await database.drop();
    }
  });
});
