import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { asMember, createTeam, type Team, type TeamMember } from '../../test/factories.js';

let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const as = (member: TeamMember, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  asMember(t.app, team, member, { method, url, ...(payload ? { payload } : {}) });

async function createEmployee(payload: object = {}, member: TeamMember = team.owner) {
  const res = await as(member, 'POST', '/api/employees/', { first_name: 'Ada', last_name: 'Lovelace', ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('employees CRUD', () => {
  it('creates with defaults and derived fields, ignoring read-only ones; reads it back', async () => {
    const employee = await createEmployee({
      first_name: '  Grace ',
      last_name: 'Hopper',
      email: 'Grace@Navy.Example',
      department: 'Engineering',
      position: 'Rear Admiral',
      hire_date: '2024-02-29',
      manager_id: team.manager.employeeId,
      user_id: team.outsider.user.id,
      has_login: true,
      full_name: 'Hack',
      organization_id: team.outsider.organization.id,
    });
    expect(employee).toMatchObject({
      first_name: 'Grace',
      last_name: 'Hopper',
      full_name: 'Grace Hopper',
      email: 'grace@navy.example',
      department: 'Engineering',
      hire_date: '2024-02-29',
      status: 'active',
      manager_id: team.manager.employeeId,
      manager_name: expect.any(String),
      user_id: null,
      has_login: false,
      phone: null,
      created_by: team.owner.user.id,
    });
    const read = await as(team.employee, 'GET', `/api/employees/${employee.id}/`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(employee);
  });

  it('staff members have linked records with a login', async () => {
    const res = await as(team.manager, 'GET', `/api/employees/${team.admin.employeeId}/`);
    expect(res.json()).toMatchObject({ user_id: team.admin.user.id, has_login: true, email: team.admin.user.email });
  });

  it('PATCH changes only what is sent; null clears; PUT needs the required fields', async () => {
    const employee = await createEmployee({ phone: '+1 555', department: 'Sales' });
    const patched = await as(team.admin, 'PATCH', `/api/employees/${employee.id}/`, {
      department: null,
      status: 'on_leave',
      user_id: 5,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      phone: '+1 555',
      department: null,
      status: 'on_leave',
      first_name: 'Ada',
      user_id: null,
    });
    const put = await as(team.owner, 'PUT', `/api/employees/${employee.id}/`, { phone: '+1 777' });
    expect(put.statusCode).toBe(400);
    expect(Object.keys(put.json().errors).sort()).toEqual(['first_name', 'last_name']);
    const replaced = await as(team.owner, 'PUT', `/api/employees/${employee.id}/`, {
      first_name: 'Augusta',
      last_name: 'King',
    });
    expect(replaced.json()).toMatchObject({ full_name: 'Augusta King', phone: '+1 555', status: 'on_leave' });
  });

  it('validation errors at the fields', async () => {
    const res = await as(team.owner, 'POST', '/api/employees/', {
      first_name: '',
      email: 'bad',
      status: 'fired',
      hire_date: '2023-02-30',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_error');
    expect(Object.keys(res.json().errors).sort()).toEqual(['email', 'first_name', 'hire_date', 'last_name', 'status']);
    for (const manager_id of [999999, team.outsider.employeeId]) {
      const bad = await as(team.owner, 'POST', '/api/employees/', { first_name: 'A', last_name: 'B', manager_id });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toHaveProperty('manager_id');
    }
  });

  it('refuses a manager who is the employee or reports to them, however indirectly', async () => {
    const top = await createEmployee({ first_name: 'Top' });
    const middle = await createEmployee({ first_name: 'Middle', manager_id: top.id });
    const bottom = await createEmployee({ first_name: 'Bottom', manager_id: middle.id });
    for (const [id, manager_id] of [
      [top.id, top.id],
      [top.id, middle.id],
      [top.id, bottom.id],
      [middle.id, bottom.id],
    ]) {
      const res = await as(team.owner, 'PATCH', `/api/employees/${id}/`, { manager_id });
      expect(res.statusCode, `${id} → ${manager_id}`).toBe(400);
      expect(res.json().errors).toHaveProperty('manager_id');
    }
    const moved = await as(team.owner, 'PATCH', `/api/employees/${bottom.id}/`, { manager_id: top.id });
    expect(moved.json()).toMatchObject({ manager_id: top.id, manager_name: 'Top Lovelace' });
    expect(
      (await as(team.owner, 'PATCH', `/api/employees/${middle.id}/`, { manager_id: null })).json().manager_id,
    ).toBeNull();
  });
});

describe('employees roles', () => {
  it('Owner and Admin write; Manager and Employee read only', async () => {
    const employee = await createEmployee({}, team.admin);
    for (const member of [team.manager, team.employee]) {
      expect((await as(member, 'GET', `/api/employees/${employee.id}/`)).statusCode).toBe(200);
      expect((await as(member, 'GET', '/api/employees/')).statusCode).toBe(200);
      const denied = await as(member, 'POST', '/api/employees/', { first_name: 'A', last_name: 'B' });
      expect(denied.statusCode).toBe(403);
      expect(denied.json().code).toBe('permission_denied');
      expect((await as(member, 'PATCH', `/api/employees/${employee.id}/`, { phone: '1' })).statusCode).toBe(403);
      expect(
        (await as(member, 'PUT', `/api/employees/${employee.id}/`, { first_name: 'A', last_name: 'B' })).statusCode,
      ).toBe(403);
      expect((await as(member, 'DELETE', `/api/employees/${employee.id}/`)).statusCode).toBe(403);
    }
    expect((await as(team.admin, 'DELETE', `/api/employees/${employee.id}/`)).statusCode).toBe(204);
  });

  it("another organization's employee is 404 on every route", async () => {
    const employee = await createEmployee();
    for (const [method, payload] of [
      ['GET'],
      ['PATCH', { phone: 'x' }],
      ['PUT', { first_name: 'x', last_name: 'y' }],
      ['DELETE'],
    ] as const) {
      const res = await as(team.outsider, method, `/api/employees/${employee.id}/`, payload);
      expect(res.statusCode, method).toBe(404);
    }
    const list = (await as(team.outsider, 'GET', '/api/employees/?page_size=100')).json();
    expect(list.results.map((e: { id: number }) => e.id)).toEqual([team.outsider.employeeId]);
    expect((await as(team.owner, 'GET', '/api/employees/99999999999/')).statusCode).toBe(404);
  });
});

describe('deleting an employee', () => {
  it('is refused while a staff membership links it, suspended or not', async () => {
    const res = await as(team.owner, 'DELETE', `/api/employees/${team.employee.employeeId}/`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'conflict', errors: { members: [expect.any(String)] } });

    const fresh = await createTeam(t.app, t.db);
    const suspend = (status: 'active' | 'suspended') =>
      t.db.kysely
        .updateTable('memberships')
        .set({ status })
        .where('organization_id', '=', fresh.organizationId)
        .where('user_id', '=', fresh.employee.user.id)
        .execute();
    await suspend('suspended');
    const del = () =>
      asMember(t.app, fresh, fresh.owner, { method: 'DELETE', url: `/api/employees/${fresh.employee.employeeId}/` });
    expect((await del()).statusCode).toBe(409);
    // Once the member is gone, the record left behind can go.
    await t.db.kysely
      .deleteFrom('memberships')
      .where('organization_id', '=', fresh.organizationId)
      .where('user_id', '=', fresh.employee.user.id)
      .execute();
    expect((await del()).statusCode).toBe(204);
  });

  it('clears assigned_to on sales records and manager_id on reports, then answers 404', async () => {
    const leaving = await createEmployee({ first_name: 'Leaving' });
    const report = await createEmployee({ first_name: 'Report', manager_id: leaving.id });
    const assigned = { assigned_to: leaving.id };
    const customer = (await as(team.owner, 'POST', '/api/customers/', { name: 'Acme', ...assigned })).json();
    const lead = (await as(team.owner, 'POST', '/api/leads/', { first_name: 'Lee', ...assigned })).json();
    const deal = (
      await as(team.owner, 'POST', '/api/deals/', { title: 'Big', customer_id: customer.id, ...assigned })
    ).json();
    const activity = (
      await as(team.owner, 'POST', '/api/activities/', {
        type: 'call',
        subject: 'Hi',
        customer_id: customer.id,
        ...assigned,
      })
    ).json();
    for (const record of [customer, lead, deal, activity]) expect(record.assigned_to).toBe(leaving.id);

    expect((await as(team.owner, 'DELETE', `/api/employees/${leaving.id}/`)).statusCode).toBe(204);
    expect((await as(team.owner, 'GET', `/api/employees/${leaving.id}/`)).statusCode).toBe(404);
    expect((await as(team.owner, 'GET', `/api/employees/${report.id}/`)).json()).toMatchObject({
      manager_id: null,
      manager_name: null,
    });
    for (const url of [
      `/api/customers/${customer.id}/`,
      `/api/leads/${lead.id}/`,
      `/api/deals/${deal.id}/`,
      `/api/activities/${activity.id}/`,
    ]) {
      const res = await as(team.owner, 'GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.json(), url).toMatchObject({ assigned_to: null, assigned_to_name: null });
    }
  });
});
