import type { Lead } from '@crm/contracts';

export function leadFixture(overrides: Partial<Lead> = {}): Lead {
  return {
    id: 4,
    code: 'LEAD-004',
    first_name: 'Ann',
    last_name: 'Lee',
    full_name: 'Ann Lee',
    email: 'ann@initech.test',
    phone: null,
    company: 'Initech',
    job_title: null,
    source: 'referral',
    status: 'qualified',
    score: 65,
    estimated_value: '60000.00',
    assigned_to: null,
    assigned_to_name: null,
    converted_to_customer_id: null,
    converted_at: null,
    notes: null,
    custom_fields: {},
    tags: [],
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:00.000Z',
    created_by: 1,
    permissions: { update: true, delete: true, assign: true, convert: true },
    ...overrides,
  };
}
