import { useSearchParams } from 'react-router';
import { DEAL_STATES } from '@crm/contracts';
import {
  EmptyState,
  ErrorPanel,
  HStack,
  PaginationFooter,
  SearchInput,
  SelectNative,
  Skeleton,
  Stack,
} from '@/components/ui';
import { useDeals } from '../api/get-deals';
import {
  readDealListParams,
  writeDealListParams,
  type DealListParams,
  type DealStatusFilter,
} from '../lib/deal-table-params';
import { useMoneyFormat } from '../lib/use-money-format';
import { DealsTable } from './deals-table';
import { NewDealButton } from './new-deal-button';

const STATUS_LABELS: Record<DealStatusFilter, string> = { open: 'Open', won: 'Won', lost: 'Lost' };

function TableSkeleton() {
  return (
    <Stack gap="2" aria-busy="true" aria-label="Loading deals">
      <Skeleton height="9" />
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} height="11" />
      ))}
    </Stack>
  );
}

/** The deals of the selected pipeline as a server-paginated table; its whole state lives in the URL. */
export function DealsTableView({ pipelineId, onCreate }: { pipelineId: number; onCreate?: () => void }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readDealListParams(searchParams);
  const deals = useDeals(params, pipelineId);
  const { format } = useMoneyFormat();
  const update = (changes: Partial<DealListParams>) => setSearchParams(writeDealListParams(searchParams, changes));
  const isFiltered = params.search !== '' || params.status !== undefined;

  return (
    <Stack gap="3">
      <HStack gap="3" wrap="wrap">
        <SearchInput
          label="Search deals"
          placeholder="Search by title or code"
          value={params.search}
          onChange={(search) => update({ search })}
          width={{ base: 'full', sm: '72' }}
        />
        <SelectNative
          aria-label="Status"
          width="40"
          value={params.status ?? ''}
          onChange={(event) =>
            update({ status: (event.currentTarget.value || undefined) as DealStatusFilter | undefined })
          }
          options={[
            { value: '', label: 'All statuses' },
            ...DEAL_STATES.map((state) => ({ value: state, label: STATUS_LABELS[state] })),
          ]}
        />
      </HStack>
      {deals.isPending ? (
        <TableSkeleton />
      ) : deals.isError ? (
        <ErrorPanel
          title="Deals could not be loaded"
          message={deals.error.message}
          onRetry={() => void deals.refetch()}
          isRetrying={deals.isFetching}
        />
      ) : deals.data.count === 0 ? (
        <EmptyState
          title={isFiltered ? 'No deals match' : 'No deals yet'}
          description={
            isFiltered
              ? 'Try another search or status.'
              : 'Add your first deal to start tracking it through the pipeline.'
          }
          action={
            !isFiltered && onCreate ? <NewDealButton onClick={onCreate}>Add your first deal</NewDealButton> : undefined
          }
        />
      ) : (
        <>
          <DealsTable
            deals={deals.data.results}
            ordering={params.ordering}
            onSort={(ordering) => update({ ordering })}
            formatMoney={format}
            isRefreshing={deals.isPlaceholderData}
          />
          <PaginationFooter
            page={params.page}
            pageSize={params.pageSize}
            count={deals.data.count}
            itemLabel="deals"
            onPageChange={(page) => update({ page })}
            onPageSizeChange={(pageSize) => update({ pageSize })}
          />
        </>
      )}
    </Stack>
  );
}
