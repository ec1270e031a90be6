import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { GuestOnly, RequireAuth } from './guards';
import { AppShell } from './layout/app-shell';
import type { RouteHandle } from './layout/route-title';
import { ShellSkeleton } from './layout/shell-skeleton';

const LoginPage = lazy(() => import('@/features/auth/pages/login-page'));
const SignupPage = lazy(() => import('@/features/auth/pages/signup-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/pages/dashboard-page'));
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
      { path: '*', element: <NotFoundPage />, handle: { title: 'Page not found' } satisfies RouteHandle },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
