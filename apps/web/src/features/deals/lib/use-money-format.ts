import { useCallback } from 'react';
import { useSession } from '@/lib/auth/session';
import { useOrganization } from '@/features/organizations/api/get-organization';
import { formatMoneyAmount } from './format-money';

/** Formats API money strings in the active organization's currency (every money field uses it). */
export function useMoneyFormat() {
  const { organizationId } = useSession();
  const currency = useOrganization(organizationId).data?.currency;
  const format = useCallback(
    (amount: string, options?: { compact?: boolean }) => formatMoneyAmount(amount, currency, options),
    [currency],
  );
  return { currency, format };
}
