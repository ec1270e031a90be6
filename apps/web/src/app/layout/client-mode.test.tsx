import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { RequestConfig } from '@/lib/api-client';
import type { User } from '@crm/contracts';
import { UiProvider } from '@/components/ui';
import { ACTIVE_ORGANIZATION_KEY } from '@/lib/active-organization';
import { AUTH_TOKEN_KEY } from '@/lib/auth/token-storage';
import { ORGANIZATION } from '@/test/fixtures';
import { errorBody, mockApi } from '@/test/mock-api';
import { routes } from '../router';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const PORTAL = { ...ORGANIZATION, id: 1, name: 'Acme Supplies', slug: 'acme' };
const OWN = { ...ORGANIZATION, id: 2, name: 'Sam Studio', slug: 'sam' };

/** Sam is a Client of Acme Supplies and the Owner of their own organization. */
const USER: User = {
  id: 7,
  username: 'sam',
  email: 'sam@example.com',
  first_name: 'Sam',
  last_name: 'Client',
  full_name: 'Sam Client',
  phone: null,
  title: null,
  timezone: 'UTC',
  default_organization_id: 1,
  memberships: [
    { organization: { id: 1, name: PORTAL.name, slug: PORTAL.slug }, role: 'client', status: 'active' },
    { organization: { id: 2, name: OWN.name, slug: OWN.slug }, role: 'owner', status: 'active' },
  ],
};

const EMPTY_PAGE = { count: 0, next: null, previous: null, results: [] };

function answer(config: RequestConfig) {
  const isClient = config.headers.get('X-Organization-ID') === '1';
  switch (config.url) {
    case 'users/me/':
      return { status: 200, data: USER };
    case 'organizations/my_organizations/':
      return {
        status: 200,
        data: [
          { organization: PORTAL, role: 'client', status: 'active', is_default: true },
          { organization: OWN, role: 'owner', status: 'active', is_default: false },
        ],
      };
    case 'organizations/1/':
      return { status: 403, data: errorBody('permission_denied', 'Not allowed.') };
    case 'organizations/2/':
      return { status: 200, data: OWN };
    case 'orders/summary/':
      return {
        status: 200,
        data: { orders_total: '120.00', amount_paid: '20.00', balance_due: '100.00', open_orders: 1 },
      };
    case 'orders/':
    case 'payments/':
    case 'issues/':
      return { status: 200, data: EMPTY_PAGE };
    default:
      return isClient
        ? { status: 403, data: errorBody('permission_denied', 'Clients cannot use this.') }
        : { status: 200, data: EMPTY_PAGE };
  }
}

function renderApp(path: string, organizationId: number) {
  localStorage.setItem(AUTH_TOKEN_KEY, 'token');
  sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, String(organizationId));
  api = mockApi(answer);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={queryClient}>
      <UiProvider>
        <RouterProvider router={router} />
      </UiProvider>
    </QueryClientProvider>,
  );
  return router;
}

/** The sidebar is hidden below the md breakpoint, which is where jsdom renders. */
const sidebarLinks = async () => {
  const nav = await screen.findByRole('navigation', { name: 'Main', hidden: true });
  return within(nav)
    .getAllByRole('link', { hidden: true })
    .map((link) => link.textContent);
};

describe('client mode', () => {
  it('gives a client the portal: its own dashboard and navigation, nothing of the CRM', async () => {
    renderApp('/', 1);
    // The first page of a run loads its modules for the first time.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dashboard' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('balance-due')).toHaveTextContent('$100.00');
    expect(await sidebarLinks()).toEqual(['Dashboard', 'My orders', 'My payments', 'My issues', 'Profile']);
    expect(screen.getByTestId('portal-mode')).toHaveTextContent('Customer portal');
    expect(api?.requests.some((request) => request.url === 'analytics/dashboard/')).toBe(false);
  });

  it.each(['/customers', '/orders', '/issues/3', '/settings/organization'])(
    'shows a client "no access" at the staff page %s, without asking the API for it',
    async (path) => {
      renderApp(path, 1);
      expect(await screen.findByText("You don't have access to this")).toBeInTheDocument();
      expect(screen.getByText(/As Client of this organization/)).toBeInTheDocument();
      const asked = api?.requests.map((request) => request.url) ?? [];
      expect(asked.filter((url) => url?.startsWith('customers') || url === 'issues/3/')).toEqual([]);
    },
  );

  it('opens the portal pages for a client', async () => {
    renderApp('/portal/issues', 1);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My issues' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Raise an issue/ }).length).toBeGreaterThan(0);
  });

  it('switches to the CRM in the organization where the same user is staff', async () => {
    renderApp('/orders', 2);
    expect(await screen.findByRole('heading', { level: 1, name: 'Orders' }, { timeout: 15_000 })).toBeInTheDocument();
    const links = await sidebarLinks();
    expect(links).toEqual(expect.arrayContaining(['Customers', 'Orders', 'Payments', 'Issues', 'Team']));
    expect(links).not.toContain('My orders');
    expect(screen.queryByTestId('portal-mode')).not.toBeInTheDocument();
  });

  it('keeps staff out of the portal pages', async () => {
    renderApp('/portal/orders', 2);
    expect(await screen.findByText("You don't have access to this")).toBeInTheDocument();
    expect(screen.getByText(/These pages are the customer portal/)).toBeInTheDocument();
  });
});
