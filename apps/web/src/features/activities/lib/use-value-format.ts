import { useMemo } from 'react';
import { formatMoney, useDateFormat } from '@/lib/format';
import { useOrganizationCurrency } from '@/features/organizations';
import type { ValueFormat } from './field-changes';

/** Recorded values as the viewer reads them: money in the organization's currency, times in their zone. */
export function useValueFormat(): ValueFormat {
  const currency = useOrganizationCurrency();
  const { dateTime } = useDateFormat();
  return useMemo(() => ({ money: (amount: string) => formatMoney(amount, currency), dateTime }), [currency, dateTime]);
}
