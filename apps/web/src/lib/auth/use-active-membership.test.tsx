import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { User } from '@crm/contracts';
import { ACTIVE_ORGANIZATION_KEY } from '../active-organization';
import { currentUserQueryKey } from './get-current-user';
import { useActiveMembership } from './use-active-membership';

function makeUser(organizationIds: number[], defaultId: number): User {
  return {
    id: 1,
    username: 'ada',
    email: 'ada@example.com',
    first_name: null,
    last_name: null,
    full_name: '',
    phone: null,
    title: null,
    timezone: 'UTC',
    default_organization_id: defaultId,
    memberships: organizationIds.map((id) => ({
      organization: { id, name: `Org ${String(id)}`, slug: `org-${String(id)}` },
      role: 'owner' as const,
      status: 'active' as const,
    })),
  };
}

function renderWithCache(renderedUser: User, cachedUser?: User) {
  const queryClient = new QueryClient();
  if (cachedUser) queryClient.setQueryData(currentUserQueryKey, cachedUser);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return renderHook(() => useActiveMembership(renderedUser), { wrapper });
}

describe('useActiveMembership', () => {
  it('stores the default organization for a tab that has none', () => {
    const { result } = renderWithCache(makeUser([1, 2], 2));
    expect(result.current.organizationId).toBe(2);
    expect(result.current.isSynced).toBe(true);
    expect(sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBe('2');
  });

  it('replaces a stored organization the user has left', () => {
    sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, '7');
    const { result } = renderWithCache(makeUser([1, 2], 1));
    expect(result.current.membership?.organization.id).toBe(1);
    expect(sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBe('1');
  });

  it('keeps a just-created organization when the rendered user is a tick behind the cache', () => {
    sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, '2');
    const { result } = renderWithCache(makeUser([1], 1), makeUser([1, 2], 1));
    expect(result.current.organizationId).toBe(2);
    expect(sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBe('2');
  });
});
