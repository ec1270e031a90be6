import { CUSTOMER_STATUSES, CUSTOMER_TYPES, type CustomerStatus } from '@crm/contracts';
import { statusLabel, type SelectOption } from '@/components/ui';

export const CUSTOMER_TYPE_LABELS: Record<(typeof CUSTOMER_TYPES)[number], string> = {
  individual: 'Individual',
  business: 'Business',
};

export const CUSTOMER_TYPE_OPTIONS: SelectOption[] = CUSTOMER_TYPES.map((type) => ({
  value: type,
  label: CUSTOMER_TYPE_LABELS[type],
}));

export const CUSTOMER_STATUS_OPTIONS: SelectOption[] = CUSTOMER_STATUSES.map((status: CustomerStatus) => ({
  value: status,
  label: statusLabel(status),
}));
