import type { Pipeline, Stage } from '@crm/contracts';
import { notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useCreateStage } from '../api/create-stage';
import { useUpdateStage } from '../api/update-stage';
import { stageFormSchema } from '../lib/pipeline-form-schemas';

interface StageDialogProps {
  pipeline: Pipeline;
  /** Editing this stage; absent: adding an open stage after the last open one. */
  stage?: Stage;
  onClose: () => void;
}

/** Adds a stage or edits one: won and lost stages keep their fixed probability (100 and 0). Mounted when opened. */
export function StageDialog({ pipeline, stage, onClose }: StageDialogProps) {
  const createStage = useCreateStage();
  const updateStage = useUpdateStage();
  const isFixedProbability = stage !== undefined && stage.kind !== 'open';
  const form = useApiForm({
    schema: stageFormSchema,
    defaultValues: { name: stage?.name ?? '', probability: stage ? String(stage.probability) : '' },
    submit: async (values) => {
      const name = values.name.trim();
      const probability = Number(values.probability);
      if (stage) {
        const body = isFixedProbability ? { name } : { name, probability };
        await updateStage.mutateAsync({ pipelineId: pipeline.id, stageId: stage.id, body });
        return `“${name}” in ${pipeline.name} was updated.`;
      }
      await createStage.mutateAsync({ pipelineId: pipeline.id, body: { name, probability } });
      return `“${name}” was added to ${pipeline.name}.`;
    },
    onSuccess: (summary) => {
      notifySuccess(stage ? 'Stage saved' : 'Stage added', summary);
      onClose();
    },
  });

  return (
    <FormDialog
      form={form}
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={stage ? `Edit stage “${stage.name}”` : `Add a stage to ${pipeline.name}`}
      submitLabel={stage ? 'Save stage' : 'Add stage'}
    >
      <TextField name="name" label="Name" required autoFocus placeholder="Demo scheduled" />
      <TextField
        name="probability"
        label="Probability"
        required
        disabled={isFixedProbability}
        helperText={
          isFixedProbability
            ? `A ${stage.kind} stage's probability is fixed at ${String(stage.probability)}%.`
            : 'The chance a deal in this stage is won; weighted values use it.'
        }
        endElement="%"
        inputMode="numeric"
        placeholder="50"
      />
    </FormDialog>
  );
}
