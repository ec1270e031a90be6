import type { Deal } from '@crm/contracts';
import { Badge, ErrorPanel, MoneyText, RouterLink, SectionCard, Skeleton, Stack, Table, Text } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { formatCalendarDate } from '@/lib/format';
import { useCustomerDeals } from '../api/get-customer-deals';
import { DealStageBadge } from './deal-stage-badge';

function DealsTable({ deals, currency }: { deals: Deal[]; currency: string | undefined }) {
  return (
    <Table.ScrollArea>
      <Table.Root size="sm" aria-label="Deals of this customer">
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeader>Deal</Table.ColumnHeader>
            <Table.ColumnHeader>Stage</Table.ColumnHeader>
            <Table.ColumnHeader textAlign="end">Value</Table.ColumnHeader>
            <Table.ColumnHeader>Expected close</Table.ColumnHeader>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {deals.map((deal) => (
            <Table.Row key={deal.id}>
              <Table.Cell maxW="xs">
                <RouterLink to={`/deals/${String(deal.id)}`} fontWeight="medium" truncate display="block">
                  {deal.title}
                </RouterLink>
                <Text textStyle="xs" color="fg.muted">
                  {deal.code}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <DealStageBadge deal={deal} />
              </Table.Cell>
              <Table.Cell textAlign="end">
                <MoneyText amount={deal.value} currency={currency} />
              </Table.Cell>
              <Table.Cell color="fg.muted">
                {deal.expected_close_date ? formatCalendarDate(deal.expected_close_date, 'numeric') : '—'}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}

/** A customer's deals with stage and value, each linking to its deal page. */
export function CustomerDealsCard({ customerId, currency }: { customerId: number; currency: string | undefined }) {
  const deals = useCustomerDeals(customerId);
  const count = deals.data?.count;

  const body = () => {
    if (deals.isPending) {
      return (
        <Stack gap="2" aria-busy="true" aria-label="Loading deals">
          <Skeleton height="8" />
          <Skeleton height="8" />
        </Stack>
      );
    }
    if (deals.isError) {
      return (
        <ErrorPanel
          title="Deals could not be loaded"
          message={toApiError(deals.error).message}
          onRetry={() => void deals.refetch()}
          isRetrying={deals.isFetching}
        />
      );
    }
    if (deals.data.count === 0) return <Text color="fg.muted">No deals with this customer yet.</Text>;
    return (
      <Stack gap="2">
        <DealsTable deals={deals.data.results} currency={currency} />
        {deals.data.count > deals.data.results.length && (
          <Text textStyle="sm" color="fg.muted">
            Showing the {deals.data.results.length} newest of {deals.data.count} deals.
          </Text>
        )}
      </Stack>
    );
  };

  return (
    <SectionCard title="Deals" titleExtra={count !== undefined && <Badge variant="subtle">{count}</Badge>}>
      {body()}
    </SectionCard>
  );
}
