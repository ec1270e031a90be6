import { VENDOR_ORDERING, VENDOR_STATUSES, VENDOR_TYPES } from '@crm/contracts';
import type { ListUrlConfig } from '@/components/ui';

export const VENDOR_LIST_CONFIG: ListUrlConfig<'status' | 'vendor_type'> = {
  orderingFields: VENDOR_ORDERING,
  filters: { status: VENDOR_STATUSES, vendor_type: VENDOR_TYPES },
};
