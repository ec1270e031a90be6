import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../test/test-app.js';
import { createTeam, type Team, type TeamMember, teamRequests, type Method } from '../test/factories.js';
import { ManualClock } from './time.js';

/**
 * A sales team's day (PRODUCT §3, §6): the assignee filter, claiming, `permissions` on records,
 * bulk actions and my work.
 */
let t: TestApp;
let team: Team;
const clock = new ManualClock('2026-01-10T10:30:00.000Z');
beforeAll(async () => {
  t = await createTestApp({}, { clock });
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const { as, ok } = teamRequests(
  () => t.app,
  () => team,
);
const idsOf = (page: { results: { id: number }[] }) => page.results.map((r) => r.id).sort((a, b) => a - b);

describe('assignment', () => {
  it('assigned_to=me and assigned_to=none filter every list', async () => {
    const mine = await ok(team.employee, 'POST', '/api/leads/', { company: 'Filter mine' });
    const nobody = await ok(team.owner, 'POST', '/api/leads/', { company: 'Filter nobody' });
    const managers = await ok(team.owner, 'POST', '/api/leads/', {
      company: 'Filter managers',
      assigned_to: team.manager.employeeId,
    });
    const me = await ok<{ results: { id: number }[] }>(
      team.employee,
      'GET',
      '/api/leads/?assigned_to=me&search=filter',
    );
    expect(idsOf(me)).toEqual([mine.id]);
    const none = await ok<{ results: { id: number }[] }>(
      team.manager,
      'GET',
      '/api/leads/?assigned_to=none&search=filter',
    );
    expect(idsOf(none)).toEqual([nobody.id]);
    const managersOwn = await ok<{ results: { id: number }[] }>(
      team.manager,
      'GET',
      '/api/leads/?assigned_to=me&search=filter',
    );
    expect(idsOf(managersOwn)).toEqual([managers.id]);
    for (const resource of ['customers', 'deals', 'activities']) {
      expect((await as(team.employee, 'GET', `/api/${resource}/?assigned_to=me`)).statusCode).toBe(200);
      expect((await as(team.employee, 'GET', `/api/${resource}/?assigned_to=none`)).statusCode).toBe(200);
    }
    const bad = await as(team.employee, 'GET', '/api/leads/?assigned_to=someone');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toHaveProperty('assigned_to');
  });

  it("an Employee claims an unassigned lead with one PATCH, but cannot take a colleague's or give one away", async () => {
    const unassigned = await ok(team.owner, 'POST', '/api/leads/', { company: 'Up for grabs' });
    const taken = await ok(team.owner, 'POST', '/api/leads/', {
      company: 'Taken',
      assigned_to: team.manager.employeeId,
    });
    const before = await ok<{ permissions: object }>(team.employee, 'GET', `/api/leads/${unassigned.id}/`);
    expect(before.permissions).toEqual({ update: false, delete: false, assign: true, convert: false });
    expect(
      (await as(team.employee, 'PATCH', `/api/leads/${unassigned.id}/`, { assigned_to: team.admin.employeeId }))
        .statusCode,
    ).toBe(403);
    const claimed = await as(team.employee, 'PATCH', `/api/leads/${unassigned.id}/`, {
      assigned_to: team.employee.employeeId,
    });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({
      assigned_to: team.employee.employeeId,
      permissions: { update: true, assign: false, convert: true },
    });
    expect(
      (await as(team.employee, 'PATCH', `/api/leads/${taken.id}/`, { assigned_to: team.employee.employeeId }))
        .statusCode,
    ).toBe(403);
    // Once theirs, they may not hand it on either.
    expect((await as(team.employee, 'PATCH', `/api/leads/${unassigned.id}/`, { assigned_to: null })).statusCode).toBe(
      403,
    );
  });
});

describe('permissions on records', () => {
  it("says, per role, what each may do with its own and others' records, in lists, details and board cards", async () => {
    const customer = await ok(team.owner, 'POST', '/api/customers/', { name: 'Permission holder' });
    const own = await ok(team.employee, 'POST', '/api/deals/', { title: 'Perm own', customer_id: customer.id });
    const unassigned = await ok(team.owner, 'POST', '/api/deals/', {
      title: 'Perm unassigned',
      customer_id: customer.id,
    });
    const others = await ok(team.owner, 'POST', '/api/deals/', {
      title: 'Perm others',
      customer_id: customer.id,
      assigned_to: team.manager.employeeId,
    });
    const everything = { update: true, delete: true, assign: true };
    const expected: Record<'owner' | 'admin' | 'manager' | 'employee', Record<number, object>> = {
      owner: { [own.id]: everything, [unassigned.id]: everything, [others.id]: everything },
      admin: { [own.id]: everything, [unassigned.id]: everything, [others.id]: everything },
      manager: { [own.id]: everything, [unassigned.id]: everything, [others.id]: everything },
      employee: {
        [own.id]: { update: true, delete: false, assign: false },
        [unassigned.id]: { update: false, delete: false, assign: true },
        [others.id]: { update: false, delete: false, assign: false },
      },
    };
    const pipeline = (await ok<{ results: { id: number }[] }>(team.owner, 'GET', '/api/pipelines/')).results[0]?.id;
    for (const role of ['owner', 'admin', 'manager', 'employee'] as const) {
      const member = team[role];
      const list = await ok<{ results: { id: number; permissions: object }[] }>(
        member,
        'GET',
        '/api/deals/?search=perm&page_size=100',
      );
      const board = await ok<{ columns: { deals: { id: number; permissions: object }[] }[] }>(
        member,
        'GET',
        `/api/pipelines/${pipeline}/board/`,
      );
      const cards = board.columns.flatMap((c) => c.deals);
      for (const [id, permissions] of Object.entries(expected[role])) {
        expect(list.results.find((d) => d.id === Number(id))?.permissions, `${role} list ${id}`).toEqual(permissions);
        expect(
          (await ok<{ permissions: object }>(member, 'GET', `/api/deals/${id}/`)).permissions,
          `${role} detail ${id}`,
        ).toEqual(permissions);
        expect(cards.find((d) => d.id === Number(id))?.permissions, `${role} card ${id}`).toEqual(permissions);
      }
    }
    // From role and ownership, not state: a closed deal still says update, and the action is a 409.
    await ok(team.owner, 'POST', `/api/deals/${others.id}/mark_won/`);
    expect(
      (await ok<{ permissions: { update: boolean } }>(team.manager, 'GET', `/api/deals/${others.id}/`)).permissions
        .update,
    ).toBe(true);
    expect((await as(team.manager, 'POST', `/api/deals/${others.id}/mark_won/`)).statusCode).toBe(409);
  });
});

describe('bulk actions', () => {
  it('does what is allowed and reports each refusal: not_found, permission_denied, conflict', async () => {
    const unassigned = await ok(team.owner, 'POST', '/api/customers/', { name: 'Bulk unassigned' });
    const managers = await ok(team.owner, 'POST', '/api/customers/', {
      name: 'Bulk managers',
      assigned_to: team.manager.employeeId,
    });
    const elsewhere = (
      await call(t.app, team.outsider.token, {
        method: 'POST',
        url: '/api/customers/',
        payload: { name: 'Bulk elsewhere' },
      })
    ).json<{ id: number }>();
    const res = await as(team.employee, 'POST', '/api/customers/bulk/', {
      ids: [unassigned.id, managers.id, elsewhere.id, 2 ** 31 - 1],
      action: 'assign',
      assigned_to: team.employee.employeeId,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().done).toEqual([unassigned.id]);
    expect(res.json().refused).toEqual([
      { id: managers.id, code: 'permission_denied', message: expect.any(String) },
      { id: elsewhere.id, code: 'not_found', message: expect.any(String) },
      { id: 2 ** 31 - 1, code: 'not_found', message: expect.any(String) },
    ]);
    // One audit row per record done.
    const audit = await t.db.kysely
      .selectFrom('audit_logs')
      .selectAll()
      .where('resource_type', '=', 'customer')
      .where('resource_id', '=', unassigned.id)
      .where('action', '=', 'update')
      .execute();
    expect(audit).toHaveLength(1);

    const withDeal = await ok(team.owner, 'POST', '/api/customers/', { name: 'Bulk with a deal' });
    await ok(team.owner, 'POST', '/api/deals/', { title: 'Keeps it', customer_id: withDeal.id });
    const removable = await ok(team.owner, 'POST', '/api/customers/', { name: 'Bulk removable' });
    const deleted = await ok<{ done: number[]; refused: { id: number; code: string }[] }>(
      team.manager,
      'POST',
      '/api/customers/bulk/',
      {
        ids: [withDeal.id, removable.id],
        action: 'delete',
      },
    );
    expect(deleted.done).toEqual([removable.id]);
    expect(deleted.refused).toEqual([expect.objectContaining({ id: withDeal.id, code: 'conflict' })]);

    const lead = await ok(team.owner, 'POST', '/api/leads/', { company: 'Bulk converted' });
    await ok(team.owner, 'POST', `/api/leads/${lead.id}/convert/`, {});
    const statuses = await ok<{ refused: { code: string }[] }>(team.owner, 'POST', '/api/leads/bulk/', {
      ids: [lead.id],
      action: 'set_status',
      status: 'contacted',
    });
    expect(statuses.refused).toEqual([expect.objectContaining({ code: 'conflict' })]);

    const other = await ok<{ stages: { id: number }[] }>(team.owner, 'POST', '/api/pipelines/', {
      name: 'Bulk other pipeline',
    });
    const deal = await ok(team.owner, 'POST', '/api/deals/', { title: 'Bulk deal', customer_id: withDeal.id });
    const moved = await ok<{ done: number[]; refused: { code: string }[] }>(team.owner, 'POST', '/api/deals/bulk/', {
      ids: [deal.id],
      action: 'move_stage',
      stage_id: other.stages[1]?.id,
    });
    expect(moved.refused).toEqual([expect.objectContaining({ code: 'conflict' })]);
  });

  it("an Employee's bulk delete is a 403 with nothing done; a bad request is a 400", async () => {
    const own = await ok(team.employee, 'POST', '/api/leads/', { company: 'Not deleted' });
    const res = await as(team.employee, 'POST', '/api/leads/bulk/', { ids: [own.id], action: 'delete' });
    expect(res.statusCode).toBe(403);
    expect((await as(team.employee, 'GET', `/api/leads/${own.id}/`)).statusCode).toBe(200);
    for (const body of [
      { action: 'delete' },
      { ids: [own.id], filter: {}, action: 'delete' },
      { ids: [], action: 'delete' },
      { ids: [own.id], action: 'explode' },
      { ids: [own.id], action: 'set_status', status: 'converted' },
      { ids: [own.id], action: 'assign' },
      { ids: Array.from({ length: 10_001 }, (_, i) => i + 1), action: 'delete' },
    ]) {
      expect(
        (await as(team.owner, 'POST', '/api/leads/bulk/', body)).statusCode,
        JSON.stringify(body).slice(0, 80),
      ).toBe(400);
    }
    expect(
      (await as(team.owner, 'POST', '/api/leads/bulk/', { ids: [own.id], action: 'assign', assigned_to: 2 ** 31 - 1 }))
        .statusCode,
    ).toBe(400);
  });

  it("by filter, applies the list filters and the caller's visibility", async () => {
    const narrow = await createTeam(t.app, t.db);
    const asN = (member: TeamMember, method: Method, url: string, payload?: object) =>
      call(t.app, member.token, { method, url, org: narrow.organizationId, ...(payload ? { payload } : {}) });
    await asN(narrow.owner, 'PATCH', `/api/organizations/${narrow.organizationId}/`, {
      record_visibility: { employee: 'own' },
    });
    const mine = (await asN(narrow.employee, 'POST', '/api/customers/', { name: 'Filter own' })).json().id;
    const hidden = (await asN(narrow.owner, 'POST', '/api/customers/', { name: 'Filter hidden' })).json().id;
    const res = await asN(narrow.employee, 'POST', '/api/customers/bulk/', {
      filter: { search: 'filter' },
      action: 'set_status',
      status: 'vip',
    });
    expect(res.json()).toEqual({ done: [mine], refused: [] });
    expect((await asN(narrow.owner, 'GET', `/api/customers/${hidden}/`)).json().status).toBe('active');
  });

  it('writes 10,000 records in batches while another organization writes at once', async () => {
    const big = await createTeam(t.app, t.db);
    const now = new Date().toISOString();
    for (let start = 0; start < 10_000; start += 500) {
      const rows = Array.from({ length: 500 }, (_, i) => ({
        organization_id: big.organizationId,
        code: `CUST-${String(start + i + 1).padStart(5, '0')}`,
        name: `Bulk ${start + i}`,
        customer_type: 'individual' as const,
        status: 'active' as const,
        search_text: `bulk ${start + i}`,
        custom_fields: '{}',
        tags: '[]',
        created_by: big.owner.user.id,
        created_at: now,
        updated_at: now,
      }));
      await t.db.kysely.insertInto('customers').values(rows).execute();
    }
    const order: string[] = [];
    const bulk = call(t.app, big.owner.token, {
      method: 'POST',
      url: '/api/customers/bulk/',
      org: big.organizationId,
      payload: { filter: {}, action: 'assign', assigned_to: big.employee.employeeId },
    }).then((res) => {
      order.push('bulk');
      return res;
    });
    // Give the bulk a head start, then write in another organization meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const other = await call(t.app, team.owner.token, {
      method: 'POST',
      url: '/api/customers/',
      org: team.organizationId,
      payload: { name: 'Written meanwhile' },
    });
    order.push('other');
    expect(other.statusCode).toBe(201);
    const res = await bulk;
    expect(res.statusCode).toBe(200);
    expect(order).toEqual(['other', 'bulk']);
    expect(res.json().done).toHaveLength(10_000);
    expect(res.json().refused).toEqual([]);
    const assigned = await t.db.kysely
      .selectFrom('customers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organization_id', '=', big.organizationId)
      .where('assigned_to', '=', big.employee.employeeId)
      .executeTakeFirstOrThrow();
    expect(Number(assigned.n)).toBe(10_000);
    const audits = await sql<{
      n: number;
    }>`select count(*) as n from audit_logs where organization_id = ${big.organizationId} and resource_type = 'customer' and action = 'update'`.execute(
      t.db.kysely,
    );
    expect(Number(audits.rows[0]?.n)).toBe(10_000);
    // A filter matching more than 10,000 records is refused whole.
    await t.db.kysely
      .insertInto('customers')
      .values({
        organization_id: big.organizationId,
        code: 'CUST-99999',
        name: 'One too many',
        customer_type: 'individual',
        status: 'active',
        search_text: 'one too many',
        custom_fields: '{}',
        tags: '[]',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const tooMany = await call(t.app, big.owner.token, {
      method: 'POST',
      url: '/api/customers/bulk/',
      org: big.organizationId,
      payload: { filter: {}, action: 'set_status', status: 'vip' },
    });
    expect(tooMany.statusCode).toBe(400);
  }, 120_000);
});

describe('my work', () => {
  it("buckets open tasks by the organization's midnight, not UTC's", async () => {
    // 10:30 UTC is 23:30 on 10 January in Auckland (NZDT, +13): "today" ends at 11:00 UTC.
    await ok(team.owner, 'PATCH', `/api/organizations/${team.organizationId}/`, { timezone: 'Pacific/Auckland' });
    const customer = await ok(team.owner, 'POST', '/api/customers/', { name: 'My work holder' });
    const task = async (subject: string, due_at: string | null, member = team.employee) =>
      ok(member, 'POST', '/api/activities/', { type: 'task', subject, customer_id: customer.id, due_at });
    const overdueLong = await task('Overdue yesterday', '2026-01-09T12:00:00.000Z');
    const overdue = await task('Overdue an hour', '2026-01-10T09:30:00.000Z');
    const today = await task('Due before local midnight', '2026-01-10T10:45:00.000Z');
    const upcoming = await task('Due after local midnight, same UTC day', '2026-01-10T11:15:00.000Z');
    const done = await task('Done already', '2026-01-10T10:40:00.000Z');
    await ok(team.employee, 'POST', `/api/activities/${done.id}/complete/`);
    await task('No due date', null);
    await task("A colleague's", '2026-01-10T10:50:00.000Z', team.manager);
    const bucket = async (due: string) =>
      idsOf(
        await ok<{ results: { id: number }[] }>(team.employee, 'GET', `/api/activities/?assigned_to=me&due=${due}`),
      );
    expect(await bucket('overdue')).toEqual([overdueLong.id, overdue.id].sort((a, b) => a - b));
    expect(await bucket('today')).toEqual([today.id]);
    expect(await bucket('upcoming')).toEqual([upcoming.id]);
    // Half an hour later it is midnight there: the 10th's "today" is overdue, "upcoming" is today.
    clock.advance(30 * 60_000);
    expect(await bucket('overdue')).toEqual([overdueLong.id, overdue.id, today.id].sort((a, b) => a - b));
    expect(await bucket('today')).toEqual([upcoming.id]);
    expect((await as(team.employee, 'GET', '/api/activities/?due=later')).statusCode).toBe(400);
  });
});
