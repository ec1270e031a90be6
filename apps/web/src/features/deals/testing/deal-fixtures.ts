import type { Board, BoardColumn, Deal, Stage, StageKind } from '@crm/contracts';

const CREATED = '2026-01-05T09:00:00.000Z';

export function stageFixture(id: number, name: string, probability: number, kind: StageKind = 'open'): Stage {
  return { id, pipeline_id: 1, name, order: id, probability, kind, created_at: CREATED, updated_at: CREATED };
}

export function dealFixture(overrides: Partial<Deal> & Pick<Deal, 'id'>): Deal {
  return {
    code: `DEAL-${String(overrides.id).padStart(3, '0')}`,
    title: `Deal ${String(overrides.id)}`,
    customer_id: 1,
    customer_name: 'Acme Ltd',
    value: '1000.00',
    pipeline_id: 1,
    pipeline_name: 'Sales Pipeline',
    stage_id: 3,
    stage_name: 'Proposal',
    probability: null,
    effective_probability: 50,
    weighted_value: '500.00',
    expected_close_date: null,
    assigned_to: 1,
    assigned_to_name: 'Erin Tester',
    lost_reason: null,
    description: null,
    is_won: false,
    is_lost: false,
    is_closed: false,
    stage_entered_at: CREATED,
    closed_at: null,
    custom_fields: {},
    tags: [],
    created_at: CREATED,
    updated_at: CREATED,
    created_by: 1,
    permissions: { update: true, delete: true, assign: true },
    ...overrides,
  };
}

export function columnFixture(stage: Stage, deals: Deal[], totals: Partial<BoardColumn> = {}): BoardColumn {
  return { stage, count: deals.length, total_value: '0.00', weighted_value: '0.00', deals, has_more: false, ...totals };
}

export const PROPOSAL = stageFixture(3, 'Proposal', 50);
export const NEGOTIATION = stageFixture(4, 'Negotiation', 75);
export const CLOSED_WON = stageFixture(5, 'Closed Won', 100, 'won');
export const CLOSED_LOST = stageFixture(6, 'Closed Lost', 0, 'lost');

/** Proposal holds two deals (1000.00 and 250.50), Negotiation one (4000.00); won and lost are empty. */
export function boardFixture(): Board {
  const first = dealFixture({ id: 1, title: 'Website redesign' });
  const second = dealFixture({ id: 2, title: 'Support plan', value: '250.50', weighted_value: '125.25' });
  const third = dealFixture({
    id: 3,
    title: 'Data migration',
    value: '4000.00',
    weighted_value: '3000.00',
    stage_id: 4,
    stage_name: 'Negotiation',
    effective_probability: 75,
  });
  return {
    pipeline: {
      id: 1,
      name: 'Sales Pipeline',
      is_default: true,
      created_at: CREATED,
      updated_at: CREATED,
      created_by: 1,
    },
    columns: [
      columnFixture(PROPOSAL, [first, second], { total_value: '1250.50', weighted_value: '625.25' }),
      columnFixture(NEGOTIATION, [third], { total_value: '4000.00', weighted_value: '3000.00' }),
      columnFixture(CLOSED_WON, []),
      columnFixture(CLOSED_LOST, []),
    ],
  };
}
