import type { ReactNode } from 'react';
import { useMatches } from 'react-router';
import { isStaffRole } from '@crm/contracts';
import { Box, NoAccessPanel, RouterLink, Stack } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import type { RouteHandle } from './route-title';

/**
 * Who a page is for. The role in the active organization decides the mode (PRODUCT §1): staff use
 * the CRM, a Client their portal. A route without an audience is a staff page, so a page added later
 * is closed to clients unless it says otherwise.
 */
export type RouteAudience = 'staff' | 'client' | 'any';

export interface ModeRouteHandle extends RouteHandle {
  audience?: RouteAudience;
}

function hasAudience(handle: unknown): handle is Required<Pick<ModeRouteHandle, 'audience'>> {
  return typeof handle === 'object' && handle !== null && typeof (handle as ModeRouteHandle).audience === 'string';
}

/** The audience of the deepest matched route that declares one; staff by default. */
export function useRouteAudience(): RouteAudience {
  const matches = useMatches();
  for (let i = matches.length - 1; i >= 0; i -= 1) {
    const handle = matches[i]?.handle;
    if (hasAudience(handle)) return handle.audience;
  }
  return 'staff';
}

/** Pages the active role's mode does not include say so, naming the role (UX: feedback), instead of rendering. */
export function ModeGuard({ children }: { children: ReactNode }) {
  const { role } = useSession();
  const audience = useRouteAudience();
  const isStaff = isStaffRole(role);
  if (audience === 'staff' && !isStaff) {
    return (
      <WrongMode
        message={(roleName) =>
          `As ${roleName} of this organization, you can see your own orders, payments and issues, not its staff pages.`
        }
      />
    );
  }
  if (audience === 'client' && isStaff) {
    return (
      <WrongMode
        message={(roleName) => `These pages are the customer portal. As ${roleName}, use the CRM's own pages.`}
      />
    );
  }
  return children;
}

/** The refusal, and the way to this mode's home (switching organization keeps the page's path). */
function WrongMode({ message }: { message: (roleName: string) => string }) {
  return (
    <Stack gap="4" maxW="2xl">
      <NoAccessPanel message={message} />
      <Box>
        <RouterLink to="/">Go to the dashboard</RouterLink>
      </Box>
    </Stack>
  );
}

/** One path, two pages: the home page is the CRM's dashboard for staff and the portal's for a Client. */
export function ByMode({ staff, client }: { staff: ReactNode; client: ReactNode }) {
  const { role } = useSession();
  return isStaffRole(role) ? staff : client;
}
