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

const as = (member: TeamMember, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  asMember(t.app, team, member, { method, url, ...(payload ? { payload } : {}) });

async function createLead(member: TeamMember, payload: object = {}) {
  const res = await as(member, 'POST', '/api/leads/', { first_name: 'Ada', last_name: 'Lovelace', ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function convert(member: TeamMember, id: number, payload?: object) {
  const res = await as(member, 'POST', `/api/leads/${id}/convert/`, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const customersFromLead = (leadId: number) =>
  t.db.kysely.selectFrom('customers').select('id').where('converted_from_lead_id', '=', leadId).execute();

describe('qualify and disqualify', () => {
  it('set the status and answer the full record', async () => {
    const lead = await createLead(team.owner, { email: 'ada@example.com' });
    const qualified = await as(team.manager, 'POST', `/api/leads/${lead.id}/qualify/`);
    expect(qualified.statusCode).toBe(200);
    expect(qualified.json()).toMatchObject({ id: lead.id, status: 'qualified', score: 10, full_name: 'Ada Lovelace' });
    const disqualified = await as(team.manager, 'POST', `/api/leads/${lead.id}/disqualify/`);
    expect(disqualified.json().status).toBe('unqualified');
  });
});

describe('convert', () => {
  it('without a body: creates the customer from the lead, no deal', async () => {
    const lead = await createLead(team.owner, {
      company: 'Analytical Engines',
      email: 'ada@engines.example',
      phone: '+44 20',
      notes: 'met at the Royal Society',
      tags: ['vip'],
      assigned_to: team.manager.employeeId,
      estimated_value: '12000',
    });
    const { lead: converted, customer, deal } = await convert(team.owner, lead.id);
    expect(deal).toBeNull();
    expect(customer).toMatchObject({
      name: 'Ada Lovelace',
      company_name: 'Analytical Engines',
      customer_type: 'business',
      email: 'ada@engines.example',
      phone: '+44 20',
      notes: 'met at the Royal Society',
      tags: ['vip'],
      assigned_to: team.manager.employeeId,
      converted_from_lead_id: lead.id,
    });
    expect(customer.code).toMatch(/^CUST-\d{3,}$/);
    expect(converted).toMatchObject({
      status: 'converted',
      converted_to_customer_id: customer.id,
      converted_at: expect.any(String),
    });
    expect((await as(team.owner, 'GET', `/api/leads/${lead.id}/`)).json()).toEqual(converted);
    expect((await as(team.owner, 'GET', `/api/customers/${customer.id}/`)).json()).toEqual(customer);
  });

  it('a person without a company becomes an individual, unless the body says otherwise', async () => {
    const person = await createLead(team.owner);
    expect((await convert(team.owner, person.id)).customer).toMatchObject({
      name: 'Ada Lovelace',
      customer_type: 'individual',
      company_name: null,
    });
    const other = await createLead(team.owner, { company: 'Solo Co' });
    const { customer } = await convert(team.owner, other.id, { customer_type: 'individual' });
    expect(customer).toMatchObject({ customer_type: 'individual', company_name: 'Solo Co' });
  });

  it('with a deal: in the default pipeline’s first stage, title and value from the lead by default', async () => {
    const lead = await createLead(team.owner, { company: 'Babbage & Co', estimated_value: '2500.75' });
    const { customer, deal } = await convert(team.owner, lead.id, { create_deal: true });
    expect(deal).toMatchObject({
      title: 'Babbage & Co',
      customer_id: customer.id,
      value: '2500.75',
      pipeline_name: 'Sales Pipeline',
      stage_name: 'Lead',
      is_closed: false,
    });
    const bare = await createLead(team.owner, { company: null });
    const second = await convert(team.owner, bare.id, { create_deal: true });
    expect(second.deal).toMatchObject({ title: 'Ada Lovelace', value: '0.00' });
    const custom = await createLead(team.owner, { estimated_value: '10' });
    const third = await convert(team.owner, custom.id, { create_deal: true, deal_title: 'Pilot', deal_value: '99.90' });
    expect(third.deal).toMatchObject({ title: 'Pilot', value: '99.90' });
  });

  it("with a deal in a chosen pipeline and stage, owner and close date; the lead's owner by default", async () => {
    const pipeline = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Partners' })).json();
    const stage = pipeline.stages[1];
    const lead = await createLead(team.owner, { company: 'Chosen Co', assigned_to: team.employee.employeeId });
    const chosen = await convert(team.owner, lead.id, {
      create_deal: true,
      pipeline_id: pipeline.id,
      stage_id: stage.id,
      assigned_to: team.manager.employeeId,
      expected_close_date: '2026-12-31',
    });
    expect(chosen.deal).toMatchObject({
      pipeline_id: pipeline.id,
      stage_id: stage.id,
      assigned_to: team.manager.employeeId,
      expected_close_date: '2026-12-31',
    });
    const other = await createLead(team.owner, { company: 'Default Co', assigned_to: team.employee.employeeId });
    expect((await convert(team.owner, other.id, { create_deal: true })).deal.assigned_to).toBe(
      team.employee.employeeId,
    );
    const bad = await as(team.owner, 'POST', `/api/leads/${(await createLead(team.owner)).id}/convert/`, {
      create_deal: true,
      stage_id: 2 ** 31 - 1,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('attaches to an existing customer of the organization; another organization’s is a 400', async () => {
    const existing = (await as(team.owner, 'POST', '/api/customers/', { name: 'Existing Ltd' })).json();
    const lead = await createLead(team.owner);
    const {
      lead: converted,
      customer,
      deal,
    } = await convert(team.owner, lead.id, { customer_id: existing.id, create_deal: true });
    expect(customer).toEqual(existing);
    expect(converted.converted_to_customer_id).toBe(existing.id);
    expect(deal.customer_id).toBe(existing.id);
    expect(await customersFromLead(lead.id)).toHaveLength(0);

    const foreign = (
      await asMember(t.app, team, team.outsider, {
        method: 'POST',
        url: '/api/customers/',
        payload: { name: 'Theirs' },
      })
    ).json();
    const other = await createLead(team.owner);
    for (const customerId of [foreign.id, 2 ** 31 - 1]) {
      const res = await as(team.owner, 'POST', `/api/leads/${other.id}/convert/`, { customer_id: customerId });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toHaveProperty('customer_id');
    }
    expect((await as(team.owner, 'GET', `/api/leads/${other.id}/`)).json().status).toBe('new');
  });

  it('a converted lead is final: convert, qualify, disqualify and a status change are 409', async () => {
    const lead = await createLead(team.owner);
    await convert(team.owner, lead.id);
    for (const [method, url, payload] of [
      ['POST', 'convert/'],
      ['POST', 'qualify/'],
      ['POST', 'disqualify/'],
      ['PATCH', '', { status: 'new' }],
    ] as const) {
      const res = await as(team.owner, method, `/api/leads/${lead.id}/${url}`, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(409);
      expect(res.json().code).toBe('conflict');
    }
    const edited = await as(team.owner, 'PATCH', `/api/leads/${lead.id}/`, { notes: 'still editable', score: 1 });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ notes: 'still editable', status: 'converted' });
    expect(await customersFromLead(lead.id)).toHaveLength(1);
  });

  it('parallel conversions of one lead: one wins, the others are 409 and leave nothing behind', async () => {
    const lead = await createLead(team.owner);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => as(team.owner, 'POST', `/api/leads/${lead.id}/convert/`, { create_deal: true })),
    );
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await customersFromLead(lead.id)).toHaveLength(1);
  });

  it('deleting a converted lead keeps its customer, which forgets the lead', async () => {
    const lead = await createLead(team.owner);
    const { customer } = await convert(team.owner, lead.id);
    expect((await as(team.owner, 'DELETE', `/api/leads/${lead.id}/`)).statusCode).toBe(204);
    const kept = await as(team.owner, 'GET', `/api/customers/${customer.id}/`);
    expect(kept.statusCode).toBe(200);
    expect(kept.json().converted_from_lead_id).toBeNull();
  });

  it('is audited as convert, with the customer and deal audited as creates', async () => {
    const lead = await createLead(team.owner);
    const { customer, deal } = await convert(team.owner, lead.id, { create_deal: true });
    const actions = await t.db.kysely
      .selectFrom('audit_logs')
      .select(['action', 'resource_type', 'resource_id'])
      .where('organization_id', '=', team.organizationId)
      .where((eb) =>
        eb.or([
          eb.and([eb('resource_type', '=', 'lead'), eb('resource_id', '=', lead.id)]),
          eb.and([eb('resource_type', '=', 'customer'), eb('resource_id', '=', customer.id)]),
          eb.and([eb('resource_type', '=', 'deal'), eb('resource_id', '=', deal.id)]),
        ]),
      )
      .orderBy('id')
      .execute();
    expect(actions.map((a) => `${a.resource_type}:${a.action}`)).toEqual([
      'lead:create',
      'customer:create',
      'deal:create',
      'lead:convert',
    ]);
  });
});

describe('convert roles', () => {
  it('Employee converts their own lead (customer and deal are theirs), not someone else’s', async () => {
    const own = await createLead(team.employee);
    const { customer, deal } = await convert(team.employee, own.id, { create_deal: true });
    expect(customer.assigned_to).toBe(team.employee.employeeId);
    expect(deal.assigned_to).toBe(team.employee.employeeId);

    // Created by them but since given to the manager: still theirs to convert, and the customer
    // goes to them since they may assign only themselves.
    const handedOver = await createLead(team.employee);
    await as(team.owner, 'PATCH', `/api/leads/${handedOver.id}/`, { assigned_to: team.manager.employeeId });
    expect((await convert(team.employee, handedOver.id)).customer.assigned_to).toBe(team.employee.employeeId);

    const managers = await createLead(team.manager, { assigned_to: team.manager.employeeId });
    expect((await as(team.employee, 'POST', `/api/leads/${managers.id}/convert/`)).statusCode).toBe(403);
    expect(await customersFromLead(managers.id)).toHaveLength(0);
  });
});
