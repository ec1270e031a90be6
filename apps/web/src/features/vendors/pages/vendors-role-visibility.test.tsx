import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { Role, Vendor } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { RecordActions } from '@/components/ui/record-actions';
import VendorsListPage from './vendors-list-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const VENDOR: Vendor = {
  id: 3,
  code: 'VEND-003',
  name: 'Acme Supplies',
  company_name: null,
  email: 'sales@acme.test',
  phone: null,
  vendor_type: 'supplier',
  status: 'active',
  website: null,
  address: null,
  city: null,
  state: null,
  postal_code: null,
  country: null,
  payment_terms: null,
  rating: 4,
  notes: null,
  custom_fields: {},
  tags: [],
  created_at: '2026-11-01T10:00:00.000Z',
  updated_at: '2026-11-01T10:00:00.000Z',
  created_by: 1,
};

function serveVendors() {
  api = mockApi((config) =>
    config.url === 'vendors/stats/'
      ? { status: 200, data: { total: 12, by_status: { active: 9, inactive: 3 }, by_type: {}, new_this_month: 2 } }
      : { status: 200, data: { count: 1, next: null, previous: null, results: [VENDOR] } },
  );
}

describe('vendors for each role', () => {
  it('shows the stats and the list, and the New vendor button to a Manager', async () => {
    serveVendors();
    renderPage(withSession(<VendorsListPage />, 'manager'), { path: '/vendors' });
    expect(await screen.findByRole('link', { name: 'Acme Supplies' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /new vendor/i })).toBeInTheDocument();
    expect(await screen.findByText('12')).toBeInTheDocument();
    expect(screen.getByText('9')).toBeInTheDocument();
  });

  it('gives an Employee a read-only list: no create and no delete anywhere', async () => {
    serveVendors();
    renderPage(withSession(<VendorsListPage />, 'employee'), { path: '/vendors' });
    expect(await screen.findByRole('link', { name: 'Acme Supplies' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /new vendor/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /delete/i })).not.toBeInTheDocument();
  });

  it.each<[Role, string[]]>([
    ['owner', ['Edit', 'More actions for Acme Supplies']],
    ['manager', ['Edit', 'More actions for Acme Supplies']],
    ['employee', []],
    ['client', []],
  ])('offers a %s the detail actions %j', (role, labels) => {
    renderPage(
      withSession(
        <RecordActions resource="vendors" kind="vendor" name={VENDOR.name} onEdit={vi.fn()} onDelete={vi.fn()} />,
        role,
      ),
    );
    expect(
      screen.queryAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim()),
    ).toEqual(labels);
  });
});
