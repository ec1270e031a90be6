import type { Executor } from '../../db/connection.js';

/** Global repository: a reset token belongs to a user, not to an organization. Only hashes are stored. */
export function passwordResetRepository(db: Executor) {
  return {
    async create(userId: number, tokenHash: string, expiresAt: string, now: string): Promise<void> {
      await db
        .insertInto('password_reset_tokens')
        .values({ user_id: userId, token_hash: tokenHash, expires_at: expiresAt, used_at: null, created_at: now })
        .execute();
    },

    findUsable(tokenHash: string, now: string): Promise<{ id: number; user_id: number } | undefined> {
      return db
        .selectFrom('password_reset_tokens')
        .select(['id', 'user_id'])
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
    },

    /** Single use: only one of two racing confirmations finds the token still unused. */
    async markUsed(id: number, now: string): Promise<boolean> {
      const result = await db
        .updateTable('password_reset_tokens')
        .set({ used_at: now })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Once the password is reset, the user's other outstanding links stop working too. */
    async expireAllForUser(userId: number, now: string): Promise<void> {
      await db
        .updateTable('password_reset_tokens')
        .set({ used_at: now })
        .where('user_id', '=', userId)
        .where('used_at', 'is', null)
        .execute();
    },
  };
}
