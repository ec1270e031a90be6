import type { Insertable } from 'kysely';
import type { Executor } from '../../db/connection.js';
import type { InvitationRow, InvitationsTable } from '../../db/database.js';

export interface PendingInvitation extends InvitationRow {
  organization_name: string;
}

/**
 * Invitations of one organization take its id first. Those looked up by token hash are global by
 * nature: the accept page knows only the token. Only hashes are stored.
 */
export function invitationsRepository(db: Executor) {
  const pending = (now: string) =>
    db
      .selectFrom('invitations')
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', now);

  return {
    create(
      organizationId: number,
      values: Omit<Insertable<InvitationsTable>, 'organization_id'>,
    ): Promise<InvitationRow> {
      return db
        .insertInto('invitations')
        .values({ ...values, organization_id: organizationId })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    listPending(organizationId: number, now: string, limit: number, offset: number): Promise<InvitationRow[]> {
      return pending(now)
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async countPending(organizationId: number, now: string): Promise<number> {
      const row = await pending(now)
        .where('organization_id', '=', organizationId)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Global: the pending invitation a token names, with its organization's name. */
    findPendingByHash(tokenHash: string, now: string): Promise<PendingInvitation | undefined> {
      return pending(now)
        .innerJoin('organizations as o', 'o.id', 'invitations.organization_id')
        .selectAll('invitations')
        .select('o.name as organization_name')
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    /**
     * Pending invitations an invitation to `email` (or for `customerId`) replaces, revoked at once.
     * Returns the revoked rows for the audit log.
     */
    /**
     * The pending invitations a new one replaces: a staff invitation replaces staff invitations to
     * the same address; a portal invitation replaces only the same customer's, never a staff one.
     */
    revokeReplaced(
      organizationId: number,
      email: string,
      customerId: number | null,
      now: string,
    ): Promise<InvitationRow[]> {
      return db
        .updateTable('invitations')
        .set({ revoked_at: now })
        .where('organization_id', '=', organizationId)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .where((eb) =>
          customerId === null
            ? eb.and([eb('email', '=', email), eb('customer_id', 'is', null)])
            : eb('customer_id', '=', customerId),
        )
        .returningAll()
        .execute();
    },

    revoke(organizationId: number, id: number, now: string): Promise<InvitationRow | undefined> {
      return db
        .updateTable('invitations')
        .set({ revoked_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
    },

    /**
     * Single use: marks the invitation accepted only while it is still pending. Of two acceptances
     * racing, the second finds no row (PostgreSQL re-checks the condition after the first commits).
     */
    async claim(id: number, userId: number, now: string): Promise<boolean> {
      const result = await db
        .updateTable('invitations')
        .set({ accepted_at: now, accepted_by: userId })
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
