import { sql } from 'kysely';
import type { Executor } from '../db/connection.js';

export type CodePrefix = 'CUST' | 'LEAD' | 'DEAL' | 'VEND' | 'ORD' | 'PAY' | 'ISS';

/**
 * The next record code of an organization: CUST-001 … CUST-999, CUST-1000. One atomic upsert on a
 * counter row, so concurrent creates (several API processes on one PostgreSQL included) never get
 * the same number; a number is never reused, even after a delete or a rolled-back create elsewhere.
 */
export async function nextCode(db: Executor, organizationId: number, prefix: CodePrefix): Promise<string> {
  const row = await db
    .insertInto('code_counters')
    .values({ organization_id: organizationId, prefix, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(['organization_id', 'prefix']).doUpdateSet({ last_value: sql<number>`code_counters.last_value + 1` }),
    )
    .returning('last_value')
    .executeTakeFirstOrThrow();
  return `${prefix}-${String(row.last_value).padStart(3, '0')}`;
}
