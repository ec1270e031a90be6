import type { ReactNode } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { loginPathWithNext } from '@/lib/api-client';
import { hasAuthToken } from '@/lib/auth/token-storage';
import { safeNextPath } from '@/lib/auth/next-path';

/** App pages need a token; without one the user logs in and comes back to the same page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  if (!hasAuthToken()) return <Navigate to={loginPathWithNext(location)} replace />;
  return children;
}

/** Login and signup are pointless when already signed in. */
export function GuestOnly({ children }: { children: ReactNode }) {
  const [searchParams] = useSearchParams();
  if (hasAuthToken()) return <Navigate to={safeNextPath(searchParams.get('next'))} replace />;
  return children;
}
