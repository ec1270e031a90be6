import { expressionBuilder, sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { EmployeeStatus } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import type { EmployeeRow, EmployeesTable } from '../../db/database.js';
import { fullNameOf } from '../../db/expressions.js';
import { matchesSearch, toSearchText } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';

export interface EmployeeFilters {
  search?: string;
  status?: EmployeeStatus;
  department?: string;
  managerId?: number;
  createdFrom?: string;
  createdUntil?: string;
}

export type EmployeeOrderField = 'last_name' | 'first_name' | 'department' | 'hire_date' | 'created_at' | 'status';

export interface EmployeeRecord extends EmployeeRow {
  manager_name: string | null;
}

type Searchable = Pick<EmployeeRow, 'first_name' | 'last_name'> &
  Partial<Pick<EmployeeRow, 'email' | 'department' | 'position'>>;

/**
 * First and last name go in as one "First Last" line (the shape migration 0003 backfilled), so a
 * search for a full name matches as well as one for either part.
 */
export const employeeSearchText = (e: Searchable): string =>
  toSearchText(`${e.first_name} ${e.last_name}`, e.email, e.department, e.position);

const NULLABLE_ORDER_FIELDS = new Set<EmployeeOrderField>(['department', 'hire_date']);

/**
 * `dialect` is needed only for search, so the membership flows can keep calling
 * `employeesRepository(trx)` for their lookups and inserts.
 */
export function employeesRepository(db: Executor, dialect?: Dialect) {
  /** One query gives the row and its manager's name: no N+1. */
  const withDerived = () =>
    db
      .selectFrom('employees as e')
      .leftJoin('employees as m', 'm.id', 'e.manager_id')
      .selectAll('e')
      .select(fullNameOf('m').as('manager_name'));

  /** The filters as one condition on alias `e`, shared by the page query and the count. */
  const matching = (organizationId: number, f: EmployeeFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ e: EmployeesTable }, 'e'>();
    const conditions: Expression<SqlBool>[] = [eb('e.organization_id', '=', organizationId)];
    if (f.search) {
      if (!dialect) throw new Error('employeesRepository: searching needs the dialect');
      conditions.push(matchesSearch(dialect, 'employees', f.search, 'e'));
    }
    if (f.status) conditions.push(eb('e.status', '=', f.status));
    if (f.department) conditions.push(eb(eb.fn('lower', ['e.department']), '=', f.department.toLowerCase()));
    if (f.managerId !== undefined) conditions.push(eb('e.manager_id', '=', f.managerId));
    if (f.createdFrom) conditions.push(eb('e.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('e.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  return {
    /** Export: the next page of the organization's matching employees after `afterId`, with the manager's email. */
    exportPage(organizationId: number, filters: EmployeeFilters, afterId: number, limit: number) {
      return db
        .selectFrom('employees as e')
        .leftJoin('employees as m', 'm.id', 'e.manager_id')
        .selectAll('e')
        .select('m.email as manager_email')
        .where(matching(organizationId, filters))
        .where('e.id', '>', afterId)
        .orderBy('e.id')
        .limit(limit)
        .execute();
    },

    list(
      organizationId: number,
      filters: EmployeeFilters,
      ordering: Ordering<EmployeeOrderField>,
      limit: number,
      offset: number,
    ): Promise<EmployeeRecord[]> {
      const column = `e.${ordering.field}` as const;
      return (
        withDerived()
          .where(matching(organizationId, filters))
          // SQLite sorts nulls first and PostgreSQL last: empty values go last on both, either way.
          .$if(NULLABLE_ORDER_FIELDS.has(ordering.field), (qb) =>
            qb.orderBy(sql`case when ${sql.ref(column)} is null then 1 else 0 end`),
          )
          .orderBy(column, ordering.direction)
          .orderBy('e.id', ordering.direction)
          .limit(limit)
          .offset(offset)
          .execute()
      );
    },

    async count(organizationId: number, filters: EmployeeFilters): Promise<number> {
      const row = await db
        .selectFrom('employees as e')
        .where(matching(organizationId, filters))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findById(organizationId: number, id: number): Promise<EmployeeRecord | undefined> {
      return withDerived().where('e.organization_id', '=', organizationId).where('e.id', '=', id).executeTakeFirst();
    },

    /** Fills `search_text` from the row itself, so every writer (membership flows included) keeps it. */
    create(organizationId: number, values: Omit<Insertable<EmployeesTable>, 'organization_id'>): Promise<EmployeeRow> {
      return db
        .insertInto('employees')
        .values({ search_text: employeeSearchText(values), ...values, organization_id: organizationId })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    async update(
      organizationId: number,
      id: number,
      values: Updateable<EmployeesTable> & { search_text: string },
    ): Promise<void> {
      await db
        .updateTable('employees')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('employees').where('organization_id', '=', organizationId).where('id', '=', id).execute();
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

    /**
     * Whether `employeeId` is `startId` or one of its managers, however far up. One recursive
     * query; UNION (not UNION ALL) ends the walk even if a cycle got in some other way.
     */
    async isInManagementChain(organizationId: number, startId: number, employeeId: number): Promise<boolean> {
      const row = await db
        .withRecursive('chain(id, manager_id)', (qb) =>
          qb
            .selectFrom('employees')
            .select(['id', 'manager_id'])
            .where('organization_id', '=', organizationId)
            .where('id', '=', startId)
            .union(
              qb
                .selectFrom('employees as up')
                .innerJoin('chain', 'chain.manager_id', 'up.id')
                .select(['up.id', 'up.manager_id'])
                .where('up.organization_id', '=', organizationId),
            ),
        )
        .selectFrom('chain')
        .select('chain.id')
        .where('chain.id', '=', employeeId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async unlinkUser(organizationId: number, employeeId: number, now: string): Promise<void> {
      await db
        .updateTable('employees')
        .set({ user_id: null, status: 'terminated', updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', employeeId)
        .execute();
    },
  };
}
