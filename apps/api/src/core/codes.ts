import type { Executor } from '../db/connection.js';
import { codeCountersRepository } from './codes.repository.js';

export type CodePrefix = 'CUST' | 'LEAD' | 'DEAL' | 'VEND' | 'ORD' | 'PAY' | 'ISS';

/**
 * The next record code of an organization: CUST-001 … CUST-999, CUST-1000. One atomic upsert on a
 * counter row, so concurrent creates (several API processes on one PostgreSQL included) never get
 * the same number; a number is never reused, even after a delete or a rolled-back create elsewhere.
 */
export async function nextCode(db: Executor, organizationId: number, prefix: CodePrefix): Promise<string> {
  const value = await codeCountersRepository(db).next(organizationId, prefix);
  return `${prefix}-${String(value).padStart(3, '0')}`;
}
