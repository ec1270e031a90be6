import { useState } from 'react';
import type { Pipeline, Stage } from '@crm/contracts';
import {
  ConfirmDialog,
  FormAlert,
  FormField,
  SelectNative,
  Skeleton,
  Stack,
  Text,
  notifySuccess,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useDeleteStage } from '../api/delete-stage';
import { useStageDealCount } from '../api/get-stage-deal-count';

interface DeleteStageDialogProps {
  pipeline: Pipeline;
  stage: Stage;
  onClose: () => void;
}

/**
 * Confirms deleting a stage. A stage holding deals cannot simply go (the server answers 409): the
 * dialog asks which open stage takes its deals and sends that as `?move_to=`. Mounted when opened.
 */
export function DeleteStageDialog({ pipeline, stage, onClose }: DeleteStageDialogProps) {
  const deleteStage = useDeleteStage();
  const dealCount = useStageDealCount(stage.id, true);
  const targets = pipeline.stages.filter((candidate) => candidate.kind === 'open' && candidate.id !== stage.id);
  const [targetId, setTargetId] = useState<string>(targets[0] ? String(targets[0].id) : '');
  const [error, setError] = useState<string | null>(null);
  // A 409 can also arrive when deals were added after the count was read.
  const [mustMoveDeals, setMustMoveDeals] = useState(false);
  const holdsDeals = mustMoveDeals || (dealCount.data ?? 0) > 0;

  const confirm = () => {
    setError(null);
    deleteStage.mutate(
      {
        pipelineId: pipeline.id,
        stageId: stage.id,
        moveToStageId: holdsDeals && targetId ? Number(targetId) : undefined,
      },
      {
        onSuccess: () => {
          const target = targets.find((candidate) => String(candidate.id) === targetId);
          notifySuccess(
            'Stage deleted',
            holdsDeals && target
              ? `“${stage.name}” was deleted; its deals are now in ${target.name}.`
              : `“${stage.name}” was deleted.`,
          );
          onClose();
        },
        onError: (failure) => {
          const apiError = toApiError(failure);
          if (apiError.status === 409 && !holdsDeals) setMustMoveDeals(true);
          setError(apiError.fieldErrors.move_to?.join(' ') ?? apiError.message);
        },
      },
    );
  };

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Delete stage “${stage.name}”?`}
      confirmLabel={holdsDeals ? 'Move deals and delete' : 'Delete stage'}
      isDestructive
      isPending={deleteStage.isPending}
      isConfirmDisabled={dealCount.isPending || (holdsDeals && !targetId)}
      onConfirm={confirm}
    >
      <Stack gap="4">
        {error && <FormAlert message={error} />}
        {dealCount.isPending ? (
          <Skeleton height="5" aria-label="Counting the stage's deals" />
        ) : holdsDeals ? (
          <>
            <Text>
              “{stage.name}” in {pipeline.name} holds{' '}
              {dealCount.data === undefined
                ? 'deals'
                : `${String(dealCount.data)} ${dealCount.data === 1 ? 'deal' : 'deals'}`}
              . Choose the stage they move to before it is deleted.
            </Text>
            {targets.length === 0 ? (
              <FormAlert message="This pipeline has no other open stage to take the deals. Add one first." />
            ) : (
              <FormField label="Move its deals to" required>
                <SelectNative
                  value={targetId}
                  onChange={(event) => setTargetId(event.currentTarget.value)}
                  options={targets.map((target) => ({ value: String(target.id), label: target.name }))}
                />
              </FormField>
            )}
          </>
        ) : (
          <Text>
            “{stage.name}” will be removed from {pipeline.name}. It holds no deals. This cannot be undone.
          </Text>
        )}
      </Stack>
    </ConfirmDialog>
  );
}
