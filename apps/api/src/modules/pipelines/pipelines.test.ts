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
const names = (pipeline: { stages: { name: string }[] }) => pipeline.stages.map((s) => s.name);

describe('pipelines', () => {
  it('the organization starts with the default Sales Pipeline', async () => {
    const list = (await as(team.employee, 'GET', '/api/pipelines/')).json();
    expect(list.count).toBe(1);
    expect(list.results[0]).toMatchObject({ name: 'Sales Pipeline', is_default: true });
    expect(
      list.results[0].stages.map((s: { name: string; probability: number; kind: string; order: number }) => [
        s.name,
        s.probability,
        s.kind,
        s.order,
      ]),
    ).toEqual([
      ['Lead', 10, 'open', 1],
      ['Qualified', 25, 'open', 2],
      ['Proposal', 50, 'open', 3],
      ['Negotiation', 75, 'open', 4],
      ['Closed Won', 100, 'won', 5],
      ['Closed Lost', 0, 'lost', 6],
    ]);
  });

  it('creates a pipeline with its open stages plus one won and one lost stage', async () => {
    const res = await as(team.manager, 'POST', '/api/pipelines/', {
      name: 'Partners',
      stages: [
        { name: 'Intro', probability: 20 },
        { name: 'Pilot', probability: 60 },
      ],
    });
    expect(res.statusCode).toBe(201);
    expect(names(res.json())).toEqual(['Intro', 'Pilot', 'Closed Won', 'Closed Lost']);
    expect(res.json().is_default).toBe(false);
  });

  it('exactly one default: making another default unsets the old one; unsetting directly is refused', async () => {
    const fresh = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Renewals' })).json();
    const made = await as(team.owner, 'PATCH', `/api/pipelines/${fresh.id}/`, { is_default: true });
    expect(made.json().is_default).toBe(true);
    const defaults = (await as(team.owner, 'GET', '/api/pipelines/'))
      .json()
      .results.filter((p: { is_default: boolean }) => p.is_default);
    expect(defaults.map((p: { id: number }) => p.id)).toEqual([fresh.id]);
    expect((await as(team.owner, 'PATCH', `/api/pipelines/${fresh.id}/`, { is_default: false })).statusCode).toBe(400);
    expect((await as(team.owner, 'DELETE', `/api/pipelines/${fresh.id}/`)).statusCode).toBe(409);
    const sales =
      defaults.length &&
      (await as(team.owner, 'GET', '/api/pipelines/'))
        .json()
        .results.find((p: { name: string }) => p.name === 'Sales Pipeline');
    await as(team.owner, 'PATCH', `/api/pipelines/${sales.id}/`, { is_default: true });
    expect((await as(team.owner, 'DELETE', `/api/pipelines/${fresh.id}/`)).statusCode).toBe(204);
  });

  it('a pipeline with deals cannot be deleted', async () => {
    const pipeline = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Busy' })).json();
    const customer = (await as(team.owner, 'POST', '/api/customers/', { name: 'C' })).json();
    await as(team.owner, 'POST', '/api/deals/', { title: 'D', customer_id: customer.id, pipeline_id: pipeline.id });
    const res = await as(team.owner, 'DELETE', `/api/pipelines/${pipeline.id}/`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('1 deal');
  });

  it('Employee reads but cannot change pipelines; another organization gets 404', async () => {
    const pipeline = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Guarded' })).json();
    expect((await as(team.employee, 'GET', `/api/pipelines/${pipeline.id}/`)).statusCode).toBe(200);
    expect((await as(team.employee, 'POST', '/api/pipelines/', { name: 'Nope' })).statusCode).toBe(403);
    expect((await as(team.employee, 'PATCH', `/api/pipelines/${pipeline.id}/`, { name: 'x' })).statusCode).toBe(403);
    expect(
      (await as(team.employee, 'POST', `/api/pipelines/${pipeline.id}/stages/`, { name: 'x', probability: 5 }))
        .statusCode,
    ).toBe(403);
    for (const [method, url, body] of [
      ['GET', `/api/pipelines/${pipeline.id}/`],
      ['PATCH', `/api/pipelines/${pipeline.id}/`, { name: 'x' }],
      ['DELETE', `/api/pipelines/${pipeline.id}/`],
      ['GET', `/api/pipelines/${pipeline.id}/stages/`],
      ['POST', `/api/pipelines/${pipeline.id}/stages/`, { name: 'x', probability: 5 }],
      ['PATCH', `/api/pipelines/${pipeline.id}/stages/${pipeline.stages[0].id}/`, { name: 'x' }],
      ['DELETE', `/api/pipelines/${pipeline.id}/stages/${pipeline.stages[0].id}/`],
      ['POST', `/api/pipelines/${pipeline.id}/stages/reorder/`, { stage_ids: [1] }],
    ] as const) {
      expect((await as(team.outsider, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
  });
});

describe('stages', () => {
  it('adds a stage before the closing stages, renames, sets probability; won/lost probability is fixed', async () => {
    const pipeline = (
      await as(team.owner, 'POST', '/api/pipelines/', { name: 'Stages', stages: [{ name: 'One', probability: 10 }] })
    ).json();
    const added = await as(team.owner, 'POST', `/api/pipelines/${pipeline.id}/stages/`, {
      name: 'Two',
      probability: 40,
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ name: 'Two', kind: 'open', order: 2 });
    expect(names((await as(team.owner, 'GET', `/api/pipelines/${pipeline.id}/`)).json())).toEqual([
      'One',
      'Two',
      'Closed Won',
      'Closed Lost',
    ]);
    const renamed = await as(team.owner, 'PATCH', `/api/pipelines/${pipeline.id}/stages/${added.json().id}/`, {
      name: 'Demo',
      probability: 45,
    });
    expect(renamed.json()).toMatchObject({ name: 'Demo', probability: 45 });
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won');
    expect(
      (await as(team.owner, 'PATCH', `/api/pipelines/${pipeline.id}/stages/${won.id}/`, { probability: 90 }))
        .statusCode,
    ).toBe(400);
    expect(
      (await as(team.owner, 'PATCH', `/api/pipelines/${pipeline.id}/stages/${won.id}/`, { name: 'Signed' })).json()
        .name,
    ).toBe('Signed');
    expect((await as(team.owner, 'DELETE', `/api/pipelines/${pipeline.id}/stages/${won.id}/`)).statusCode).toBe(409);
    expect(
      (await as(team.owner, 'POST', `/api/pipelines/${pipeline.id}/stages/`, { name: 'Bad', probability: 101 }))
        .statusCode,
    ).toBe(400);
  });

  it('reorders with every stage exactly once', async () => {
    const pipeline = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Order' })).json();
    const ids = pipeline.stages.map((s: { id: number }) => s.id);
    const reversed = [...ids].reverse();
    const res = await as(team.owner, 'POST', `/api/pipelines/${pipeline.id}/stages/reorder/`, { stage_ids: reversed });
    expect(res.statusCode).toBe(200);
    expect(res.json().map((s: { id: number }) => s.id)).toEqual(reversed);
    expect(
      (await as(team.owner, 'POST', `/api/pipelines/${pipeline.id}/stages/reorder/`, { stage_ids: ids.slice(1) }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await as(team.owner, 'POST', `/api/pipelines/${pipeline.id}/stages/reorder/`, {
          stage_ids: [...ids.slice(1), ids[1]],
        })
      ).statusCode,
    ).toBe(400);
  });

  it('deleting a stage with deals needs ?move_to= an open stage of the same pipeline', async () => {
    const pipeline = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Moves' })).json();
    const [first, second] = pipeline.stages;
    const customer = (await as(team.owner, 'POST', '/api/customers/', { name: 'Mover' })).json();
    const deal = (
      await as(team.owner, 'POST', '/api/deals/', {
        title: 'Moving',
        customer_id: customer.id,
        pipeline_id: pipeline.id,
        stage_id: first.id,
      })
    ).json();
    expect((await as(team.owner, 'DELETE', `/api/pipelines/${pipeline.id}/stages/${first.id}/`)).statusCode).toBe(409);
    const won = pipeline.stages.find((s: { kind: string }) => s.kind === 'won');
    expect(
      (await as(team.owner, 'DELETE', `/api/pipelines/${pipeline.id}/stages/${first.id}/?move_to=${won.id}`))
        .statusCode,
    ).toBe(400);
    expect(
      (await as(team.owner, 'DELETE', `/api/pipelines/${pipeline.id}/stages/${first.id}/?move_to=${second.id}`))
        .statusCode,
    ).toBe(204);
    const moved = (await as(team.owner, 'GET', `/api/deals/${deal.id}/`)).json();
    expect(moved.stage_id).toBe(second.id);
    const history = (await as(team.owner, 'GET', `/api/deals/${deal.id}/stage_history/`)).json();
    expect(history[0]).toMatchObject({ from_stage_name: first.name, to_stage_name: second.name });
    const after = (await as(team.owner, 'GET', `/api/pipelines/${pipeline.id}/`)).json();
    expect(after.stages.map((s: { order: number }) => s.order)).toEqual([1, 2, 3, 4, 5]);
  });
});
