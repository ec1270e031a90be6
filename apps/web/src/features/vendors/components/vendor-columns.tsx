import type { Vendor } from '@crm/contracts';
import { RelativeTime, StatusBadge } from '@/components/ui';
import { EmptyValue, RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { VENDOR_STATUS_LABELS, VENDOR_TYPE_LABELS } from '../lib/vendor-labels';
import { VendorRating } from './vendor-rating';

export const vendorPath = (vendor: Pick<Vendor, 'id'>) => `/vendors/${String(vendor.id)}`;

/** The vendors table: name, code, type, status, contact, rating and age. */
export const VENDOR_COLUMNS: ListColumn<Vendor>[] = [
  {
    id: 'name',
    header: 'Name',
    sortField: 'name',
    cellProps: { maxW: 'xs' },
    cell: (vendor) => (
      <RecordLinkCell to={vendorPath(vendor)} subtitle={vendor.company_name}>
        {vendor.name}
      </RecordLinkCell>
    ),
  },
  { id: 'code', header: 'Code', sortField: 'code', cellProps: { color: 'fg.muted' }, cell: (v) => v.code },
  { id: 'type', header: 'Type', cell: (v) => VENDOR_TYPE_LABELS[v.vendor_type] },
  {
    id: 'status',
    header: 'Status',
    sortField: 'status',
    cell: (v) => <StatusBadge status={v.status} label={VENDOR_STATUS_LABELS[v.status]} />,
  },
  { id: 'contact', header: 'Contact', cell: (v) => v.email ?? v.phone ?? <EmptyValue /> },
  {
    id: 'rating',
    header: 'Rating',
    sortField: 'rating',
    cell: (v) => (v.rating === null ? <EmptyValue /> : <VendorRating rating={v.rating} />),
  },
  {
    id: 'created',
    header: 'Created',
    sortField: 'created_at',
    cellProps: { color: 'fg.muted' },
    cell: (v) => <RelativeTime iso={v.created_at} />,
  },
];
