import type { ReactElement } from 'react';
import type { Role, User } from '@crm/contracts';
import { SessionProvider, type Session } from '@/lib/auth/session';

/** A signed-in session in organization 1 with the given role, for pages that read `useSession`. */
export function makeSession(role: Role = 'owner'): Session {
  const organization = { id: 1, name: 'Acme', slug: 'acme' };
  const membership = { organization, role, status: 'active' as const };
  const user: User = {
    id: 1,
    username: 'olivia',
    email: 'olivia@example.com',
    first_name: 'Olivia',
    last_name: 'Stone',
    full_name: 'Olivia Stone',
    phone: null,
    title: null,
    timezone: 'UTC',
    default_organization_id: 1,
    memberships: [membership],
  };
  return { user, organizationId: 1, membership, role };
}

export function withSession(page: ReactElement, role: Role = 'owner'): ReactElement {
  return <SessionProvider session={makeSession(role)}>{page}</SessionProvider>;
}
