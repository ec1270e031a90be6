import type { Executor } from '../../db/connection.js';
import type { UserRow } from '../../db/database.js';

/** Global repository: a token belongs to a user, not to an organization. Only hashes are stored. */
export function tokensRepository(db: Executor) {
  return {
    async create(userId: number, keyHash: string, now: string): Promise<number> {
      const row = await db
        .insertInto('tokens')
        .values({ user_id: userId, key_hash: keyHash, created_at: now, last_used_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async findWithUser(keyHash: string): Promise<{ tokenId: number; lastUsedAt: string; user: UserRow } | undefined> {
      const row = await db
        .selectFrom('tokens')
        .innerJoin('users', 'users.id', 'tokens.user_id')
        .selectAll('users')
        .select(['tokens.id as token_id', 'tokens.last_used_at as token_last_used_at'])
        .where('tokens.key_hash', '=', keyHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const { token_id, token_last_used_at, ...user } = row;
      return { tokenId: token_id, lastUsedAt: token_last_used_at, user };
    },

    touch(tokenId: number, now: string): Promise<unknown> {
      return db.updateTable('tokens').set({ last_used_at: now }).where('id', '=', tokenId).execute();
    },

    delete(tokenId: number): Promise<unknown> {
      return db.deleteFrom('tokens').where('id', '=', tokenId).execute();
    },

    deleteAllForUserExcept(userId: number, keepTokenId: number | null): Promise<unknown> {
      return db
        .deleteFrom('tokens')
        .where('user_id', '=', userId)
        .$if(keepTokenId !== null, (qb) => qb.where('id', '!=', keepTokenId as number))
        .execute();
    },
  };
}
