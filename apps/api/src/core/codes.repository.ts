import { sql } from 'kysely';
import type { Executor } from '../db/connection.js';

/** Per-organization counters behind record codes (CUST-001…). */
export function codeCountersRepository(db: Executor) {
  return {
    /** One atomic upsert: the counter's next value, whatever other writers do at the same time. */
    async next(organizationId: number, prefix: string): Promise<number> {
      const row = await db
        .insertInto('code_counters')
        .values({ organization_id: organizationId, prefix, last_value: 1 })
        .onConflict((oc) =>
          oc
            .columns(['organization_id', 'prefix'])
            .doUpdateSet({ last_value: sql<number>`code_counters.last_value + 1` }),
        )
        .returning('last_value')
        .executeTakeFirstOrThrow();
      return Number(row.last_value);
    },
  };
}
