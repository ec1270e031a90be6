import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { GuestOnly, RequireAuth } from './guards';
import { AppShell } from './layout/app-shell';
import type { RouteHandle } from './layout/route-title';
import { ShellSkeleton } from './layout/shell-skeleton';

const LoginPage = lazy(() => import('@/features/auth/pages/login-page'));
const SignupPage = lazy(() => import('@/features/auth/pages/signup-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/pages/dashboard-page'));
const CustomersListPage = lazy(() => import('@/features/customers/pages/customers-list-page'));
const CustomerDetailPage = lazy(() => import('@/features/customers/pages/customer-detail-page'));
const LeadsListPage = lazy(() => import('@/features/leads/pages/leads-list-page'));
const LeadDetailPage = lazy(() => import('@/features/leads/pages/lead-detail-page'));
const DealsPage = lazy(() => import('@/features/deals/pages/deals-page'));
const DealDetailPage = lazy(() => import('@/features/deals/pages/deal-detail-page'));
const PipelinesSettingsPage = lazy(() => import('@/features/pipelines/pages/pipelines-settings-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));

function guestPage(page: ReactNode) {
  return (
    <GuestOnly>
      <Suspense fallback={<ShellSkeleton />}>{page}</Suspense>
    </GuestOnly>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: guestPage(<LoginPage />), handle: { title: 'Log in' } satisfies RouteHandle },
  { path: '/signup', element: guestPage(<SignupPage />), handle: { title: 'Sign up' } satisfies RouteHandle },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <DashboardPage />, handle: { title: 'Dashboard' } satisfies RouteHandle },
      { path: 'customers', element: <CustomersListPage />, handle: { title: 'Customers' } satisfies RouteHandle },
      { path: 'customers/:id', element: <CustomerDetailPage />, handle: { title: 'Customer' } satisfies RouteHandle },
      { path: 'leads', element: <LeadsListPage />, handle: { title: 'Leads' } satisfies RouteHandle },
      { path: 'leads/:id', element: <LeadDetailPage />, handle: { title: 'Lead' } satisfies RouteHandle },
      { path: 'deals', element: <DealsPage />, handle: { title: 'Deals' } satisfies RouteHandle },
      { path: 'deals/:id', element: <DealDetailPage />, handle: { title: 'Deal' } satisfies RouteHandle },
      { path: 'settings/pipelines', element: <PipelinesSettingsPage />, handle: { title: 'Pipelines' } satisfies RouteHandle },
      { path: '*', element: <NotFoundPage />, handle: { title: 'Page not found' } satisfies RouteHandle },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
