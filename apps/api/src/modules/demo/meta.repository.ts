import type { Executor } from '../../db/connection.js';

/** Global key/value facts about this installation (for example: demo data was created). */
export function metaRepository(db: Executor) {
  return {
    async get(key: string): Promise<string | undefined> {
      const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
      return row?.value;
    },

    async set(key: string, value: string, now: string): Promise<void> {
      await db
        .insertInto('meta')
        .values({ key, value, updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
        .execute();
    },
  };
}
