import { lazy, Suspense, useState } from 'react';
import { LuSettings2 } from 'react-icons/lu';
import { useSearchParams } from 'react-router';
import type { Pipeline } from '@crm/contracts';
import { EmptyState, IconButton, PageHeader, RouterLink, Skeleton, Stack, useListUrlState } from '@/components/ui';
import { QueryView } from '@/components/ui/detail-page';
import { NewRecordButton } from '@/components/ui/list-view';
import { usePipelines } from '@/features/pipelines';
import { useBoard } from '../api/get-board';
import { useDeals } from '../api/get-deals';
import { BoardView } from '../components/board-view';
import { DealsTableView } from '../components/deals-table-view';
import { PipelineSelector } from '../components/pipeline-selector';
import { ViewToggle } from '../components/view-toggle';
import {
  DEAL_LIST_CONFIG,
  readBoardFilters,
  readDealsView,
  readPipelineId,
  type DealsView,
} from '../lib/deal-table-params';
import { useDealPermissions } from '../lib/use-deal-permissions';

// The form stack loads when the dialog is first opened, not with the board.
const CreateDealDialog = lazy(() =>
  import('../components/create-deal-dialog').then((m) => ({ default: m.CreateDealDialog })),
);

/** The number in the header: the board's column counts, or the table's total (same queries, no extra request). */
function useDealCount(view: DealsView, pipelineId: number): number | undefined {
  const list = useListUrlState(DEAL_LIST_CONFIG);
  const [searchParams] = useSearchParams();
  const board = useBoard(view === 'board' ? pipelineId : undefined, readBoardFilters(searchParams));
  const deals = useDeals(list.apiParams, pipelineId, view === 'table');
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
            {onCreate && <NewRecordButton onClick={onCreate}>New deal</NewRecordButton>}
          </>
        }
      />
      {view === 'board' ? (
        <BoardView pipelineId={pipeline.id} onCreate={onCreate} />
      ) : (
        <DealsTableView pipelineId={pipeline.id} stages={pipeline.stages} onCreate={onCreate} />
      )}
      {isCreateOpen && (
        <Suspense fallback={null}>
          <CreateDealDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} pipeline={pipeline} />
        </Suspense>
      )}
    </Stack>
  );
}

function PipelinesSkeleton() {
  return (
    <Stack gap="4" aria-busy="true" aria-label="Loading deals">
      <Skeleton height="10" width="64" />
      <Skeleton height="96" />
    </Stack>
  );
}

/** `/deals`: the board of the selected pipeline (default first), or the table with `?view=table`. */
export default function DealsPage() {
  const [searchParams] = useSearchParams();
  const pipelines = usePipelines();
  return (
    <QueryView query={pipelines} subject="pipelines" loading={<PipelinesSkeleton />}>
      {(data) => {
        const requestedId = readPipelineId(searchParams);
        const pipeline = data.find((candidate) => candidate.id === requestedId) ?? data[0];
        if (!pipeline) {
          return (
            <EmptyState
              title="No pipelines yet"
              description="Create a pipeline in Settings → Pipelines to start tracking deals."
            />
          );
        }
        return <DealsHeader pipelines={data} pipeline={pipeline} view={readDealsView(searchParams)} />;
      }}
    </QueryView>
  );
}
