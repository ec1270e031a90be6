import { useState } from 'react';
import type { Pipeline } from '@crm/contracts';
import { CheckboxField, Text, notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useCreatePipeline } from '../api/create-pipeline';
import { useUpdatePipeline } from '../api/update-pipeline';
import { pipelineNameFormSchema } from '../lib/pipeline-form-schemas';

interface PipelineNameDialogProps {
  /** Renaming this pipeline; absent: creating a new one. */
  pipeline?: Pipeline;
  onClose: () => void;
}

/** Creates a pipeline (with the usual open stages, plus won and lost) or renames one. Mounted when opened. */
export function PipelineNameDialog({ pipeline, onClose }: PipelineNameDialogProps) {
  const createPipeline = useCreatePipeline();
  const updatePipeline = useUpdatePipeline();
  const [makeDefault, setMakeDefault] = useState(false);
  const form = useApiForm({
    schema: pipelineNameFormSchema,
    defaultValues: { name: pipeline?.name ?? '' },
    submit: async ({ name }) => {
      if (pipeline) {
        const renamed = await updatePipeline.mutateAsync({ id: pipeline.id, body: { name: name.trim() } });
        return `It is now called “${renamed.name}”.`;
      }
      const created = await createPipeline.mutateAsync({
        name: name.trim(),
        ...(makeDefault ? { is_default: true } : {}),
      });
      return `“${created.name}” has ${String(created.stages.length)} stages.`;
    },
    onSuccess: (summary) => {
      notifySuccess(pipeline ? 'Pipeline renamed' : 'Pipeline created', summary);
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
      title={pipeline ? `Rename “${pipeline.name}”` : 'New pipeline'}
      submitLabel={pipeline ? 'Save name' : 'Create pipeline'}
    >
      <TextField name="name" label="Name" required autoFocus placeholder="Enterprise sales" />
      {!pipeline && (
        <>
          <Text textStyle="sm" color="fg.muted">
            It starts with the stages Lead, Qualified, Proposal and Negotiation, plus Closed Won and Closed Lost. You
            can rename, reorder and add stages afterwards.
          </Text>
          <CheckboxField checked={makeDefault} onCheckedChange={setMakeDefault}>
            Make it the default pipeline
          </CheckboxField>
        </>
      )}
    </FormDialog>
  );
}
