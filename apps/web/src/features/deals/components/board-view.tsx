import { useSearchParams } from 'react-router';
import { EmptyState, ErrorPanel, Flex, HStack, SearchInput, SelectNative, Skeleton, Stack } from '@/components/ui';
import { NewRecordButton } from '@/components/ui/list-view';
import { ASSIGNEE_FILTER_OPTIONS } from '@/lib/assignee-filter';
import { formatMoney } from '@/lib/format';
import { useOrganizationCurrency } from '@/features/organizations';
import { useBoard } from '../api/get-board';
import { readBoardFilters } from '../lib/deal-table-params';
import { useDealPermissions } from '../lib/use-deal-permissions';
import { DealBoard } from './deal-board';

function BoardSkeleton() {
  return (
    <HStack gap="3" align="start" overflow="hidden" maxW="full" aria-busy="true" aria-label="Loading the board">
      {Array.from({ length: 5 }, (_, column) => (
        <Stack key={column} flex="0 0 auto" width="72" gap="2" bg="bg.muted" borderRadius="lg" p="3">
          <Skeleton height="5" width="32" />
          <Skeleton height="4" width="24" />
          {Array.from({ length: 3 - (column % 2) }, (_, card) => (
            <Skeleton key={card} height="20" />
          ))}
        </Stack>
      ))}
    </HStack>
  );
}

/** The kanban board of one pipeline, with a search and an assignee filter that narrow every column. */
export function BoardView({ pipelineId, onCreate }: { pipelineId: number; onCreate?: () => void }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readBoardFilters(searchParams);
  const search = filters.search ?? '';
  const isFiltered = search !== '' || filters.assigned_to !== undefined;
  const board = useBoard(pipelineId, filters);
  const currency = useOrganizationCurrency();
  const format = (amount: string) => formatMoney(amount, currency);
  const { canUpdate } = useDealPermissions();

  const setParam = (key: 'search' | 'assigned_to', value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value.trim()) next.set(key, value.trim());
    else next.delete(key);
    next.delete('page');
    setSearchParams(next);
  };

  const isEmpty = board.data?.columns.every((column) => column.count === 0) ?? false;

  return (
    <Stack gap="3" minW="0">
      <Flex gap="3" wrap="wrap" align="flex-end" role="search" aria-label="Filter the board">
        <SearchInput
          label="Search deals"
          placeholder="Search by title or code"
          value={search}
          onChange={(value) => setParam('search', value)}
          width={{ base: 'full', sm: '72' }}
        />
        <SelectNative
          aria-label="Assigned to"
          placeholder="Anyone"
          options={ASSIGNEE_FILTER_OPTIONS}
          value={filters.assigned_to ?? ''}
          onChange={(event) => setParam('assigned_to', event.currentTarget.value)}
          width={{ base: 'full', sm: '44' }}
        />
      </Flex>
      {board.isPending ? (
        <BoardSkeleton />
      ) : board.isError ? (
        <ErrorPanel
          title="The board could not be loaded"
          message={board.error.message}
          onRetry={() => void board.refetch()}
          isRetrying={board.isFetching}
        />
      ) : isEmpty && !isFiltered ? (
        <EmptyState
          title="No deals in this pipeline yet"
          description="Add your first deal, then drag it from stage to stage as it progresses."
          action={onCreate ? <NewRecordButton onClick={onCreate}>Add your first deal</NewRecordButton> : undefined}
        />
      ) : (
        <>
          {isEmpty && (
            <EmptyState
              title={search ? `No deals match “${search}”` : 'No deals match'}
              description="Try another search or assignee."
            />
          )}
          <DealBoard board={board.data} filters={filters} formatMoney={format} canUpdate={canUpdate} />
        </>
      )}
    </Stack>
  );
}
