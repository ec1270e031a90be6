import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Pipeline } from '@crm/contracts';
import {
  AppDialog,
  Button,
  CheckboxField,
  FormAlert,
  FormField,
  HStack,
  Input,
  Stack,
  Text,
  notifySuccess,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreatePipeline } from '../api/create-pipeline';
import { useUpdatePipeline } from '../api/update-pipeline';
import { pipelineNameFormSchema, type PipelineNameFormValues } from '../lib/pipeline-form-schemas';

interface PipelineNameDialogProps {
  /** Renaming this pipeline; absent: creating a new one. */
  pipeline?: Pipeline;
  onClose: () => void;
}

const FORM_ID = 'pipeline-name-form';

/** Creates a pipeline (with the usual open stages, plus won and lost) or renames one. Mounted when opened. */
export function PipelineNameDialog({ pipeline, onClose }: PipelineNameDialogProps) {
  const createPipeline = useCreatePipeline();
  const updatePipeline = useUpdatePipeline();
  const [makeDefault, setMakeDefault] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const isCreating = pipeline === undefined;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<PipelineNameFormValues>({
    resolver: zodResolver(pipelineNameFormSchema, formResolverOptions),
    defaultValues: { name: pipeline?.name ?? '' },
  });

  const submit = async ({ name }: PipelineNameFormValues) => {
    setFormError(null);
    try {
      if (isCreating) {
        const created = await createPipeline.mutateAsync({
          name: name.trim(),
          ...(makeDefault ? { is_default: true } : {}),
        });
        notifySuccess('Pipeline created', `“${created.name}” has ${String(created.stages.length)} stages.`);
      } else {
        const renamed = await updatePipeline.mutateAsync({ id: pipeline.id, body: { name: name.trim() } });
        notifySuccess('Pipeline renamed', `It is now called “${renamed.name}”.`);
      }
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ['name']);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <AppDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={isCreating ? 'New pipeline' : `Rename “${pipeline.name}”`}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={FORM_ID}
            colorPalette="brand"
            loading={createPipeline.isPending || updatePipeline.isPending}
          >
            {isCreating ? 'Create pipeline' : 'Save name'}
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4">
          {formError && <FormAlert message={formError} />}
          <FormField label="Name" required errorText={errors.name?.message}>
            <Input autoFocus placeholder="Enterprise sales" {...register('name')} />
          </FormField>
          {isCreating && (
            <>
              <Text textStyle="sm" color="fg.muted">
                It starts with the stages Lead, Qualified, Proposal and Negotiation, plus Closed Won and Closed Lost.
                You can rename, reorder and add stages afterwards.
              </Text>
              <CheckboxField checked={makeDefault} onCheckedChange={setMakeDefault}>
                Make it the default pipeline
              </CheckboxField>
            </>
          )}
        </Stack>
      </form>
    </AppDialog>
  );
}
