import { useParams } from 'react-router';
import { Box, Grid, LoadErrorPanel, PageHeader, Skeleton, Stack, Text } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { TimelineSection } from '@/features/activities/components/timeline-section';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useDeal } from '../api/get-deal';
import { DealDetailActions } from '../components/deal-detail-actions';
import { DealNotFound } from '../components/deal-not-found';
import { DealStageBadge } from '../components/deal-stage-badge';
import { DealSummaryCard } from '../components/deal-summary-card';
import { StageHistoryCard } from '../components/stage-history-card';
import { useMoneyFormat } from '../lib/use-money-format';

const MAX_ID = 2 ** 31 - 1;

function parseDealId(raw: string | undefined): number | null {
  if (!raw || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= MAX_ID ? id : null;
}

function DealDetailSkeleton() {
  return (
    <Stack gap="6" aria-busy="true" aria-label="Loading the deal">
      <Skeleton height="10" width="80" />
      <Grid templateColumns={{ base: '1fr', lg: '2fr 3fr' }} gap="6">
        <Skeleton height="80" />
        <Skeleton height="80" />
      </Grid>
    </Stack>
  );
}

function DealDetail({ dealId }: { dealId: number }) {
  const { role } = useSession();
  const deal = useDeal(dealId);
  const { format } = useMoneyFormat();

  if (deal.isPending) return <DealDetailSkeleton />;
  if (deal.isError) {
    const error = toApiError(deal.error);
    if (error.status === 404) return <DealNotFound />;
    return (
      <LoadErrorPanel
        error={error}
        roleName={roleLabel(role)}
        subject="this deal"
        onRetry={() => void deal.refetch()}
        isRetrying={deal.isFetching}
      />
    );
  }

  return (
    <Stack gap="6">
      <PageHeader
        title={deal.data.title}
        meta={deal.data.code}
        badges={<DealStageBadge deal={deal.data} size="md" data-testid="deal-stage-badge" />}
        description={
          <Text as="span">
            {format(deal.data.value)} · {deal.data.customer_name}
          </Text>
        }
        actions={<DealDetailActions deal={deal.data} />}
      />
      <Grid
        templateColumns={{ base: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(0, 3fr)' }}
        gap="6"
        alignItems="start"
      >
        <Stack gap="6">
          <DealSummaryCard deal={deal.data} formatMoney={format} />
          <StageHistoryCard dealId={dealId} />
        </Stack>
        <Box>
          <TimelineSection subject={{ kind: 'deals', id: dealId }} />
        </Box>
      </Grid>
    </Stack>
  );
}

/** `/deals/:id`: header with the deal's actions, its summary, stage history and timeline. */
export default function DealDetailPage() {
  const { id } = useParams();
  const dealId = parseDealId(id);
  if (dealId === null) return <DealNotFound />;
  return <DealDetail key={dealId} dealId={dealId} />;
}
