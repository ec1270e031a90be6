import { useDroppable } from '@dnd-kit/core';
import type { BoardColumn as BoardColumnData, Stage } from '@crm/contracts';
import { Badge, Box, Button, HStack, Stack, Text } from '@/components/ui';
import { DealActionsMenu, type DealActionHandlers } from './deal-actions-menu';
import { DealCard } from './deal-card';

export const stageDroppableId = (stageId: number) => `stage-${String(stageId)}`;

export interface StageDropData {
  stage: Stage;
}

interface BoardColumnProps extends DealActionHandlers {
  column: BoardColumnData;
  formatMoney: (amount: string) => string;
  canUpdate: boolean;
  onLoadMore: (column: BoardColumnData) => void;
  isLoadingMore: boolean;
}

const COLUMN_ACCENTS = { open: 'border.emphasized', won: 'green.solid', lost: 'red.solid' } as const;

/** One stage: name, count, total and weighted value, its cards, and "Load more" past the first 50. */
export function BoardColumn({
  column,
  formatMoney,
  canUpdate,
  onLoadMore,
  isLoadingMore,
  ...handlers
}: BoardColumnProps) {
  const { stage } = column;
  const { setNodeRef, isOver } = useDroppable({
    id: stageDroppableId(stage.id),
    data: { stage } satisfies StageDropData,
  });
  const headingId = `board-column-${String(stage.id)}`;

  return (
    <Box
      as="section"
      ref={setNodeRef}
      aria-labelledby={headingId}
      data-testid="board-column"
      data-stage-name={stage.name}
      flex="0 0 auto"
      width="72"
      bg={isOver ? 'brand.subtle' : 'bg.muted'}
      borderRadius="lg"
      borderTopWidth="3px"
      borderTopColor={COLUMN_ACCENTS[stage.kind]}
      outline={isOver ? '2px dashed' : undefined}
      outlineColor="brand.focusRing"
      transition="background 0.15s"
      display="flex"
      flexDirection="column"
      maxH="calc(100vh - 14rem)"
      minH="48"
    >
      <Stack gap="0.5" px="3" pt="3" pb="2">
        <HStack justify="space-between" gap="2">
          <Text as="h2" id={headingId} fontWeight="semibold" truncate>
            {stage.name}
          </Text>
          <Badge variant="solid" colorPalette="gray" aria-label={`${String(column.count)} deals`}>
            {column.count}
          </Badge>
        </HStack>
        <Text textStyle="sm" fontWeight="medium" fontVariantNumeric="tabular-nums" data-testid="column-total">
          {formatMoney(column.total_value)}
        </Text>
        <Text textStyle="xs" color="fg.muted" fontVariantNumeric="tabular-nums">
          {formatMoney(column.weighted_value)} weighted · {stage.probability}%
        </Text>
      </Stack>
      <Stack
        as="ul"
        listStyleType="none"
        gap="2"
        px="2"
        pb="2"
        m="0"
        overflowY="auto"
        flex="1"
        aria-label={`Deals in ${stage.name}`}
      >
        {column.deals.map((deal) => (
          <li key={deal.id}>
            <DealCard
              deal={deal}
              formattedValue={formatMoney(deal.value)}
              canDrag={canUpdate && deal.permissions.update}
              menu={<DealActionsMenu deal={deal} canUpdate={canUpdate && deal.permissions.update} {...handlers} />}
            />
          </li>
        ))}
        {column.deals.length === 0 && (
          <Text as="li" textStyle="sm" color="fg.subtle" textAlign="center" py="6">
            {canUpdate ? 'Drop deals here' : 'No deals'}
          </Text>
        )}
        {column.has_more && (
          <li>
            <Button variant="ghost" size="sm" width="full" loading={isLoadingMore} onClick={() => onLoadMore(column)}>
              Load more ({column.count - column.deals.length} more)
            </Button>
          </li>
        )}
      </Stack>
    </Box>
  );
}
