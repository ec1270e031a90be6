import { lazy, Suspense, useState } from 'react';
import { LuSettings2 } from 'react-icons/lu';
import { useSearchParams } from 'react-router';
import type { Pipeline } from '@crm/contracts';
import { EmptyState, ErrorPanel, IconButton, PageHeader, RouterLink, Skeleton, Stack } from '@/components/ui';
import { usePipelines } from '@/features/pipelines/api/get-pipelines';
import { useBoard } from '../api/get-board';
import { useDeals } from '../api/get-deals';
import { BoardView } from '../components/board-view';
import { DealsTableView } from '../components/deals-table-view';
import { NewDealButton } from '../components/new-deal-button';
import { PipelineSelector } from '../components/pipeline-selector';
import { ViewToggle } from '../components/view-toggle';
import { readDealListParams, readDealsView, readPipelineId, type DealsView } from '../lib/deal-table-params';
import { useDealPermissions } from '../lib/use-deal-permissions';

// The form stack loads when the dialog is first opened, not with the board.
const CreateDealDialog = lazy(() =>
  import('../components/create-deal-dialog').then((m) => ({ default: m.CreateDealDialog })),
);

/** The number in the header: the board's column counts, or the table's total (same queries, no extra request). */
function useDealCount(view: DealsView, pipelineId: number): number | undefined {
  const [searchParams] = useSearchParams();
  const search = searchParams.get('search')?.trim() ?? '';
  const board = useBoard(view === 'board' ? pipelineId : undefined, search ? { search } : {});
  const deals = useDeals(readDealListParams(searchParams), pipelineId, view === 'table');
  if (view === 'board') return board.data?.columns.reduce((sum, column) => sum + column.count, 0);
  return deals.data?.count;
}

function DealsHeader({ pipelines, pipeline, view }: { pipelines: Pipeline[]; pipeline: Pipeline; view: DealsView }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const { canCreate, canManagePipelines } = useDealPermissions();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const count = useDealCount(view, pipeline.id);

  const change = (apply: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(searchParams);
    apply(next);
    next.delete('page');
    setSearchParams(next);
  };
  const onCreate = canCreate ? () => setIsCreateOpen(true) : undefined;

  return (
    <Stack gap="4">
      <PageHeader
        title="Deals"
        meta={
          count === undefined ? undefined : (
            <span data-testid="deal-count">{`${String(count)} ${count === 1 ? 'deal' : 'deals'}`}</span>
          )
        }
        actions={
          <>
            <PipelineSelector
              pipelines={pipelines}
              value={pipeline.id}
              onChange={(id) => change((next) => next.set('pipeline', String(id)))}
            />
            {canManagePipelines && (
              <IconButton asChild variant="ghost" size="sm" aria-label="Pipeline settings" title="Pipeline settings">
                <RouterLink to="/settings/pipelines" color="fg.muted">
                  <LuSettings2 />
                </RouterLink>
              </IconButton>
            )}
            <ViewToggle
              value={view}
              onChange={(nextView) =>
                change((next) => (nextView === 'table' ? next.set('view', 'table') : next.delete('view')))
              }
            />
            {onCreate && <NewDealButton onClick={onCreate} />}
          </>
        }
      />
      {view === 'board' ? (
        <BoardView pipelineId={pipeline.id} onCreate={onCreate} />
      ) : (
        <DealsTableView pipelineId={pipeline.id} onCreate={onCreate} />
      )}
      {isCreateOpen && (
        <Suspense fallback={null}>
          <CreateDealDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} pipeline={pipeline} />
        </Suspense>
      )}
    </Stack>
  );
}

/** `/deals`: the board of the selected pipeline (default first), or the table with `?view=table`. */
export default function DealsPage() {
  const [searchParams] = useSearchParams();
  const pipelines = usePipelines();

  if (pipelines.isPending) {
    return (
      <Stack gap="4" aria-busy="true" aria-label="Loading deals">
        <Skeleton height="10" width="64" />
        <Skeleton height="96" />
      </Stack>
    );
  }
  if (pipelines.isError) {
    return (
      <ErrorPanel
        title="Pipelines could not be loaded"
        message={pipelines.error.message}
        onRetry={() => void pipelines.refetch()}
        isRetrying={pipelines.isFetching}
      />
    );
  }
  const requestedId = readPipelineId(searchParams);
  const pipeline = pipelines.data.find((candidate) => candidate.id === requestedId) ?? pipelines.data[0];
  if (!pipeline) {
    return (
      <EmptyState
        title="No pipelines yet"
        description="Create a pipeline in Settings → Pipelines to start tracking deals."
      />
    );
  }
  return <DealsHeader pipelines={pipelines.data} pipeline={pipeline} view={readDealsView(searchParams)} />;
}
