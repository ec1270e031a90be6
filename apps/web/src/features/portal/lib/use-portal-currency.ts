import { useSession } from '@/lib/auth/session';
import { useMyOrganizations } from '@/features/organizations';

/**
 * The active organization's currency for a Client, who may not read the organization's settings
 * (`organizations/{id}/` is staff-only): their own memberships carry the organization.
 */
export function usePortalCurrency(): string | undefined {
  const { organizationId } = useSession();
  const organizations = useMyOrganizations();
  return organizations.data?.find((entry) => entry.organization.id === organizationId)?.organization.currency;
}
