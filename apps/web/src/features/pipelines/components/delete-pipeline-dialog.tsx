import { useState } from 'react';
import type { Pipeline } from '@crm/contracts';
import { ConfirmDialog, FormAlert, Stack, Text, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useDeletePipeline } from '../api/delete-pipeline';

/**
 * Confirms deleting a pipeline. The default pipeline and a pipeline holding deals cannot be
 * deleted: the server's 409 says why, and the dialog shows it rather than closing. Mounted when opened.
 */
export function DeletePipelineDialog({ pipeline, onClose }: { pipeline: Pipeline; onClose: () => void }) {
  const deletePipeline = useDeletePipeline();
  const [refusal, setRefusal] = useState<string | null>(null);

  const confirm = () => {
    setRefusal(null);
    deletePipeline.mutate(pipeline.id, {
      onSuccess: () => {
        notifySuccess('Pipeline deleted', `“${pipeline.name}” was deleted.`);
        onClose();
      },
      onError: (error) => setRefusal(toApiError(error).message),
    });
  };

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Delete pipeline “${pipeline.name}”?`}
      confirmLabel="Delete pipeline"
      isDestructive
      isPending={deletePipeline.isPending}
      isConfirmDisabled={refusal !== null}
      onConfirm={confirm}
    >
      <Stack gap="4">
        {refusal && <FormAlert title="This pipeline cannot be deleted" message={refusal} />}
        <Text>
          “{pipeline.name}” and its {pipeline.stages.length} stages will be deleted. A pipeline that still holds deals
          cannot be deleted: move or delete its deals first.
        </Text>
      </Stack>
    </ConfirmDialog>
  );
}
