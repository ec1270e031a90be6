import { sql } from 'kysely';
import type { Executor } from '../../db/connection.js';
import type { NewUser, UserRow, UserUpdate } from '../../db/database.js';

/**
 * Global repository: users belong to no single organization (one user, many memberships).
 * Usernames and emails compare case-insensitively, matching the lower() unique indexes.
 */
export function usersRepository(db: Executor) {
  return {
    findById(id: number): Promise<UserRow | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** A login name with '@' is an email; usernames may not contain one. */
    findByLogin(login: string): Promise<UserRow | undefined> {
      const column = login.includes('@') ? 'email' : 'username';
      return db
        .selectFrom('users')
        .selectAll()
        .where(sql`lower(${sql.ref(column)})`, '=', login.trim().toLowerCase())
        .executeTakeFirst();
    },

    async findConflicts(username: string | undefined, email: string | undefined, exceptId?: number) {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'username', 'email'])
        .where((eb) =>
          eb.or([
            eb(sql`lower(username)`, '=', (username ?? '').toLowerCase()),
            eb(sql`lower(email)`, '=', (email ?? '').toLowerCase()),
          ]),
        )
        .$if(exceptId !== undefined, (qb) => qb.where('id', '!=', exceptId as number))
        .execute();
      return {
        username: !!username && rows.some((r) => r.username.toLowerCase() === username.toLowerCase()),
        email: !!email && rows.some((r) => r.email.toLowerCase() === email.toLowerCase()),
      };
    },

    create(values: NewUser): Promise<UserRow> {
      return db.insertInto('users').values(values).returningAll().executeTakeFirstOrThrow();
    },

    update(id: number, values: UserUpdate): Promise<UserRow> {
      return db.updateTable('users').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    },

    /** When a user leaves an organization, it stops being their default. */
    clearDefaultOrganizationOf(userId: number, organizationId: number): Promise<unknown> {
      return db
        .updateTable('users')
        .set({ default_organization_id: null })
        .where('id', '=', userId)
        .where('default_organization_id', '=', organizationId)
        .execute();
    },

    /** When an organization goes away, nobody keeps it as their default. */
    clearDefaultOrganization(organizationId: number): Promise<unknown> {
      return db
        .updateTable('users')
        .set({ default_organization_id: null })
        .where('default_organization_id', '=', organizationId)
        .execute();
    },
  };
}
