import { sql, type Insertable, type Updateable } from 'kysely';
import type { LEAD_ORDERING, LeadSource, LeadStatus } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import type { LeadRow, LeadsTable } from '../../db/database.js';
import { jsonKeysOf } from '../../db/dialect.js';
import { fullNameOf } from '../../db/expressions.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export interface LeadFilters {
  search?: string;
  status?: LeadStatus;
  source?: LeadSource;
  /** An employee id, or null for unassigned records. */
  assignedTo?: number | null;
  createdFrom?: string;
  createdUntil?: string;
}

export type LeadOrderField = (typeof LEAD_ORDERING)[number];

export interface LeadRecord extends LeadRow {
  assigned_to_name: string | null;
}

const NULLABLE_ORDER_FIELDS = new Set<LeadOrderField>(['first_name', 'last_name', 'company', 'estimated_value']);

export function leadsRepository(db: Executor, dialect: Dialect) {
  /** The viewer's leads matching the filters: shared by the page query, the count and lookups. */
  const filtered = (viewer: Viewer, f: LeadFilters) =>
    db
      .selectFrom('leads')
      .where('leads.organization_id', '=', viewer.organizationId)
      .where(visibleRows(viewer, 'leads', 'leads'))
      .$if(!!f.search, (q) => q.where(matchesSearch(dialect, 'leads', f.search ?? '')))
      .$if(!!f.status, (q) => q.where('leads.status', '=', f.status as LeadStatus))
      .$if(!!f.source, (q) => q.where('leads.source', '=', f.source as LeadSource))
      .$if(f.assignedTo !== undefined, (q) =>
        f.assignedTo === null
          ? q.where('leads.assigned_to', 'is', null)
          : q.where('leads.assigned_to', '=', f.assignedTo as number),
      )
      .$if(!!f.createdFrom, (q) => q.where('leads.created_at', '>=', f.createdFrom as string))
      .$if(!!f.createdUntil, (q) => q.where('leads.created_at', '<', f.createdUntil as string));

  /** The row with its assignee's name joined in: no N+1 on lists. */
  const withAssignee = (viewer: Viewer, f: LeadFilters = {}) =>
    filtered(viewer, f)
      .leftJoin('employees as e', 'e.id', 'leads.assigned_to')
      .selectAll('leads')
      .select(fullNameOf('e').as('assigned_to_name'));

  return {
    async list(
      viewer: Viewer,
      filters: LeadFilters,
      ordering: Ordering<LeadOrderField>,
      limit: number,
      offset: number,
    ): Promise<LeadRecord[]> {
      // Nullable columns sort nulls last in both directions, so SQLite and PostgreSQL page the same
      // way; the others keep a plain order that an index can serve.
      const nullable = NULLABLE_ORDER_FIELDS.has(ordering.field);
      return withAssignee(viewer, filters)
        .orderBy(`leads.${ordering.field}`, (ob) => {
          const ordered = ordering.direction === 'asc' ? ob.asc() : ob.desc();
          return nullable ? ordered.nullsLast() : ordered;
        })
        .orderBy('leads.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(viewer: Viewer, filters: LeadFilters): Promise<number> {
      const row = await filtered(viewer, filters)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The ids of the viewer's leads matching the filters, at most `limit` (bulk actions). */
    async ids(viewer: Viewer, filters: LeadFilters, limit: number): Promise<number[]> {
      const rows = await filtered(viewer, filters).select('leads.id').orderBy('leads.id').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    /** Export: the next page of the viewer's matching leads after `afterId`, with the assignee's email. */
    exportPage(viewer: Viewer, filters: LeadFilters, afterId: number, limit: number) {
      return filtered(viewer, filters)
        .leftJoin('employees as e', 'e.id', 'leads.assigned_to')
        .selectAll('leads')
        .select('e.email as assigned_to_email')
        .where('leads.id', '>', afterId)
        .orderBy('leads.id')
        .limit(limit)
        .execute();
    },

    /** Every custom field key among the viewer's matching leads (the export's cf.* columns). */
    async customFieldKeys(viewer: Viewer, filters: LeadFilters): Promise<string[]> {
      const ids = filtered(viewer, filters).select('leads.id');
      const result = await sql<{ key: string }>`select distinct j.key as key
        from leads l, ${jsonKeysOf(dialect, 'l.custom_fields')} where l.id in (${ids}) order by 1`.execute(db);
      return result.rows.map((r) => r.key);
    },

    async findById(viewer: Viewer, id: number): Promise<LeadRecord | undefined> {
      return withAssignee(viewer).where('leads.id', '=', id).executeTakeFirst();
    },

    async exists(viewer: Viewer, id: number): Promise<boolean> {
      const row = await filtered(viewer, {}).select('leads.id').where('leads.id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    async create(organizationId: number, values: Omit<Insertable<LeadsTable>, 'organization_id'>): Promise<number> {
      const row = await db
        .insertInto('leads')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<LeadsTable>): Promise<void> {
      await db
        .updateTable('leads')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    /**
     * The same update, unless the lead is converted meanwhile: a concurrent convert cannot be
     * overwritten by a status change, nor converted twice. False when nothing was updated.
     */
    async updateUnlessConverted(organizationId: number, id: number, values: Updateable<LeadsTable>): Promise<boolean> {
      const result = await db
        .updateTable('leads')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('status', '<>', 'converted')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('leads').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },
  };
}
