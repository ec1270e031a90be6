import { VENDOR_STATUSES, VENDOR_TYPES, type VendorStatus, type VendorType } from '@crm/contracts';

export const VENDOR_TYPE_LABELS: Record<VendorType, string> = {
  supplier: 'Supplier',
  service_provider: 'Service provider',
  contractor: 'Contractor',
  consultant: 'Consultant',
};

export const VENDOR_STATUS_LABELS: Record<VendorStatus, string> = {
  active: 'Active',
  inactive: 'Inactive',
  blacklisted: 'Blacklisted',
};

export const VENDOR_TYPE_OPTIONS = VENDOR_TYPES.map((type) => ({ value: type, label: VENDOR_TYPE_LABELS[type] }));
export const VENDOR_STATUS_OPTIONS = VENDOR_STATUSES.map((status) => ({
  value: status,
  label: VENDOR_STATUS_LABELS[status],
}));
export const VENDOR_RATING_OPTIONS = [
  { value: '', label: 'No rating' },
  ...[1, 2, 3, 4, 5].map((stars) => ({
    value: String(stars),
    label: `${'★'.repeat(stars)}${'☆'.repeat(5 - stars)} (${String(stars)})`,
  })),
];

/** "★★★☆☆" with the number for screen readers and search. */
export function ratingText(rating: number | null): string | null {
  if (rating === null) return null;
  return `${'★'.repeat(rating)}${'☆'.repeat(Math.max(0, 5 - rating))}`;
}
