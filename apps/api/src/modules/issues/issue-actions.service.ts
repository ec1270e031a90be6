import { anyIssueSchema, type resolveIssueBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import { sealedTransaction } from '../../core/answer.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict } from '../../core/errors.js';
import { assertMayChange } from '../../core/ownership.js';
import { nowIso } from '../../core/time.js';
import type { IssueRecord } from './issues.repository.js';
import { answerChange, findVisibleIssue, issuesRepo, type AnyIssue } from './issues.service.js';

type ResolveInput = z.output<typeof resolveIssueBodySchema>;

/**
 * `POST /api/issues/{id}/resolve/`: open or in progress → resolved, with `resolved_at` and the
 * optional notes; the resolution counts as the first response if none came before (PRODUCT §4).
 */
export function resolveIssue(deps: AppDeps, actor: TenantActor, id: number, input: ResolveInput): Promise<AnyIssue> {
  return sealedTransaction(deps.db.kysely, anyIssueSchema, async (trx) => {
    const before = await findVisibleIssue(deps, trx, actor, id);
    assertMayChange(actor, before);
    const notes = input?.resolution_notes ?? null;
    if (!(await issuesRepo(deps, trx).resolve(actor.tenant.organizationId, id, nowIso(), notes)))
      throw conflict(`This issue is ${statusName(before)}: only an open or in-progress issue can be resolved.`);
    return answerChange(deps, trx, actor, 'resolve', before);
  });
}

/** `POST /api/issues/{id}/reopen/`: resolved or closed → open, `resolved_at` cleared. */
export function reopenIssue(deps: AppDeps, actor: TenantActor, id: number): Promise<AnyIssue> {
  return sealedTransaction(deps.db.kysely, anyIssueSchema, async (trx) => {
    const before = await findVisibleIssue(deps, trx, actor, id);
    assertMayChange(actor, before);
    const after = await reopenFrom(deps, trx, actor, before, ['resolved', 'closed']);
    if (!after) throw conflict(`This issue is ${statusName(before)}: only a resolved or closed issue can be reopened.`);
    return after;
  });
}

/**
 * Back to open from one of `from`, audited as a reopen; null when the issue is in none of them.
 * Also how a Client's comment on a resolved issue reopens it (PRODUCT §3).
 */
export async function reopenFrom(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  before: IssueRecord,
  from: readonly ('resolved' | 'closed')[],
): Promise<AnyIssue | null> {
  const values = { status: 'open' as const, resolved_at: null, updated_at: nowIso() };
  if (!(await issuesRepo(deps, trx).updateFromStatus(actor.tenant.organizationId, before.id, from, values)))
    return null;
  return answerChange(deps, trx, actor, 'reopen', before);
}

const statusName = (issue: IssueRecord) => issue.status.replace('_', ' ');
