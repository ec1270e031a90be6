import { useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import type { Board, BoardColumn as BoardColumnData, Deal, Stage } from '@crm/contracts';
import { Flex, notifySuccess } from '@/components/ui';
import { nextColumnPage, useLoadMoreDeals } from '../api/get-board-column-page';
import type { BoardFilters } from '../api/deal-keys';
import { useMarkDealWon } from '../api/mark-deal-won';
import { useMoveDealStage } from '../api/move-deal-stage';
import { useReopenDeal } from '../api/reopen-deal';
import { columnKeyboardCoordinates } from '../lib/board-keyboard-coordinates';
import { boardAnnouncements, boardScreenReaderInstructions } from './board-announcements';
import { BoardColumn, type StageDropData } from './board-column';
import { DealCardPreview, type DealCardDragData } from './deal-card';
import { MarkLostDialog } from './mark-lost-dialog';
import { MoveDealDialog } from './move-deal-dialog';

// The pointer decides where a dragged card lands; the keyboard has no pointer, so the card's overlap wins.
const pointerThenOverlap: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

interface DealBoardProps {
  board: Board;
  filters: BoardFilters;
  formatMoney: (amount: string) => string;
  canUpdate: boolean;
}

export function DealBoard({ board, filters, formatMoney, canUpdate }: DealBoardProps) {
  const moveDeal = useMoveDealStage();
  const markWon = useMarkDealWon();
  const reopen = useReopenDeal();
  const loadMore = useLoadMoreDeals();
  const [draggedDeal, setDraggedDeal] = useState<Deal | null>(null);
  const [dealToMove, setDealToMove] = useState<Deal | null>(null);
  const [dealToLose, setDealToLose] = useState<Deal | null>(null);
  const stages = board.columns.map((column) => column.stage);

  const sensors = useSensors(
    // A few pixels of travel before a drag starts, so clicks on the title and the menu still work.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );

  const move = (deal: Deal, stage: Stage) => {
    if (deal.stage_id === stage.id) return;
    moveDeal.mutate({ dealId: deal.id, stageId: stage.id, dealTitle: deal.title });
  };

  const handleDragStart = ({ active }: DragStartEvent) => {
    setDraggedDeal((active.data.current as DealCardDragData | undefined)?.deal ?? null);
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    setDraggedDeal(null);
    const deal = (active.data.current as DealCardDragData | undefined)?.deal;
    const stage = (over?.data.current as StageDropData | undefined)?.stage;
    if (deal && stage) move(deal, stage);
  };

  const handleLoadMore = (column: BoardColumnData) => {
    loadMore.mutate({
      pipelineId: board.pipeline.id,
      stageId: column.stage.id,
      page: nextColumnPage(column.deals.length),
      filters,
    });
  };

  const handlers = {
    onMoveTo: setDealToMove,
    onMarkLost: setDealToLose,
    onMarkWon: (deal: Deal) =>
      markWon.mutate(deal.id, {
        onSuccess: () => notifySuccess('Deal won', `“${deal.title}” moved to the won stage.`),
      }),
    onReopen: (deal: Deal) =>
      reopen.mutate(deal.id, {
        onSuccess: (reopened) => notifySuccess('Deal reopened', `“${deal.title}” is back in ${reopened.stage_name}.`),
      }),
  };

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={pointerThenOverlap}
        onDragStart={handleDragStart}
        onDragEnd={handleDragEnd}
        onDragCancel={() => setDraggedDeal(null)}
        accessibility={{ announcements: boardAnnouncements, screenReaderInstructions: boardScreenReaderInstructions }}
      >
        {/*
          The board scrolls sideways on its own, never the page: it is the containing block of
          everything in it (position: relative), so text hidden for screen readers in the cards
          cannot stretch the document beyond the scroll area. Focusable, so the keyboard scrolls it.
        */}
        <Flex
          gap="3"
          overflowX="auto"
          overscrollBehaviorX="contain"
          position="relative"
          minW="0"
          maxW="full"
          pb="3"
          align="stretch"
          data-testid="deal-board"
          role="region"
          aria-label={`Stages of ${board.pipeline.name}`}
          tabIndex={0}
          focusVisibleRing="outside"
          borderRadius="lg"
        >
          {board.columns.map((column) => (
            <BoardColumn
              key={column.stage.id}
              column={column}
              formatMoney={formatMoney}
              canUpdate={canUpdate}
              onLoadMore={handleLoadMore}
              isLoadingMore={loadMore.isPending && loadMore.variables.stageId === column.stage.id}
              {...handlers}
            />
          ))}
        </Flex>
        <DragOverlay dropAnimation={null}>
          {draggedDeal && <DealCardPreview deal={draggedDeal} formattedValue={formatMoney(draggedDeal.value)} />}
        </DragOverlay>
      </DndContext>
      <MoveDealDialog deal={dealToMove} stages={stages} onClose={() => setDealToMove(null)} onMove={move} />
      <MarkLostDialog deal={dealToLose} onClose={() => setDealToLose(null)} />
    </>
  );
}
