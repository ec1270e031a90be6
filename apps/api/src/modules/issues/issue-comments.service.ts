import {
  anyIssueCommentSchema,
  clientIssueCommentSchema,
  isStaffRole,
  type IssueComment,
  type createIssueCommentBodySchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { IssueCommentRow } from '../../db/database.js';
import { toBool } from '../../db/dialect.js';
import { sealedTransaction } from '../../core/answer.js';
import { diff, recordAudit } from '../../core/audit.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, notFound } from '../../core/errors.js';
import type { PageRequest } from '../../core/pagination.js';
import { nowIso } from '../../core/time.js';
import { unrestricted, viewerOf } from '../../core/visibility.js';
import { fullName } from '../auth/auth.service.js';
import { reopenFrom } from './issue-actions.service.js';
import { issueCommentsRepository } from './issue-comments.repository.js';
import { auditIssue, findVisibleIssue, issuesRepo } from './issues.service.js';

type CreateInput = z.output<typeof createIssueCommentBodySchema>;
/** A Client's comment has no `is_internal`: they never learn that internal notes exist. */
export type AnyIssueComment = z.infer<typeof anyIssueCommentSchema>;

const repo = (db: Executor) => issueCommentsRepository(db);

function staffComment(row: IssueCommentRow): IssueComment {
  const { organization_id: _org, is_internal, is_staff, ...rest } = row;
  return { ...rest, is_internal: toBool(is_internal), is_staff: toBool(is_staff) };
}

export function toIssueComment(row: IssueCommentRow, actor: TenantActor): AnyIssueComment {
  const comment = staffComment(row);
  return isStaffRole(actor.tenant.role) ? comment : clientIssueCommentSchema.parse(comment);
}

/** `GET /api/issues/{id}/comments/`: oldest first; 404 unless the caller sees the issue. */
export async function listIssueComments(deps: AppDeps, actor: TenantActor, issueId: number, page: PageRequest) {
  const db = deps.db.kysely;
  await findVisibleIssue(deps, db, actor, issueId);
  const viewer = viewerOf(actor, 'issues');
  const [rows, count] = await Promise.all([
    repo(db).list(viewer, issueId, page.limit, page.offset),
    repo(db).count(viewer, issueId),
  ]);
  return { results: rows.map((row) => toIssueComment(row, actor)), count };
}

/**
 * Staff reply or note (`is_internal`), or a Client's comment: theirs is never internal, reopens a
 * resolved issue and is refused on a closed one. The first public staff reply is the issue's
 * first response (PRODUCT §4).
 */
export function addIssueComment(
  deps: AppDeps,
  actor: TenantActor,
  issueId: number,
  input: CreateInput,
): Promise<AnyIssueComment> {
  const organizationId = actor.tenant.organizationId;
  const staff = isStaffRole(actor.tenant.role);
  return sealedTransaction(deps.db.kysely, anyIssueCommentSchema, async (trx) => {
    const issue = await findVisibleIssue(deps, trx, actor, issueId);
    // A Client's word on a resolved issue reopens it; a closed one is over (a new issue, then).
    const closed = () => conflict('This issue is closed. Raise a new issue if you need more help.');
    if (!staff && issue.status === 'closed') throw closed();
    if (!staff && issue.status === 'resolved' && !(await reopenFrom(deps, trx, actor, issue, ['resolved'])))
      throw closed();
    const isInternal = staff && input.is_internal === true;
    const now = nowIso();
    const id = await repo(trx).create(organizationId, {
      issue_id: issueId,
      author_user_id: actor.user.id,
      author_name: fullName(actor.user),
      body: input.body,
      is_internal: isInternal,
      is_staff: staff,
      created_at: now,
    });
    if (staff && !isInternal && (await issuesRepo(deps, trx).markFirstResponse(organizationId, issueId, now)))
      await auditIssue(trx, actor, 'update', issueId, { first_responded_at: { old: null, new: now } });
    // The row this write has just made (the caller may see it: it is theirs).
    const row = await repo(trx).findById(unrestricted(organizationId), issueId, id);
    if (!row) throw notFound();
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'create',
      resourceType: 'issue_comment',
      resourceId: id,
      changes: diff(null, staffComment(row)),
      ip: actor.ip,
    });
    return toIssueComment(row, actor);
  });
}
