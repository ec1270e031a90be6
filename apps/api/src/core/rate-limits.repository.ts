import { sql } from 'kysely';
import type { Executor } from '../db/connection.js';

export interface RateCounter {
  count: number;
  windowStartedAt: string;
}

/**
 * The rate-limit counters (failed logins, password-reset requests), in the database so every API
 * process sees the same numbers. A global table: keys name the purpose and the subject.
 */
export function rateLimitsRepository(db: Executor) {
  return {
    /** One atomic upsert: a counter whose window started before `windowStart` starts again at 1. */
    async increment(key: string, now: string, windowStart: string): Promise<RateCounter> {
      const row = await db
        .insertInto('rate_limits')
        .values({ key, count: 1, window_started_at: now, blocked_until: null })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when rate_limits.window_started_at < ${windowStart} then 1 else rate_limits.count + 1 end`,
            window_started_at: sql<string>`case when rate_limits.window_started_at < ${windowStart} then ${now} else rate_limits.window_started_at end`,
          }),
        )
        .returning(['count', 'window_started_at'])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), windowStartedAt: row.window_started_at };
    },

    /** Until when each of `keys` that is locked after `now` stays locked. */
    async lockedUntil(keys: string[], now: string): Promise<string[]> {
      const rows = await db
        .selectFrom('rate_limits')
        .select('blocked_until')
        .where('key', 'in', keys)
        .where('blocked_until', '>', now)
        .execute();
      return rows.map((r) => r.blocked_until).filter((until): until is string => until !== null);
    },

    async lock(key: string, until: string): Promise<void> {
      await db.updateTable('rate_limits').set({ blocked_until: until }).where('key', '=', key).execute();
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom('rate_limits').where('key', '=', key).execute();
    },
  };
}
