import type { Customer } from '@crm/contracts';
import { MoneyText, RelativeTime, StatusBadge } from '@/components/ui';
import { RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { CUSTOMER_TYPE_LABELS } from './customer-labels';

export const customerPath = (customer: Pick<Customer, 'id'>) => `/customers/${String(customer.id)}`;

/** The customers table: name, code, status, type, phone, owner, won value and age. */
export function customerColumns(currency: string | undefined): ListColumn<Customer>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      sortField: 'name',
      cellProps: { maxW: 'xs' },
      cell: (customer) => (
        <RecordLinkCell to={customerPath(customer)} subtitle={customer.company_name ?? customer.email}>
          {customer.name}
        </RecordLinkCell>
      ),
    },
    { id: 'code', header: 'Code', sortField: 'code', cellProps: { color: 'fg.muted' }, cell: (c) => c.code },
    { id: 'status', header: 'Status', sortField: 'status', cell: (c) => <StatusBadge status={c.status} /> },
    { id: 'type', header: 'Type', cell: (c) => CUSTOMER_TYPE_LABELS[c.customer_type] },
    { id: 'phone', header: 'Phone', cell: (c) => c.phone ?? '—' },
    { id: 'assigned', header: 'Assigned to', cell: (c) => c.assigned_to_name ?? '—' },
    {
      id: 'total_value',
      header: 'Total value',
      sortField: 'total_value',
      align: 'end',
      cell: (c) => <MoneyText amount={c.total_value} currency={currency} />,
    },
    {
      id: 'created',
      header: 'Created',
      sortField: 'created_at',
      cellProps: { color: 'fg.muted' },
      cell: (c) => <RelativeTime iso={c.created_at} />,
    },
  ];
}
