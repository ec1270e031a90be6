import { forwardRef, type ReactNode } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { LuClock, LuGripVertical } from 'react-icons/lu';
import type { Deal } from '@crm/contracts';
import { Box, HStack, IconButton, RouterLink, Stack, Text, VisuallyHidden, type BoxProps } from '@/components/ui';
import { describeDaysInStage, formatDaysInStage } from '../lib/days-in-stage';
import { OwnerInitials } from './owner-initials';

export const dealDraggableId = (dealId: number) => `deal-${String(dealId)}`;

export interface DealCardDragData {
  deal: Deal;
}

interface DealCardBodyProps {
  deal: Deal;
  formattedValue: string;
  /** The drag handle (keyboard users pick the card up with it); absent on the drag preview. */
  handle?: ReactNode;
  menu?: ReactNode;
}

/** Title, customer, value, owner initials and days in stage. */
const DealCardBody = forwardRef<HTMLDivElement, DealCardBodyProps & Omit<BoxProps, 'children'>>(function DealCardBody(
  { deal, formattedValue, handle, menu, ...rest },
  ref,
) {
  return (
    <Box
      ref={ref}
      bg="bg.panel"
      borderWidth="1px"
      borderRadius="md"
      shadow="xs"
      p="3"
      cursor="grab"
      touchAction="manipulation"
      _hover={{ borderColor: 'border.emphasized' }}
      data-testid="deal-card"
      data-deal-id={deal.id}
      {...rest}
    >
      <Stack gap="2">
        <HStack align="start" gap="1">
          {handle}
          <Box flex="1" minW="0">
            <RouterLink to={`/deals/${String(deal.id)}`} fontWeight="medium" lineClamp={2} color="fg">
              {deal.title}
            </RouterLink>
            <Text textStyle="sm" color="fg.muted" truncate>
              {deal.customer_name}
            </Text>
          </Box>
          {menu}
        </HStack>
        <HStack justify="space-between" gap="2">
          <Text textStyle="sm" fontWeight="semibold" fontVariantNumeric="tabular-nums">
            {formattedValue}
          </Text>
          <HStack gap="2" color="fg.muted">
            <HStack gap="1" textStyle="xs" title={describeDaysInStage(deal.stage_entered_at)}>
              <LuClock aria-hidden />
              <span aria-hidden>{formatDaysInStage(deal.stage_entered_at)}</span>
              <VisuallyHidden>{describeDaysInStage(deal.stage_entered_at)}</VisuallyHidden>
            </HStack>
            <OwnerInitials name={deal.assigned_to_name} />
          </HStack>
        </HStack>
      </Stack>
    </Box>
  );
});

interface DealCardProps {
  deal: Deal;
  formattedValue: string;
  menu: ReactNode;
  canDrag: boolean;
}

/**
 * A card on the board. The whole card can be dragged with a pointer; keyboard users focus the grip
 * handle and press Space, move with the arrow keys and press Space again to drop.
 */
export function DealCard({ deal, formattedValue, menu, canDrag }: DealCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: dealDraggableId(deal.id),
    data: { deal } satisfies DealCardDragData,
    disabled: !canDrag,
  });

  const handle = canDrag ? (
    <IconButton
      ref={setActivatorNodeRef}
      variant="ghost"
      size="2xs"
      ms="-1"
      color="fg.subtle"
      aria-label={`Move deal ${deal.title}`}
      {...attributes}
    >
      <LuGripVertical />
    </IconButton>
  ) : undefined;

  return (
    <DealCardBody
      ref={setNodeRef}
      deal={deal}
      formattedValue={formattedValue}
      handle={handle}
      menu={menu}
      opacity={isDragging ? 0.4 : 1}
      cursor={canDrag ? 'grab' : 'default'}
      {...listeners}
    />
  );
}

/** What follows the pointer while dragging (rendered in dnd-kit's overlay, outside the column). */
export function DealCardPreview({ deal, formattedValue }: { deal: Deal; formattedValue: string }) {
  return (
    <DealCardBody deal={deal} formattedValue={formattedValue} shadow="lg" cursor="grabbing" transform="rotate(2deg)" />
  );
}
