import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Customer } from '@crm/contracts';
import { MoneyText, RelativeTime, RouterLink, SortableColumnHeader, StatusBadge, Table, Text } from '@/components/ui';
import { CUSTOMER_TYPE_LABELS } from './customer-labels';

interface CustomersTableProps {
  customers: Customer[];
  ordering: string | undefined;
  onSort: (ordering: string) => void;
  currency: string | undefined;
  isStale?: boolean;
}

/** A click anywhere on a row opens the customer, except on the row's own links and buttons. */
function isInteractiveTarget(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input, select') !== null;
}

export function CustomersTable({ customers, ordering, onSort, currency, isStale = false }: CustomersTableProps) {
  const navigate = useNavigate();
  const sortable = { ordering, onSort };
  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isStale ? 0.6 : 1} transition="opacity 0.2s">
      <Table.Root size="sm" interactive stickyHeader aria-label="Customers">
        <Table.Header>
          <Table.Row>
            <SortableColumnHeader label="Name" field="name" {...sortable} />
            <SortableColumnHeader label="Code" field="code" {...sortable} />
            <SortableColumnHeader label="Status" field="status" {...sortable} />
            <Table.ColumnHeader>Type</Table.ColumnHeader>
            <Table.ColumnHeader>Phone</Table.ColumnHeader>
            <Table.ColumnHeader>Assigned to</Table.ColumnHeader>
            <SortableColumnHeader label="Total value" field="total_value" isNumeric {...sortable} />
            <SortableColumnHeader label="Created" field="created_at" {...sortable} />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {customers.map((customer) => (
            <Table.Row
              key={customer.id}
              cursor="pointer"
              onClick={(event) => {
                if (!isInteractiveTarget(event)) void navigate(`/customers/${String(customer.id)}`);
              }}
            >
              <Table.Cell maxW="xs">
                <RouterLink to={`/customers/${String(customer.id)}`} fontWeight="medium" truncate display="block">
                  {customer.name}
                </RouterLink>
                {(customer.company_name ?? customer.email) && (
                  <Text textStyle="xs" color="fg.muted" truncate>
                    {customer.company_name ?? customer.email}
                  </Text>
                )}
              </Table.Cell>
              <Table.Cell color="fg.muted">{customer.code}</Table.Cell>
              <Table.Cell>
                <StatusBadge status={customer.status} />
              </Table.Cell>
              <Table.Cell>{CUSTOMER_TYPE_LABELS[customer.customer_type]}</Table.Cell>
              <Table.Cell>{customer.phone ?? '—'}</Table.Cell>
              <Table.Cell>{customer.assigned_to_name ?? '—'}</Table.Cell>
              <Table.Cell textAlign="end">
                <MoneyText amount={customer.total_value} currency={currency} />
              </Table.Cell>
              <Table.Cell color="fg.muted">
                <RelativeTime iso={customer.created_at} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}
