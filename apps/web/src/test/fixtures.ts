import { DEFAULT_RECORD_VISIBILITY, DEFAULT_RESPONSE_TARGETS, type Customer, type Organization } from '@crm/contracts';

/** Records as the API returns them, for tests across features. */

export function customerFixture(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 1,
    code: 'CUST-001',
    name: 'Globex',
    first_name: null,
    last_name: null,
    email: 'hello@globex.test',
    phone: null,
    company_name: null,
    customer_type: 'business',
    status: 'active',
    address: null,
    city: null,
    state: null,
    postal_code: null,
    country: null,
    website: null,
    industry: null,
    notes: null,
    assigned_to: null,
    assigned_to_name: null,
    user_id: null,
    converted_from_lead_id: null,
    total_value: '1500.00',
    custom_fields: {},
    tags: [],
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:00.000Z',
    created_by: 1,
    permissions: { update: true, delete: true, assign: true },
    ...overrides,
  };
}

export const ORGANIZATION: Organization = {
  id: 1,
  name: 'Acme',
  slug: 'acme',
  industry: null,
  website: null,
  phone: null,
  email: null,
  address: null,
  city: null,
  state: null,
  postal_code: null,
  country: null,
  currency: 'USD',
  timezone: 'UTC',
  record_visibility: DEFAULT_RECORD_VISIBILITY,
  response_targets: DEFAULT_RESPONSE_TARGETS,
  created_at: '2026-11-01T10:00:00.000Z',
  updated_at: '2026-11-01T10:00:00.000Z',
};
