import { useNavigate } from 'react-router';
import type { Deal } from '@crm/contracts';
import { Box, RouterLink, SortableColumnHeader, Table, Text } from '@/components/ui';
import { formatDaysInStage, describeDaysInStage } from '../lib/days-in-stage';
import { DealStageBadge } from './deal-stage-badge';

interface DealsTableProps {
  deals: readonly Deal[];
  ordering: string | undefined;
  onSort: (ordering: string) => void;
  formatMoney: (amount: string) => string;
  isRefreshing: boolean;
}

const formatDate = (date: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** One page of deals; a click anywhere on a row opens the deal, the title link does so by keyboard. */
export function DealsTable({ deals, ordering, onSort, formatMoney, isRefreshing }: DealsTableProps) {
  const navigate = useNavigate();
  const sortProps = { ordering, onSort };

  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isRefreshing ? 0.7 : 1} transition="opacity 0.2s">
      <Table.Root size="sm" interactive stickyHeader aria-label="Deals" aria-busy={isRefreshing}>
        <Table.Header>
          <Table.Row>
            <SortableColumnHeader label="Deal" field="title" {...sortProps} />
            <Table.ColumnHeader>Customer</Table.ColumnHeader>
            <Table.ColumnHeader>Stage</Table.ColumnHeader>
            <SortableColumnHeader label="Value" field="value" isNumeric {...sortProps} />
            <SortableColumnHeader label="Expected close" field="expected_close_date" {...sortProps} />
            <Table.ColumnHeader>Owner</Table.ColumnHeader>
            <SortableColumnHeader label="In stage" field="stage_entered_at" {...sortProps} />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {deals.map((deal) => (
            <Table.Row key={deal.id} cursor="pointer" onClick={() => void navigate(`/deals/${String(deal.id)}`)}>
              <Table.Cell>
                <RouterLink
                  to={`/deals/${String(deal.id)}`}
                  fontWeight="medium"
                  color="fg"
                  onClick={(event) => event.stopPropagation()}
                >
                  {deal.title}
                </RouterLink>
                <Text textStyle="xs" color="fg.muted">
                  {deal.code}
                </Text>
              </Table.Cell>
              <Table.Cell>{deal.customer_name}</Table.Cell>
              <Table.Cell>
                <DealStageBadge deal={deal} />
              </Table.Cell>
              <Table.Cell textAlign="end" fontVariantNumeric="tabular-nums">
                {formatMoney(deal.value)}
              </Table.Cell>
              <Table.Cell>
                {deal.expected_close_date ? (
                  formatDate(deal.expected_close_date)
                ) : (
                  <Box as="span" color="fg.subtle">
                    —
                  </Box>
                )}
              </Table.Cell>
              <Table.Cell>
                {deal.assigned_to_name ?? (
                  <Box as="span" color="fg.subtle">
                    Unassigned
                  </Box>
                )}
              </Table.Cell>
              <Table.Cell title={describeDaysInStage(deal.stage_entered_at)}>
                {formatDaysInStage(deal.stage_entered_at)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}
