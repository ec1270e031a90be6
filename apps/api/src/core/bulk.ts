import { sql, type Kysely, type Transaction } from 'kysely';
import { BULK_MAX_RECORDS, can, type BulkResult } from '@crm/contracts';
import type { Database } from '../db/database.js';
import type { AppDeps, TenantActor } from './context.js';
import { AppError, forbidden } from './errors.js';

/** Records per transaction: small enough that no other organization's write waits for long. */
export const BULK_BATCH_SIZE = 100;

const REFUSAL: Partial<Record<AppError['code'], BulkResult['refused'][number]['code']>> = {
  not_found: 'not_found',
  permission_denied: 'permission_denied',
  conflict: 'conflict',
  // A record-level rule (a stage of another pipeline, a converted lead's status) is a conflict
  // with that record, not a bad request: the request as a whole was checked before.
  validation_error: 'conflict',
};

/**
 * Runs `apply` on every id with the same service code a single request uses, in transactions of
 * BULK_BATCH_SIZE records with a savepoint around each record: a record the caller may not change,
 * cannot see or that conflicts is rolled back alone and reported; the rest of its batch commits.
 * Between batches the database is free for other requests.
 */
export async function runBulk(
  db: Kysely<Database>,
  ids: readonly number[],
  apply: (trx: Transaction<Database>, id: number) => Promise<unknown>,
): Promise<BulkResult> {
  const result: BulkResult = { done: [], refused: [] };
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += BULK_BATCH_SIZE) {
    const batch = unique.slice(start, start + BULK_BATCH_SIZE);
    await db.transaction().execute(async (trx) => {
      for (const id of batch) {
        await sql`savepoint bulk_record`.execute(trx);
        try {
          await apply(trx, id);
          await sql`release savepoint bulk_record`.execute(trx);
          result.done.push(id);
        } catch (error) {
          const code = error instanceof AppError ? REFUSAL[error.code] : undefined;
          if (!code) throw error;
          await sql`rollback to savepoint bulk_record`.execute(trx);
          await sql`release savepoint bulk_record`.execute(trx);
          result.refused.push({ id, code, message: (error as AppError).message });
        }
      }
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return result;
}

export interface BulkRequest {
  action: string;
  ids?: number[];
}

/**
 * A bulk action of PRODUCT §6: an action the caller's role lacks entirely (an Employee's delete) is
 * a 403 with nothing done; otherwise every record of `ids` — or of the list filter, `matching()`,
 * which applies the caller's visibility — goes through `apply`.
 */
export async function runBulkAction(
  deps: AppDeps,
  actor: TenantActor,
  resource: 'customers' | 'leads' | 'deals',
  body: BulkRequest,
  matching: (limit: number) => Promise<number[]>,
  apply: (trx: Transaction<Database>, id: number) => Promise<unknown>,
): Promise<BulkResult> {
  if (body.action === 'delete' && !can(actor.tenant.role, resource, 'delete')) {
    throw forbidden(`Your role cannot delete ${resource}.`);
  }
  const ids = body.ids ?? (await matching(BULK_MAX_RECORDS + 1));
  assertBulkSize(ids.length);
  return runBulk(deps.db.kysely, ids, apply);
}

/** A bulk by filter that would touch more than BULK_MAX_RECORDS records is refused whole. */
function assertBulkSize(count: number): void {
  if (count > BULK_MAX_RECORDS) {
    const message = `The filter matches ${count.toLocaleString('en-US')} records; a bulk action takes at most ${BULK_MAX_RECORDS.toLocaleString('en-US')}. Narrow the filter.`;
    throw new AppError('validation_error', message, { filter: [message] });
  }
}
