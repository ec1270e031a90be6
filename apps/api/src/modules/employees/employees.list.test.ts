import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { asMember, createTeam, registerUser, type Team } from '../../test/factories.js';

let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const names = (body: { results: { first_name: string }[] }) => body.results.map((e) => e.first_name);

describe('employees list', () => {
  it('searches, filters, orders and paginates', async () => {
    const fresh = await createTeam(t.app, t.db);
    const mk = async (payload: object) => {
      const res = await asMember(t.app, fresh, fresh.owner, { method: 'POST', url: '/api/employees/', payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const boss = await mk({
      first_name: 'Bea',
      last_name: 'Boss',
      department: 'Sales',
      hire_date: '2020-01-01',
      email: 'bea@corp.example',
    });
    await mk({
      first_name: 'Cal',
      last_name: 'Crane',
      department: 'Sales',
      position: 'Account Executive',
      manager_id: boss.id,
      hire_date: '2022-05-01',
    });
    await mk({ first_name: 'Dee', last_name: 'Dunn', department: 'Support', status: 'on_leave', manager_id: boss.id });
    await mk({ first_name: 'Eve', last_name: 'Evans', status: 'terminated', hire_date: '2021-03-03' });
    const list = (url: string) => asMember(t.app, fresh, fresh.owner, { method: 'GET', url });
    // The four created here and the team's four members (whose first name is their username).
    expect((await list('/api/employees/')).json().count).toBe(8);

    expect(names((await list('/api/employees/?search=BEA BOSS')).json())).toEqual(['Bea']);
    expect(names((await list('/api/employees/?search=corp.ex')).json())).toEqual(['Bea']);
    expect(names((await list('/api/employees/?search=account exec')).json())).toEqual(['Cal']);
    expect(names((await list('/api/employees/?search=ev')).json())).toEqual(['Eve']);
    // Members' records are searchable too: createEmployeeForMember fills the search text.
    expect(
      (await list(`/api/employees/?search=${fresh.employee.user.email.toUpperCase()}`))
        .json()
        .results.map((e: { id: number }) => e.id),
    ).toEqual([fresh.employee.employeeId]);

    expect(names((await list('/api/employees/?department=SALES&ordering=first_name')).json())).toEqual(['Bea', 'Cal']);
    expect((await list('/api/employees/?department=Sal')).json().count).toBe(0);
    expect(names((await list('/api/employees/?status=on_leave')).json())).toEqual(['Dee']);
    expect(names((await list(`/api/employees/?manager=${boss.id}&ordering=-last_name`)).json())).toEqual([
      'Dee',
      'Cal',
    ]);
    expect((await list('/api/employees/?manager=abc')).statusCode).toBe(400);
    expect((await list('/api/employees/?manager=99999999999')).statusCode).toBe(400);

    // Empty values sort last in both directions, on both databases.
    const byHire = names((await list('/api/employees/?ordering=hire_date')).json());
    expect([byHire.slice(0, 3), byHire[7]]).toEqual([['Bea', 'Eve', 'Cal'], 'Dee']);
    const byHireDesc = names((await list('/api/employees/?ordering=-hire_date')).json());
    expect([byHireDesc.slice(4), byHireDesc[7]]).toEqual([['Cal', 'Eve', 'Bea', 'Dee'], 'Dee']);
    const departments = async (ordering: string) =>
      (await list(`/api/employees/?ordering=${ordering}`))
        .json()
        .results.map((e: { department: string | null }) => e.department?.toLowerCase() ?? null);
    expect(await departments('department')).toEqual(['sales', 'sales', 'support', null, null, null, null, null]);
    expect(await departments('-department')).toEqual(['support', 'sales', 'sales', null, null, null, null, null]);
    const bad = await list('/api/employees/?ordering=password');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toHaveProperty('ordering');

    const page1 = (await list('/api/employees/?page_size=3&ordering=created_at')).json();
    expect(page1).toMatchObject({
      count: 8,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/employees/?page_size=3&ordering=created_at&page=2`,
    });
    expect(names((await list('/api/employees/?page_size=3&ordering=created_at&page=3')).json())).toEqual([
      'Dee',
      'Eve',
    ]);
    expect((await list('/api/employees/?page_size=3&page=4')).statusCode).toBe(404);

    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`/api/employees/?created_after=${today}&created_before=${today}`)).json().count).toBe(8);
    expect((await list('/api/employees/?created_before=2000-01-01')).json().count).toBe(0);
    expect((await list('/api/employees/?created_after=yesterday')).statusCode).toBe(400);
  });
});

describe('GET /api/employees/me/', () => {
  it("answers every staff member's own record", async () => {
    for (const member of [team.owner, team.admin, team.manager, team.employee]) {
      const res = await asMember(t.app, team, member, { method: 'GET', url: '/api/employees/me/' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: member.employeeId, user_id: member.user.id, has_login: true });
    }
    const outsider = await asMember(t.app, team, team.outsider, { method: 'GET', url: '/api/employees/me/' });
    expect(outsider.json().id).toBe(team.outsider.employeeId);
  });

  it('is 404 for a client, who cannot list employees either', async () => {
    const client = await registerUser(t.app);
    const now = new Date().toISOString();
    await t.db.kysely
      .insertInto('memberships')
      .values({
        user_id: client.user.id,
        organization_id: team.organizationId,
        role: 'client',
        status: 'active',
        joined_at: now,
        updated_at: now,
      })
      .execute();
    const me = await call(t.app, client.token, { method: 'GET', url: '/api/employees/me/', org: team.organizationId });
    expect(me.statusCode).toBe(404);
    const list = await call(t.app, client.token, { method: 'GET', url: '/api/employees/', org: team.organizationId });
    expect(list.statusCode).toBe(403);
  });

  it('needs authentication', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/employees/me/' })).statusCode).toBe(401);
  });
});
