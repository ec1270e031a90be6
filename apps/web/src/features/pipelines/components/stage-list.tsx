import { useEffect, useState } from 'react';
import { LuArrowDown, LuArrowUp, LuPencil, LuTrash2 } from 'react-icons/lu';
import type { Pipeline, Stage } from '@crm/contracts';
import { Badge, Box, HStack, IconButton, Text } from '@/components/ui';
import { useReorderStages } from '../api/reorder-stages';
import { canMoveStage, moveStageInOrder, type MoveDirection } from '../lib/stage-order';

interface StageListProps {
  pipeline: Pipeline;
  onEdit: (stage: Stage) => void;
  onDelete: (stage: Stage) => void;
}

const moveButtonId = (stageId: number, direction: MoveDirection) => `stage-${String(stageId)}-move-${direction}`;

/** The stages in order, with move up/down (keyboard-usable buttons), edit and delete. */
export function StageList({ pipeline, onEdit, onDelete }: StageListProps) {
  const reorder = useReorderStages();
  const stageIds = pipeline.stages.map((stage) => stage.id);
  const [focusAfterMove, setFocusAfterMove] = useState<{ stageId: number; direction: MoveDirection } | null>(null);

  // The moved row's button keeps the focus, so pressing it again keeps moving the same stage; at
  // the end of the list it is disabled, and the opposite button takes the focus instead.
  useEffect(() => {
    if (!focusAfterMove) return;
    const { stageId, direction } = focusAfterMove;
    const same = document.getElementById(moveButtonId(stageId, direction));
    const opposite = document.getElementById(moveButtonId(stageId, direction === 'up' ? 'down' : 'up'));
    (same && !same.hasAttribute('disabled') ? same : opposite)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, pipeline.stages]);

  const move = (stage: Stage, direction: MoveDirection) => {
    reorder.mutate({ pipelineId: pipeline.id, stageIds: moveStageInOrder(stageIds, stage.id, direction) });
    setFocusAfterMove({ stageId: stage.id, direction });
  };

  return (
    <Box
      as="ol"
      listStyleType="none"
      m="0"
      p="0"
      aria-label={`Stages of ${pipeline.name}`}
      borderWidth="1px"
      borderRadius="md"
    >
      {pipeline.stages.map((stage, index) => (
        <HStack
          as="li"
          key={stage.id}
          gap="3"
          px="3"
          py="2"
          borderTopWidth={index === 0 ? '0' : '1px'}
          data-testid="stage-row"
        >
          <Text width="6" color="fg.muted" textStyle="sm" fontVariantNumeric="tabular-nums" aria-hidden>
            {index + 1}
          </Text>
          <HStack flex="1" minW="0" gap="2">
            <Text fontWeight="medium" truncate>
              {stage.name}
            </Text>
            {stage.kind !== 'open' && (
              <Badge colorPalette={stage.kind === 'won' ? 'green' : 'red'} variant="subtle">
                {stage.kind === 'won' ? 'Won' : 'Lost'}
              </Badge>
            )}
          </HStack>
          <Text
            width="12"
            textAlign="end"
            fontVariantNumeric="tabular-nums"
            aria-label={`Probability ${String(stage.probability)}%`}
          >
            {stage.probability}%
          </Text>
          <HStack gap="0.5">
            {(['up', 'down'] as const).map((direction) => (
              <IconButton
                key={direction}
                id={moveButtonId(stage.id, direction)}
                size="xs"
                variant="ghost"
                aria-label={`Move ${stage.name} ${direction}`}
                title={`Move ${direction}`}
                disabled={!canMoveStage(stageIds, stage.id, direction) || reorder.isPending}
                onClick={() => move(stage, direction)}
              >
                {direction === 'up' ? <LuArrowUp /> : <LuArrowDown />}
              </IconButton>
            ))}
            <IconButton
              size="xs"
              variant="ghost"
              aria-label={`Edit ${stage.name}`}
              title="Edit"
              onClick={() => onEdit(stage)}
            >
              <LuPencil />
            </IconButton>
            <IconButton
              size="xs"
              variant="ghost"
              colorPalette="red"
              aria-label={`Delete ${stage.name}`}
              title={stage.kind === 'open' ? 'Delete' : `Every pipeline keeps its ${stage.kind} stage`}
              disabled={stage.kind !== 'open'}
              onClick={() => onDelete(stage)}
            >
              <LuTrash2 />
            </IconButton>
          </HStack>
        </HStack>
      ))}
    </Box>
  );
}
