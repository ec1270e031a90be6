import type { Insertable } from 'kysely';
import type { Executor } from '../../db/connection.js';
import type { EmployeeRow, EmployeesTable } from '../../db/database.js';

export function employeesRepository(db: Executor) {
  return {
    create(organizationId: number, values: Omit<Insertable<EmployeesTable>, 'organization_id'>): Promise<EmployeeRow> {
      return db
        .insertInto('employees')
        .values({ ...values, organization_id: organizationId })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async exists(organizationId: number, employeeId: number): Promise<boolean> {
      const row = await db
        .selectFrom('employees')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('id', '=', employeeId)
        .executeTakeFirst();
      return row !== undefined;
    },

    findByUser(organizationId: number, userId: number): Promise<EmployeeRow | undefined> {
      return db
        .selectFrom('employees')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },
  };
}
