import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
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

async function createLead(member: TeamMember, payload: object = { first_name: 'Ada', last_name: 'Lovelace' }) {
  const res = await as(member, 'POST', '/api/leads/', payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('leads CRUD', () => {
  it('creates with a code, defaults and derived fields, ignoring read-only fields; reads it back', async () => {
    const lead = await createLead(team.owner, {
      first_name: '  Grace ',
      last_name: 'Hopper',
      email: 'Grace@Navy.Example',
      company: 'US Navy',
      estimated_value: '1500.5',
      assigned_to: team.manager.employeeId,
      custom_fields: { budget: 'approved' },
      tags: ['hot', 'hot', 'q4'],
      code: 'HACK-1',
      score: 99,
      converted_to_customer_id: 1,
      organization_id: team.outsider.organization.id,
    });
    expect(lead).toMatchObject({
      first_name: 'Grace',
      last_name: 'Hopper',
      full_name: 'Grace Hopper',
      email: 'grace@navy.example',
      company: 'US Navy',
      source: 'other',
      status: 'new',
      score: 25,
      estimated_value: '1500.50',
      assigned_to: team.manager.employeeId,
      assigned_to_name: expect.any(String),
      converted_to_customer_id: null,
      converted_at: null,
      custom_fields: { budget: 'approved' },
      tags: ['hot', 'q4'],
      created_by: team.owner.user.id,
      phone: null,
    });
    expect(lead.code).toMatch(/^LEAD-\d{3,}$/);
    const read = await as(team.employee, 'GET', `/api/leads/${lead.id}/`);
    expect(read.statusCode).toBe(200);
    expect(lead.permissions).toEqual({ update: true, delete: true, assign: true, convert: true });
    const readerMay = { update: false, delete: false, assign: lead.assigned_to === null, convert: false };
    expect(read.json()).toEqual({ ...lead, permissions: readerMay });
  });

  it('full_name falls back to the company', async () => {
    expect((await createLead(team.owner, { company: 'Initech' })).full_name).toBe('Initech');
    expect((await createLead(team.owner, { last_name: 'Solo', company: 'Initech' })).full_name).toBe('Solo');
  });

  it('PATCH changes only what is sent; null clears; PUT needs a name', async () => {
    const lead = await createLead(team.owner, { first_name: 'Ann', phone: '+1 555', notes: 'met at fair' });
    const patched = await as(team.owner, 'PATCH', `/api/leads/${lead.id}/`, { notes: null, status: 'contacted' });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ first_name: 'Ann', phone: '+1 555', notes: null, status: 'contacted' });
    const put = await as(team.owner, 'PUT', `/api/leads/${lead.id}/`, { phone: '+1 777' });
    expect(put.statusCode).toBe(400);
    expect(put.json().errors).toHaveProperty('non_field_errors');
    const putOk = await as(team.owner, 'PUT', `/api/leads/${lead.id}/`, { company: 'Umbrella' });
    expect(putOk.json()).toMatchObject({ first_name: 'Ann', company: 'Umbrella', phone: '+1 555' });
  });

  it('a PATCH may not leave the lead without any name', async () => {
    const lead = await createLead(team.owner, { company: 'Hooli' });
    const res = await as(team.owner, 'PATCH', `/api/leads/${lead.id}/`, { company: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toHaveProperty('non_field_errors');
  });

  it('delete answers 204, then 404', async () => {
    const lead = await createLead(team.manager);
    expect((await as(team.manager, 'DELETE', `/api/leads/${lead.id}/`)).statusCode).toBe(204);
    expect((await as(team.owner, 'GET', `/api/leads/${lead.id}/`)).statusCode).toBe(404);
  });

  it('writes an audit row for every write', async () => {
    const lead = await createLead(team.owner);
    await as(team.owner, 'PATCH', `/api/leads/${lead.id}/`, { notes: 'x' });
    await as(team.owner, 'POST', `/api/leads/${lead.id}/qualify/`);
    await as(team.owner, 'POST', `/api/leads/${lead.id}/disqualify/`);
    await as(team.owner, 'DELETE', `/api/leads/${lead.id}/`);
    const rows = await t.db.kysely
      .selectFrom('audit_logs')
      .select(['action', 'changes'])
      .where('resource_type', '=', 'lead')
      .where('resource_id', '=', lead.id)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'qualify', 'disqualify', 'delete']);
    expect(JSON.parse(rows[2]?.changes ?? '{}')).toMatchObject({ status: { old: 'new', new: 'qualified' } });
  });
});

describe('lead score', () => {
  const name = { first_name: 'Solo' };
  const table: [string, object, number][] = [
    ['nothing', {}, 0],
    ['email', { email: 'a@b.example' }, 10],
    ['phone', { phone: '+1 555' }, 10],
    ['company', { company: 'Acme' }, 15],
    ['job title', { job_title: 'CTO' }, 10],
    ['referral', { source: 'referral' }, 25],
    ['partner', { source: 'partner' }, 20],
    ['website', { source: 'website' }, 15],
    ['social media', { source: 'social_media' }, 0],
    ['email campaign', { source: 'email_campaign' }, 0],
    ['cold call', { source: 'cold_call' }, 0],
    ['event', { source: 'event' }, 0],
    ['other', { source: 'other' }, 0],
    ['blank strings', { email: '', phone: '   ', company: ' ', job_title: '\t' }, 0],
    ['value 10000.00', { estimated_value: '10000.00' }, 0],
    ['value 10000.01', { estimated_value: '10000.01' }, 10],
    ['value 50000.00', { estimated_value: 50000 }, 10],
    ['value 50000.01', { estimated_value: '50000.01' }, 15],
    ['value 100000.00', { estimated_value: '100000.00' }, 15],
    ['value 100000.01', { estimated_value: '100000.01' }, 20],
    [
      'everything (the maximum)',
      {
        email: 'a@b.example',
        phone: '1',
        company: 'Acme',
        job_title: 'CEO',
        source: 'referral',
        estimated_value: '999999.99',
      },
      90,
    ],
  ];
  it.each(table.map(([label, payload, score]) => ({ label, payload, score })))(
    '$label → $score',
    async ({ payload, score }) => {
      expect((await createLead(team.owner, { ...name, ...payload })).score).toBe(score);
    },
  );

  it('is recomputed on PATCH from the merged record; a client-sent score is ignored', async () => {
    const lead = await createLead(team.owner, { ...name, email: 'a@b.example', score: 80 });
    expect(lead.score).toBe(10);
    const patched = (
      await as(team.owner, 'PATCH', `/api/leads/${lead.id}/`, { phone: '+1', source: 'partner', score: 5 })
    ).json();
    expect(patched.score).toBe(40);
    const cleared = (
      await as(team.owner, 'PATCH', `/api/leads/${lead.id}/`, { email: null, estimated_value: '60000' })
    ).json();
    expect(cleared.score).toBe(45);
  });
});

describe('leads validation', () => {
  it('needs a first name, a last name or a company', async () => {
    for (const payload of [{}, { first_name: '', last_name: '  ', company: null, email: 'a@b.example' }]) {
      const res = await as(team.owner, 'POST', '/api/leads/', payload);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'validation_error',
        errors: { non_field_errors: [expect.any(String)] },
      });
    }
  });

  it('answers field errors for a bad email, source, status, money and assignee', async () => {
    const res = await as(team.owner, 'POST', '/api/leads/', {
      first_name: 'X',
      email: 'not-an-email',
      source: 'carrier_pigeon',
      status: 'converted',
      estimated_value: '10.123',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().errors).sort()).toEqual(['email', 'estimated_value', 'source', 'status']);
    const badAssignee = await as(team.owner, 'POST', '/api/leads/', {
      first_name: 'X',
      assigned_to: team.outsider.employeeId,
    });
    expect(badAssignee.statusCode).toBe(400);
    expect(badAssignee.json().errors).toHaveProperty('assigned_to');
  });
});

describe('leads roles', () => {
  it('Employee reads all, creates assigned to self, updates only own, cannot reassign or delete', async () => {
    const others = await createLead(team.manager, { first_name: 'Theirs', assigned_to: team.manager.employeeId });
    expect((await as(team.employee, 'GET', `/api/leads/${others.id}/`)).statusCode).toBe(200);
    for (const [method, url, payload] of [
      ['PATCH', `/api/leads/${others.id}/`, { notes: 'mine now' }],
      ['PUT', `/api/leads/${others.id}/`, { first_name: 'Mine' }],
      ['POST', `/api/leads/${others.id}/qualify/`],
      ['POST', `/api/leads/${others.id}/disqualify/`],
      ['POST', `/api/leads/${others.id}/convert/`],
    ] as const) {
      const denied = await as(team.employee, method, url, payload);
      expect(denied.statusCode, url).toBe(403);
      expect(denied.json().code).toBe('permission_denied');
    }

    const own = await createLead(team.employee);
    expect(own.assigned_to).toBe(team.employee.employeeId);
    const elsewhere = await as(team.employee, 'POST', '/api/leads/', {
      first_name: 'Y',
      assigned_to: team.manager.employeeId,
    });
    expect(elsewhere.statusCode).toBe(403);
    expect((await as(team.employee, 'PATCH', `/api/leads/${own.id}/`, { notes: 'called' })).statusCode).toBe(200);
    expect((await as(team.employee, 'POST', `/api/leads/${own.id}/qualify/`)).statusCode).toBe(200);
    expect(
      (await as(team.employee, 'PATCH', `/api/leads/${own.id}/`, { assigned_to: team.manager.employeeId })).statusCode,
    ).toBe(403);
    expect((await as(team.employee, 'DELETE', `/api/leads/${own.id}/`)).statusCode).toBe(403);
  });

  it("another organization's lead is 404 on every route", async () => {
    const lead = await createLead(team.owner);
    for (const [method, url, payload] of [
      ['GET', ''],
      ['PATCH', '', { notes: 'x' }],
      ['PUT', '', { first_name: 'x' }],
      ['DELETE', ''],
      ['POST', 'qualify/'],
      ['POST', 'disqualify/'],
      ['POST', 'convert/'],
    ] as const) {
      const res = await as(team.outsider, method, `/api/leads/${lead.id}/${url}`, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = (await as(team.outsider, 'GET', '/api/leads/')).json();
    expect(list.results.map((l: { id: number }) => l.id)).not.toContain(lead.id);
    expect((await as(team.owner, 'GET', `/api/leads/${lead.id}/`)).json().status).toBe('new');
  });
});

describe('leads list', () => {
  it('searches, filters, orders and paginates', async () => {
    const fresh = await createTeam(t.app, t.db);
    const mk = async (payload: object) => {
      const res = await asMember(t.app, fresh, fresh.owner, { method: 'POST', url: '/api/leads/', payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    await mk({ first_name: 'Zed', last_name: 'Zulu', email: 'zed@zeta.example', source: 'referral' });
    const alpha = await mk({
      company: 'Alphabet Holdings',
      phone: '+33 612 345',
      source: 'partner',
      assigned_to: fresh.manager.employeeId,
    });
    await mk({ first_name: 'Beth', job_title: 'Buyer', estimated_value: '20000' });
    for (let i = 0; i < 3; i++) await mk({ first_name: `Filler ${i}`, status: 'contacted' });
    const list = (url: string) => asMember(t.app, fresh, fresh.owner, { method: 'GET', url });
    const names = async (url: string) =>
      (await list(url)).json().results.map((l: { full_name: string }) => l.full_name);

    expect(await names('/api/leads/?search=ALPHABET')).toEqual(['Alphabet Holdings']);
    expect(await names('/api/leads/?search=zeta.ex')).toEqual(['Zed Zulu']);
    expect(await names('/api/leads/?search=zed zu')).toEqual(['Zed Zulu']);
    expect(await names('/api/leads/?search=612 3')).toEqual(['Alphabet Holdings']);
    expect(await names(`/api/leads/?search=${alpha.code}`)).toEqual(['Alphabet Holdings']);
    expect((await list('/api/leads/?search=lead-00')).json().count).toBe(6);
    expect((await list('/api/leads/?search=100%25')).json().count).toBe(0);
    expect((await list('/api/leads/?status=contacted')).json().count).toBe(3);
    expect(await names('/api/leads/?source=partner')).toEqual(['Alphabet Holdings']);
    const assigned = (await list(`/api/leads/?assigned_to=${fresh.manager.employeeId}`)).json().results;
    expect(assigned).toHaveLength(1);
    expect(assigned[0].assigned_to_name).toEqual(expect.any(String));
    expect((await list('/api/leads/?status=gone')).statusCode).toBe(400);

    expect((await names('/api/leads/?ordering=-score')).slice(0, 3)).toEqual(['Alphabet Holdings', 'Zed Zulu', 'Beth']);
    expect((await names('/api/leads/?ordering=first_name')).slice(0, 2)).toEqual(['Beth', 'Filler 0']);
    expect((await names('/api/leads/?ordering=-estimated_value'))[0]).toBe('Beth');
    expect((await names('/api/leads/'))[0]).toBe('Filler 2');
    const badOrdering = await list('/api/leads/?ordering=search_text');
    expect(badOrdering.statusCode).toBe(400);
    expect(badOrdering.json().errors).toHaveProperty('ordering');

    const page1 = (await list('/api/leads/?page_size=4&ordering=code')).json();
    expect(page1).toMatchObject({
      count: 6,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/leads/?page_size=4&ordering=code&page=2`,
    });
    const page2 = (await list('/api/leads/?page_size=4&ordering=code&page=2')).json();
    expect(page2.results).toHaveLength(2);
    expect(page2.previous).toBe(`${TEST_PUBLIC_URL}/api/leads/?page_size=4&ordering=code`);
    expect((await list('/api/leads/?page=3&page_size=4')).statusCode).toBe(404);

    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`/api/leads/?created_after=${today}&created_before=${today}`)).json().count).toBe(6);
    expect((await list('/api/leads/?created_before=2000-01-01')).json().count).toBe(0);
    expect((await list('/api/leads/?created_after=yesterday')).statusCode).toBe(400);
  });
});
