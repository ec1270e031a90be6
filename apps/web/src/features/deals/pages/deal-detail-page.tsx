import { Box, Stack, Text } from '@/components/ui';
import { BackLink, DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { formatMoney } from '@/lib/format';
import { TimelineSection } from '@/features/activities';
import { useOrganizationCurrency } from '@/features/organizations';
import { useDeal } from '../api/get-deal';
import { DealDetailActions } from '../components/deal-detail-actions';
import { DealNotFound } from '../components/deal-not-found';
import { DealStageBadge } from '../components/deal-stage-badge';
import { DealSummaryCard } from '../components/deal-summary-card';
import { StageHistoryCard } from '../components/stage-history-card';

/** The summary and stage history take less room than the timeline. */
const COLUMNS = 'minmax(0, 2fr) minmax(0, 3fr)';

function DealDetail({ dealId }: { dealId: number }) {
  const deal = useDeal(dealId);
  const currency = useOrganizationCurrency();
  const loading = <DetailSkeleton label="Loading the deal" columns={COLUMNS} titleWidth="80" />;

  return (
    <Stack gap="3" maxW="7xl">
      <BackLink to={deal.data ? `/deals?pipeline=${String(deal.data.pipeline_id)}` : '/deals'}>
        {deal.data ? `${deal.data.pipeline_name} board` : 'Deals'}
      </BackLink>
      <QueryView query={deal} subject="this deal" loading={loading} notFound={<DealNotFound />}>
        {(record) => (
          <RecordLayout
            header={{
              title: record.title,
              meta: record.code,
              badges: <DealStageBadge deal={record} size="md" data-testid="deal-stage-badge" />,
              description: (
                <Text as="span">
                  {formatMoney(record.value, currency)} · {record.customer_name}
                </Text>
              ),
              actions: <DealDetailActions deal={record} />,
            }}
            columns={COLUMNS}
            primary={
              <Stack gap="6">
                <DealSummaryCard deal={record} currency={currency} />
                <StageHistoryCard dealId={dealId} />
              </Stack>
            }
            secondary={
              <Box>
                <TimelineSection
                  subject={{ kind: 'deals', id: dealId }}
                  assignee={{ id: record.assigned_to, name: record.assigned_to_name }}
                />
              </Box>
            }
          />
        )}
      </QueryView>
    </Stack>
  );
}

/** `/deals/:id`: header with the deal's actions, its summary, stage history and timeline. */
export default function DealDetailPage() {
  return <DetailPage>{(id) => <DealDetail dealId={id} />}</DetailPage>;
}
