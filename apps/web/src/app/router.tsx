import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { GuestOnly, RequireAuth } from './guards';
import { ByMode, type ModeRouteHandle } from './layout/mode-guard';
import type { RouteHandle } from './layout/route-title';
import { ShellSkeleton } from './layout/shell-skeleton';

// The shell (sidebar, menus, drawer, organization switcher) loads after sign-in, not on the login page.
const AppShell = lazy(() => import('./layout/app-shell').then((module) => ({ default: module.AppShell })));
const LoginPage = lazy(() => import('@/features/auth/pages/login-page'));
const SignupPage = lazy(() => import('@/features/auth/pages/signup-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/pages/dashboard-page'));
const CustomersListPage = lazy(() => import('@/features/customers/pages/customers-list-page'));
const CustomerDetailPage = lazy(() => import('@/features/customers/pages/customer-detail-page'));
const LeadsListPage = lazy(() => import('@/features/leads/pages/leads-list-page'));
const LeadDetailPage = lazy(() => import('@/features/leads/pages/lead-detail-page'));
const DealsPage = lazy(() => import('@/features/deals/pages/deals-page'));
const DealDetailPage = lazy(() => import('@/features/deals/pages/deal-detail-page'));
const MyWorkPage = lazy(() => import('@/features/work/pages/my-work-page'));
const ActivitiesListPage = lazy(() => import('@/features/activities/pages/activities-list-page'));
const PipelinesSettingsPage = lazy(() => import('@/features/pipelines/pages/pipelines-settings-page'));
const ForgotPasswordPage = lazy(() => import('@/features/auth/pages/forgot-password-page'));
const ResetPasswordPage = lazy(() => import('@/features/auth/pages/reset-password-page'));
const AcceptInvitationPage = lazy(() => import('@/features/auth/pages/accept-invitation-page'));
const VendorsListPage = lazy(() => import('@/features/vendors/pages/vendors-list-page'));
const VendorDetailPage = lazy(() => import('@/features/vendors/pages/vendor-detail-page'));
const EmployeesListPage = lazy(() => import('@/features/employees/pages/employees-list-page'));
const EmployeeDetailPage = lazy(() => import('@/features/employees/pages/employee-detail-page'));
const AnalyticsPage = lazy(() => import('@/features/analytics/pages/analytics-page'));
const OrganizationSettingsPage = lazy(() => import('@/features/settings/pages/organization-settings-page'));
const TeamPage = lazy(() => import('@/features/team/pages/team-page'));
const AuditLogPage = lazy(() => import('@/features/audit-log/pages/audit-log-page'));
const ProfilePage = lazy(() => import('@/features/profile/pages/profile-page'));
const OrdersListPage = lazy(() => import('@/features/orders/pages/orders-list-page'));
const OrderFormPage = lazy(() => import('@/features/orders/pages/order-form-page'));
const OrderDetailPage = lazy(() => import('@/features/orders/pages/order-detail-page'));
const PaymentsListPage = lazy(() => import('@/features/payments/pages/payments-list-page'));
const IssuesListPage = lazy(() => import('@/features/issues/pages/issues-list-page'));
const IssueDetailPage = lazy(() => import('@/features/issues/pages/issue-detail-page'));
const PortalDashboardPage = lazy(() => import('@/features/portal/pages/portal-dashboard-page'));
const MyOrdersPage = lazy(() => import('@/features/portal/pages/my-orders-page'));
const MyOrderPage = lazy(() => import('@/features/portal/pages/my-order-page'));
const MyPaymentsPage = lazy(() => import('@/features/portal/pages/my-payments-page'));
const MyIssuesPage = lazy(() => import('@/features/portal/pages/my-issues-page'));
const MyIssuePage = lazy(() => import('@/features/portal/pages/my-issue-page'));
const NotFoundPage = lazy(() => import('./pages/not-found-page'));

function guestPage(page: ReactNode) {
  return (
    <GuestOnly>
      <Suspense fallback={<ShellSkeleton />}>{page}</Suspense>
    </GuestOnly>
  );
}

/** Works signed in or not: links from emails (password reset, invitations) land here. */
function publicPage(page: ReactNode) {
  return <Suspense fallback={<ShellSkeleton />}>{page}</Suspense>;
}

export const routes: RouteObject[] = [
  { path: '/login', element: guestPage(<LoginPage />), handle: { title: 'Log in' } satisfies RouteHandle },
  { path: '/signup', element: guestPage(<SignupPage />), handle: { title: 'Sign up' } satisfies RouteHandle },
  {
    path: '/forgot-password',
    element: publicPage(<ForgotPasswordPage />),
    handle: { title: 'Forgot password' } satisfies RouteHandle,
  },
  {
    path: '/reset-password/:token',
    element: publicPage(<ResetPasswordPage />),
    handle: { title: 'Set a new password' } satisfies RouteHandle,
  },
  {
    path: '/accept-invitation/:token',
    element: publicPage(<AcceptInvitationPage />),
    handle: { title: 'Invitation' } satisfies RouteHandle,
  },
  {
    element: (
      <RequireAuth>
        <Suspense fallback={<ShellSkeleton />}>
          <AppShell />
        </Suspense>
      </RequireAuth>
    ),
    children: [
      {
        index: true,
        element: <ByMode staff={<DashboardPage />} client={<PortalDashboardPage />} />,
        handle: { title: 'Dashboard', audience: 'any' } satisfies ModeRouteHandle,
      },
      { path: 'customers', element: <CustomersListPage />, handle: { title: 'Customers' } satisfies RouteHandle },
      { path: 'customers/:id', element: <CustomerDetailPage />, handle: { title: 'Customer' } satisfies RouteHandle },
      { path: 'leads', element: <LeadsListPage />, handle: { title: 'Leads' } satisfies RouteHandle },
      { path: 'leads/:id', element: <LeadDetailPage />, handle: { title: 'Lead' } satisfies RouteHandle },
      { path: 'deals', element: <DealsPage />, handle: { title: 'Deals' } satisfies RouteHandle },
      { path: 'deals/:id', element: <DealDetailPage />, handle: { title: 'Deal' } satisfies RouteHandle },
      { path: 'my-work', element: <MyWorkPage />, handle: { title: 'My work' } satisfies RouteHandle },
      {
        path: 'activities',
        element: <ActivitiesListPage />,
        handle: { title: 'Activities' } satisfies RouteHandle,
      },
      {
        path: 'settings/pipelines',
        element: <PipelinesSettingsPage />,
        handle: { title: 'Pipelines' } satisfies RouteHandle,
      },
      { path: 'orders', element: <OrdersListPage />, handle: { title: 'Orders' } satisfies RouteHandle },
      { path: 'orders/new', element: <OrderFormPage />, handle: { title: 'New order' } satisfies RouteHandle },
      { path: 'orders/:id', element: <OrderDetailPage />, handle: { title: 'Order' } satisfies RouteHandle },
      { path: 'orders/:id/edit', element: <OrderFormPage />, handle: { title: 'Edit order' } satisfies RouteHandle },
      { path: 'payments', element: <PaymentsListPage />, handle: { title: 'Payments' } satisfies RouteHandle },
      { path: 'issues', element: <IssuesListPage />, handle: { title: 'Issues' } satisfies RouteHandle },
      { path: 'issues/:id', element: <IssueDetailPage />, handle: { title: 'Issue' } satisfies RouteHandle },
      {
        path: 'portal',
        handle: { audience: 'client' } satisfies ModeRouteHandle,
        children: [
          { index: true, element: <PortalDashboardPage />, handle: { title: 'Dashboard' } satisfies RouteHandle },
          { path: 'orders', element: <MyOrdersPage />, handle: { title: 'My orders' } satisfies RouteHandle },
          { path: 'orders/:id', element: <MyOrderPage />, handle: { title: 'Order' } satisfies RouteHandle },
          { path: 'payments', element: <MyPaymentsPage />, handle: { title: 'My payments' } satisfies RouteHandle },
          { path: 'issues', element: <MyIssuesPage />, handle: { title: 'My issues' } satisfies RouteHandle },
          { path: 'issues/:id', element: <MyIssuePage />, handle: { title: 'Issue' } satisfies RouteHandle },
        ],
      },
      { path: 'vendors', element: <VendorsListPage />, handle: { title: 'Vendors' } satisfies RouteHandle },
      { path: 'vendors/:id', element: <VendorDetailPage />, handle: { title: 'Vendor' } satisfies RouteHandle },
      { path: 'employees', element: <EmployeesListPage />, handle: { title: 'Employees' } satisfies RouteHandle },
      { path: 'employees/:id', element: <EmployeeDetailPage />, handle: { title: 'Employee' } satisfies RouteHandle },
      { path: 'analytics', element: <AnalyticsPage />, handle: { title: 'Analytics' } satisfies RouteHandle },
      {
        path: 'settings/organization',
        element: <OrganizationSettingsPage />,
        handle: { title: 'Organization' } satisfies RouteHandle,
      },
      { path: 'settings/team', element: <TeamPage />, handle: { title: 'Team' } satisfies RouteHandle },
      { path: 'settings/audit-log', element: <AuditLogPage />, handle: { title: 'Audit log' } satisfies RouteHandle },
      {
        path: 'profile',
        element: <ProfilePage />,
        handle: { title: 'Profile', audience: 'any' } satisfies ModeRouteHandle,
      },
      {
        path: '*',
        element: <NotFoundPage />,
        handle: { title: 'Page not found', audience: 'any' } satisfies ModeRouteHandle,
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
