import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Pipeline, Stage } from '@crm/contracts';
import {
  AppDialog,
  Button,
  FormAlert,
  FormField,
  HStack,
  Input,
  InputGroup,
  Stack,
  notifySuccess,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreateStage } from '../api/create-stage';
import { useUpdateStage } from '../api/update-stage';
import { stageFormSchema, type StageFormValues } from '../lib/pipeline-form-schemas';

interface StageDialogProps {
  pipeline: Pipeline;
  /** Editing this stage; absent: adding an open stage after the last open one. */
  stage?: Stage;
  onClose: () => void;
}

const FORM_ID = 'stage-form';

/** Adds a stage or edits one: won and lost stages keep their fixed probability (100 and 0). Mounted when opened. */
export function StageDialog({ pipeline, stage, onClose }: StageDialogProps) {
  const createStage = useCreateStage();
  const updateStage = useUpdateStage();
  const [formError, setFormError] = useState<string | null>(null);
  const isFixedProbability = stage !== undefined && stage.kind !== 'open';
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<StageFormValues>({
    resolver: zodResolver(stageFormSchema, formResolverOptions),
    defaultValues: { name: stage?.name ?? '', probability: stage ? String(stage.probability) : '' },
  });

  const submit = async (values: StageFormValues) => {
    setFormError(null);
    const name = values.name.trim();
    const probability = Number(values.probability);
    try {
      if (stage) {
        await updateStage.mutateAsync({
          pipelineId: pipeline.id,
          stageId: stage.id,
          body: isFixedProbability ? { name } : { name, probability },
        });
        notifySuccess('Stage saved', `“${name}” in ${pipeline.name} was updated.`);
      } else {
        await createStage.mutateAsync({ pipelineId: pipeline.id, body: { name, probability } });
        notifySuccess('Stage added', `“${name}” was added to ${pipeline.name}.`);
      }
      onClose();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ['name', 'probability']);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <AppDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={stage ? `Edit stage “${stage.name}”` : `Add a stage to ${pipeline.name}`}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={FORM_ID}
            colorPalette="brand"
            loading={createStage.isPending || updateStage.isPending}
          >
            {stage ? 'Save stage' : 'Add stage'}
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4">
          {formError && <FormAlert message={formError} />}
          <FormField label="Name" required errorText={errors.name?.message}>
            <Input autoFocus placeholder="Demo scheduled" {...register('name')} />
          </FormField>
          <FormField
            label="Probability"
            required
            disabled={isFixedProbability}
            helperText={
              isFixedProbability
                ? `A ${stage.kind} stage's probability is fixed at ${String(stage.probability)}%.`
                : 'The chance a deal in this stage is won; weighted values use it.'
            }
            errorText={errors.probability?.message}
          >
            <InputGroup endElement="%">
              <Input inputMode="numeric" placeholder="50" {...register('probability')} />
            </InputGroup>
          </FormField>
        </Stack>
      </form>
    </AppDialog>
  );
}
