import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Vendor } from '@crm/contracts';
import { RelativeTime, RouterLink, SortableColumnHeader, StatusBadge, Table, Text } from '@/components/ui';
import { VENDOR_STATUS_LABELS, VENDOR_TYPE_LABELS, ratingText } from '../lib/vendor-labels';

interface VendorsTableProps {
  vendors: readonly Vendor[];
  ordering: string | undefined;
  onSort: (ordering: string) => void;
  isStale?: boolean;
}

function isInteractiveTarget(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input, select') !== null;
}

const dash = (
  <Text as="span" color="fg.subtle">
    —
  </Text>
);

export function VendorsTable({ vendors, ordering, onSort, isStale = false }: VendorsTableProps) {
  const navigate = useNavigate();
  const sortable = { ordering, onSort };
  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isStale ? 0.6 : 1} transition="opacity 0.2s">
      <Table.Root size="sm" interactive stickyHeader aria-label="Vendors">
        <Table.Header>
          <Table.Row>
            <SortableColumnHeader label="Name" field="name" {...sortable} />
            <SortableColumnHeader label="Code" field="code" {...sortable} />
            <Table.ColumnHeader>Type</Table.ColumnHeader>
            <SortableColumnHeader label="Status" field="status" {...sortable} />
            <Table.ColumnHeader>Contact</Table.ColumnHeader>
            <SortableColumnHeader label="Rating" field="rating" {...sortable} />
            <SortableColumnHeader label="Created" field="created_at" {...sortable} />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {vendors.map((vendor) => {
            const href = `/vendors/${String(vendor.id)}`;
            const rating = ratingText(vendor.rating);
            return (
              <Table.Row
                key={vendor.id}
                cursor="pointer"
                onClick={(event) => {
                  if (!isInteractiveTarget(event)) void navigate(href);
                }}
              >
                <Table.Cell maxW="xs">
                  <RouterLink to={href} fontWeight="medium" truncate display="block">
                    {vendor.name}
                  </RouterLink>
                  {vendor.company_name && (
                    <Text textStyle="xs" color="fg.muted" truncate>
                      {vendor.company_name}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell color="fg.muted">{vendor.code}</Table.Cell>
                <Table.Cell>{VENDOR_TYPE_LABELS[vendor.vendor_type]}</Table.Cell>
                <Table.Cell>
                  <StatusBadge status={vendor.status} label={VENDOR_STATUS_LABELS[vendor.status]} />
                </Table.Cell>
                <Table.Cell>{vendor.email ?? vendor.phone ?? dash}</Table.Cell>
                <Table.Cell>
                  {rating ? (
                    <Text
                      as="span"
                      color="yellow.fg"
                      aria-label={`${String(vendor.rating)} of 5 stars`}
                      whiteSpace="nowrap"
                    >
                      {rating}
                    </Text>
                  ) : (
                    dash
                  )}
                </Table.Cell>
                <Table.Cell color="fg.muted">
                  <RelativeTime iso={vendor.created_at} />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}
