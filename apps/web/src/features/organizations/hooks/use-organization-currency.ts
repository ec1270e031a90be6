import { useSession } from '@/lib/auth/session';
import { useOrganization } from '../api/get-organization';

/** Every money field is in the active organization's currency (PRODUCT §4); undefined while it loads. */
export function useOrganizationCurrency(): string | undefined {
  const { organizationId } = useSession();
  return useOrganization(organizationId).data?.currency;
}
